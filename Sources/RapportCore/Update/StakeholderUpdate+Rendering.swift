/// A stakeholder update as plain text, Markdown or HTML: the same sections in the same order.
/// Every piece of data is escaped for the format (`MarkdownText`, `HTMLText`); the plain text
/// goes through the text-safety policy.
extension StakeholderUpdate {
    static let notRecorded = "Not recorded yet."

    /// The update's content as headed lists of lines, before any format's markup.
    private var sections: [(heading: String, lines: [String])] {
        func due(_ day: Day?) -> String { day.map { "due \($0.iso)" } ?? "no due date" }
        let moved = movements.isEmpty
            ? ["Nothing moved since \(since.iso)."]
            : movements.map { movement in
                "\(movement.day.iso) · \(movement.initiative): \(movement.change.isEmpty ? "updated" : movement.change)"
                    + (movement.note.map { " — \($0)" } ?? "")
            }
        let risky = risks.isEmpty
            ? ["Nothing is at risk."]
            : risks.map { "\($0.initiative) (\($0.progress)%, \(due($0.dueDate))): \($0.reasons.joined(separator: "; "))" }
        let upcoming = nextDue.isEmpty ? ["No open initiative has a due date ahead."] : nextDue.map { "\($0.initiative): \(due($0.dueDate))" }
        let milestoneLines = milestones.map { list in
            list.isEmpty ? ["No milestone ahead."] : list.map { "\($0.initiative) — \($0.title): \(due($0.dueDate))" }
        } ?? [Self.notRecorded]
        let askLines = asks.map { $0.isEmpty ? ["None."] : $0 } ?? [Self.notRecorded]
        var result: [(String, [String])] = [
            ("What moved", moved), ("At risk, and why", risky), ("Next due dates", upcoming), ("Next milestones", milestoneLines),
            ("Asks", askLines),
        ]
        if audience == .internal { result.append(("Internal notes", internalNotes.isEmpty ? ["None."] : internalNotes)) }
        return result
    }

    private var title: String { "Status update: \(account)" }

    private var subtitle: String {
        "\(audience == .internal ? "Internal" : "External") · since \(since.iso) (\(sinceReason)) · as of \(asOf.iso)"
    }

    public var text: String {
        var out = TextSafety.displayable(title) + "\n" + TextSafety.displayable(subtitle) + "\n"
        for (heading, lines) in sections {
            out += "\n\(heading)\n" + lines.map { "  - " + TextSafety.displayable($0) + "\n" }.joined()
        }
        return out
    }

    public var markdown: String {
        var out = "# \(MarkdownText.inline(title))\n\n_\(MarkdownText.inline(subtitle))_\n"
        for (heading, lines) in sections {
            out += "\n## \(heading)\n\n" + lines.map { "- " + MarkdownText.inline($0) + "\n" }.joined()
        }
        return out
    }

    public var html: String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>\(HTMLText.escaped(title))</title>
            <style>
            \(ReportStyle.css)
            </style>
            </head>
            <body>
            <h1>\(HTMLText.escaped(title))</h1>
            <p class="meta">\(HTMLText.escaped(subtitle))</p>

            """
        for (heading, lines) in sections {
            out += "<h2>\(heading)</h2>\n<ul>\n" + lines.map { "<li>\(HTMLText.escaped($0))</li>\n" }.joined() + "</ul>\n"
        }
        return out + "</body>\n</html>\n"
    }
}
