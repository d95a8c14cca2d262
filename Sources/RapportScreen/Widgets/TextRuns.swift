import RapportCore

/// Writing a line made of runs in different styles ("ARR " dim, "$43k" bright, ...) under the
/// one truncation rule: runs are drawn whole while they fit, and the first that does not is cut
/// by `TextFit.fitFields` (its " · " fields dropped whole, then a word-boundary cut with "…");
/// nothing after it is drawn. The buffer's own clipping would cut mid-word with no ellipsis.
extension Buffer {
    /// Returns the columns written.
    @discardableResult
    mutating func writeRuns(_ runs: [(String, Style)], x: Int, y: Int, width: Int) -> Int {
        var column = x
        for (text, style) in runs {
            let room = x + width - column
            guard room > 0 else { break }
            let fitted = TextFit.fitFields(text, to: room)
            column += write(fitted, x: column, y: y, maxWidth: room, style: style)
            if fitted != TextSafety.displayable(text) { break }
        }
        return column - x
    }

    /// `text` cut by the one rule to `width` columns, then written.
    @discardableResult
    mutating func writeFitted(_ text: String, x: Int, y: Int, width: Int, style: Style) -> Int {
        guard width > 0 else { return 0 }
        return write(TextFit.fitFields(text, to: width), x: x, y: y, maxWidth: width, style: style)
    }
}
