/// Reads the month a fiscal year starts in, as the flag, the environment and the config file
/// spell it: 1–12, or a name of at least three letters ("apr", "April").
public enum MonthName {
    static let abbreviations = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The month's number (1–12), or nil when `text` is not a month.
    public static func number(from text: String) -> Int? {
        let lowered = text.lowercased()
        if let number = Int(lowered) { return (1...12).contains(number) ? number : nil }
        guard lowered.count >= 3, let index = abbreviations.firstIndex(where: { lowered.hasPrefix($0) }) else { return nil }
        return index + 1
    }

    /// "apr" for 4: how settings are shown back.
    public static func abbreviation(of month: Int) -> String {
        (1...12).contains(month) ? abbreviations[month - 1] : String(month)
    }

    /// The rule, as error messages give it.
    public static let rule = "use 1–12 or a name like apr"
}
