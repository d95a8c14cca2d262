/// Text from the data made inert in Markdown as GitHub and other Git hosts render it.
///
/// Controls become `␦` and line breaks spaces (the text-safety policy), so a note cannot end a
/// table row or start a heading; every character Markdown or inline HTML could act on is escaped
/// (`|` inside table cells, `[`/`]` and `<` so no link, image, autolink or tag can form — a
/// parenthesis or `!` only acts after a `]` — and `*`, `_`, `~`, `#` and backticks), and `&` is written as an entity so no entity is decoded.
public enum MarkdownText {
    public static func inline(_ text: String) -> String {
        var escaped = ""
        for character in TextSafety.displayable(text) {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "#", "|", "~": escaped += "\\\(character)"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A table: a header row, a separator (`alignRight` columns right-aligned), the rows.
    /// Cells are written as given: escape data with `inline` first.
    static func table(_ header: [String], _ rows: [[String]], alignRight: Set<Int> = []) -> String {
        let separator = header.indices.map { alignRight.contains($0) ? "---:" : "---" }
        return ([header, separator] + rows).map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n") + "\n"
    }
}
