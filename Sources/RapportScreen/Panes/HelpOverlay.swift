import RapportViewModel

/// `?`: every key of the focused pane and the global ones, generated from the keymap; what
/// the symbols there mean; and the session's messages, newest first and whole. Two columns of keys
/// on a wide, short terminal, one otherwise; descriptions wrap whole, and the list keys scroll
/// what runs longer.
struct HelpOverlay {
    let keymap: Keymap
    let state: AppState

    typealias Line = (keys: String, text: String, isSection: Bool)

    /// A line of the box: pieces at columns from the inner edge.
    struct Row {
        var pieces: [(x: Int, text: String, maxWidth: Int, role: ThemeRole)]
    }

    func sectionLines() -> [[Line]] {
        let keys = keymap.helpSections(for: state.underlyingKeyContexts).map { section -> [Line] in
            [(section.title, "", true)] + section.bindings.map { ($0.keyLabel, $0.help, false) }
        }
        // The `:` commands, from the same table the command line completes from.
        let commands: [Line] = [("Commands (:)", "", true)] + PromptCommand.all.map { ($0.keyLabel, $0.helpLine, false) }
        return keys + [commands]
    }

    /// Joins sections into columns with a blank line between sections.
    static func join(_ sections: ArraySlice<[Line]>) -> [Line] {
        var result: [Line] = []
        for section in sections {
            if !result.isEmpty { result.append(("", "", false)) }
            result += section
        }
        return result
    }

    @discardableResult
    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) -> OverlayMeasure? {
        let sections = sectionLines()
        let single = Self.join(sections[...])
        var columns: [[Line]] = [single]
        var boxWidth = 66
        var keyWidth = 18
        // Two columns only where both are wide enough to show every description whole; help
        // scrolls, so a short terminal gets one column rather than cut text.
        if single.count + 4 > area.height, sections.count > 1, area.width >= Self.twoColumnWidth {
            // Split where the two halves are closest in length.
            var best = 1
            var bestHeight = Int.max
            for split in 1..<sections.count {
                let height = max(Self.join(sections[..<split]).count, Self.join(sections[split...]).count)
                if height < bestHeight {
                    bestHeight = height
                    best = split
                }
            }
            columns = [Self.join(sections[..<best]), Self.join(sections[best...])]
            boxWidth = Self.twoColumnWidth
            keyWidth = 14
        }
        // Keys get the width of the longest label, so descriptions keep as much room as they can.
        let longestKeys = sections.joined().filter { !$0.isSection }.map { DisplayWidth.of($0.keys) }.max() ?? 0
        keyWidth = min(keyWidth, longestKeys + 1)
        let innerWidth = min(boxWidth, area.width) - 2
        var rows = keyRows(columns, keyWidth: keyWidth, innerWidth: innerWidth)
        rows += legendRows(innerWidth: innerWidth)
        rows += messageRows(innerWidth: innerWidth)

        let box = area.centered(width: boxWidth, height: rows.count + 4)
        buffer.fill(box, style: theme[.helpText])
        let close = keymap.hints(for: [.help]).map(\.text).joined(separator: " · ")
        let inner = Block(title: "Keys · \(state.helpTitle)", focused: true, trailingTitle: close)
            .render(in: box, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return nil }
        let pageRows = max(1, inner.height - 2)
        let lastTop = max(0, rows.count - pageRows)
        let top = min(state.overlayScroll.top, lastTop)
        for (offset, row) in rows.dropFirst(top).prefix(pageRows).enumerated() {
            for piece in row.pieces {
                buffer.write(piece.text, x: inner.x + piece.x, y: inner.y + 1 + offset, maxWidth: max(0, piece.maxWidth), style: theme[piece.role])
            }
        }
        if rows.count > pageRows {
            // Where the view is, on the bottom border, so scrolling is discoverable.
            let position = " \(keymap.key(for: .moveDown, in: .help) ?? "j")/\(keymap.key(for: .moveUp, in: .help) ?? "k") scroll · lines \(top + 1)–\(top + pageRows) of \(rows.count) "
            let width = DisplayWidth.of(position)
            if width + 4 <= box.width {
                buffer.write(position, x: box.maxX - 2 - width, y: box.maxY - 1, style: theme[.textDim])
            }
        }
        return OverlayMeasure(lastTop: lastTop, pageRows: pageRows)
    }

    /// The box is this wide with two columns: each description then fits its column whole.
    static let twoColumnWidth = 120

    /// The key lines as rows: each column's descriptions wrapped whole within it, the columns
    /// side by side.
    private func keyRows(_ columns: [[Line]], keyWidth: Int, innerWidth: Int) -> [Row] {
        let columnWidth = innerWidth / max(1, columns.count)
        let wrapped: [[Row]] = columns.enumerated().map { column, lines in
            let left = column * columnWidth
            let textX = left + 3 + keyWidth + 1
            let textWidth = max(1, left + columnWidth - textX - 1)
            var rows: [Row] = []
            for line in lines {
                if line.isSection {
                    rows.append(Row(pieces: [(left + 2, line.keys, columnWidth - 3, .helpSection)]))
                    continue
                }
                for (index, text) in Paragraphs.wrap(line.text, width: textWidth).enumerated() {
                    var row = Row(pieces: [(textX, text, textWidth, .helpText)])
                    if index == 0 { row.pieces.append((left + 3, TextFit.pad(line.keys, to: keyWidth), columnWidth - 4, .helpKey)) }
                    rows.append(row)
                }
            }
            return rows
        }
        let height = wrapped.map(\.count).max() ?? 0
        return (0..<height).map { index in
            Row(pieces: wrapped.flatMap { index < $0.count ? $0[index].pieces : [] })
        }
    }

    /// "Symbols": what the glyphs under help mean, the meanings wrapped whole.
    private func legendRows(innerWidth: Int) -> [Row] {
        let entries = SymbolLegend.entries(for: state)
        guard !entries.isEmpty else { return [] }
        let symbolWidth = min(14, (entries.map { DisplayWidth.of($0.symbols) }.max() ?? 0) + 1)
        let textX = 3 + symbolWidth + 1
        let textWidth = max(1, innerWidth - textX - 1)
        var rows = [Row(pieces: []), Row(pieces: [(2, "Symbols", innerWidth - 3, .helpSection)])]
        for entry in entries {
            for (index, line) in Paragraphs.wrap(entry.meaning, width: textWidth).enumerated() {
                var row = Row(pieces: [(textX, line, textWidth, .helpText)])
                if index == 0 { row.pieces.append((3, TextFit.pad(entry.symbols, to: symbolWidth), symbolWidth, .helpKey)) }
                rows.append(row)
            }
        }
        return rows
    }

    /// "Messages": every status message of the session, newest first, each whole and wrapped.
    private func messageRows(innerWidth: Int) -> [Row] {
        let timeWidth = 8
        let textX = 3 + timeWidth + 2
        let textWidth = max(1, innerWidth - textX - 1)
        var rows = [Row(pieces: []), Row(pieces: [(2, "Messages, newest first", innerWidth - 3, .helpSection)])]
        guard !state.messageLog.entries.isEmpty else {
            return rows + [Row(pieces: [(3, "No messages yet.", innerWidth - 4, .textDim)])]
        }
        for entry in state.messageLog.entries {
            let role: ThemeRole
            switch entry.message.kind {
            case .info: role = .helpText
            case .success: role = .messageSuccess
            case .error: role = .messageError
            }
            for (index, line) in Paragraphs.wrap(entry.message.text, width: textWidth).enumerated() {
                var row = Row(pieces: [(textX, line, textWidth, role)])
                if index == 0 { row.pieces.append((3, entry.shownAt?.description ?? "#\(entry.sequence)", timeWidth, .textDim)) }
                rows.append(row)
            }
        }
        return rows
    }
}
