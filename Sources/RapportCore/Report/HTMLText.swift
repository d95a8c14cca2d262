/// Text from the data made inert in HTML: controls shown as `␦` by the text-safety policy
/// (line breaks as spaces),
/// then `&`, `<`, `>`, `"` and `'` as entities, so a name such as `<script>` or
/// `<img onerror=…>` is shown as the text it is, in an element or in an attribute. The report
/// writes no link from data, so a `javascript:` URL stays text too.
public enum HTMLText {
    public static func escaped(_ text: String) -> String {
        var out = ""
        for character in TextSafety.displayable(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = []) -> String {
        func cells(_ row: [String], tag: String) -> String {
            row.enumerated().map { index, cell in
                numeric.contains(index) ? "<\(tag) class=\"num\">\(cell)</\(tag)>" : "<\(tag)>\(cell)</\(tag)>"
            }.joined()
        }
        let body = rows.map { "<tr>\(cells($0, tag: "td"))</tr>" }.joined(separator: "\n")
        return "<table>\n<thead><tr>\(cells(header, tag: "th"))</tr></thead>\n<tbody>\n\(body)\n</tbody>\n</table>\n"
    }
}
