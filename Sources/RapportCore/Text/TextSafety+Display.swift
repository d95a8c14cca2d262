extension TextSafety {
    /// Text as it may be drawn or printed: every unsafe character becomes the placeholder
    /// (a line break or tab becomes a space), so nothing is hidden and nothing is obeyed.
    /// The text is otherwise kept as stored: this is for showing, never for saving.
    public static func displayable(_ text: String) -> String {
        if isSafe(text) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previous: Unicode.Scalar?
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            defer { previous = scalar }
            guard let hazard = hazard(of: scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            if isJoinerBetweenEmoji(scalar, after: previous, before: pending) {
                result.unicodeScalars.append(scalar)
            } else if hazard == .lineBreak {
                // CR LF is one break.
                if !(scalar == "\r" && pending == "\n") { result.unicodeScalars.append(" ") }
            } else {
                result.append(placeholder)
            }
        }
        return result
    }

    /// Text for stdout or stderr that keeps its line breaks (a table, usage help): each line
    /// shown as `displayable` shows it, so escape sequences and other control characters
    /// become placeholders and only "\n" breaks the lines.
    public static func displayableLines(_ text: String) -> String {
        // "\r\n" is one Character in Swift, so it is named as a break of its own.
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { displayable(String($0)) }.joined(separator: "\n")
    }

    /// One line for stderr or stdout: unsafe characters shown as placeholders, and line breaks
    /// (SQLite's multi-line integrity reports, say) folded into "; " so a message stays a line.
    public static func oneLine(_ text: String) -> String {
        let lines = text.split(whereSeparator: { character in
            character.unicodeScalars.contains { hazard(of: $0) == .lineBreak && $0 != "\t" }
        })
        let joined = lines.map { Substring($0).trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: "; ")
        return displayable(joined)
    }
}
