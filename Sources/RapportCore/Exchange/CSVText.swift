/// CSV as RFC 4180 writes it, made safe to open in a spreadsheet.
///
/// Records end with CRLF; a field holding a comma, a quote, CR or LF is quoted, its quotes
/// doubled. A cell a spreadsheet would run as a formula (one starting with `=`, `+`, `-`, `@`,
/// TAB or CR: OWASP's list) gets a leading `'`, so it shows as the text it is — except a plain
/// number such as `-1200.50`, which stays a number.
public enum CSVText {
    /// One record, CRLF included.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field, neutralised and quoted as needed.
    public static func field(_ value: String) -> String {
        quoted(neutralised(value))
    }

    /// `value` with a `'` in front when a spreadsheet would take it for a formula.
    public static func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, formulaStarts.contains(first), !isPlainNumber(value) else { return value }
        return "'" + value
    }

    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    static func quoted(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// An optional minus, digits, and optionally a point and more digits: what the exporters
    /// write for amounts and figures, and nothing a spreadsheet could run.
    static func isPlainNumber(_ value: String) -> Bool {
        var scalars = Substring(value).unicodeScalars[...]
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        let parts = scalars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy(isDigit) else { return false }
        if parts.count == 2 { return !parts[1].isEmpty && parts[1].allSatisfy(isDigit) }
        return true
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    /// A stored integer of `unitsPerWhole` units as a plain decimal: 120050 cents is "1200.50",
    /// -5 cents is "-0.05". No separators and no currency sign, so spreadsheets read a number.
    public static func decimal(_ stored: Int64, unitsPerWhole: Int64) -> String {
        guard unitsPerWhole > 1 else { return String(stored) }
        let sign = stored < 0 ? "-" : ""
        let magnitude = stored.magnitude
        let scale = UInt64(unitsPerWhole)
        let fraction = String(magnitude % scale)
        let digits = String(scale - 1).count
        return sign + String(magnitude / scale) + "." + String(repeating: "0", count: digits - fraction.count) + fraction
    }
}
