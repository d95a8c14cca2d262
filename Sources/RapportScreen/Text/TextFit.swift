import RapportCore

/// Fitting text into a number of columns by display width.
public enum TextFit {
    /// `text` cut to at most `width` columns, ending in "…" when it was cut. The one rule for
    /// every string drawn: the cut falls at the last word boundary that fits, so no word is left
    /// half-shown ("last contact 13 days a" reads as nonsense). Only when the first word alone is
    /// too wide (a long name in a narrow column) is it cut inside — and never a word holding a
    /// digit: a cut "$1.4M" reads as another figure, so it is left out whole and "…" stands in.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        let clean = TextSafety.displayable(text)
        if clean.utf8.count <= width && clean.utf8.allSatisfy({ $0 < 0x80 }) { return clean }
        if DisplayWidth.of(clean) <= width { return clean }
        // The longest prefix that leaves a column for the ellipsis, and the last word boundary in it.
        var prefix = ""
        var used = 0
        var lastBoundary: String?
        var previousWasSpace = false
        for character in clean {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            if character == " " && !previousWasSpace { lastBoundary = prefix }
            previousWasSpace = character == " "
            prefix.append(character)
            used += characterWidth
        }
        let nextIsBoundary = clean.dropFirst(prefix.count).first == " "
        if nextIsBoundary { return trimmedForEllipsis(prefix) + "…" }
        if let lastBoundary, !trimmedForEllipsis(lastBoundary).isEmpty { return trimmedForEllipsis(lastBoundary) + "…" }
        // One word wider than the room: cut inside it, unless it is a figure.
        if isFigure(clean.prefix { $0 != " " }) { return "…" }
        return prefix + "…"
    }

    /// A word that reads as a number ("$1,234.5M", "12%", "2026-12-04", "1d!"): digits with at
    /// most a unit's letters. A name or a path that happens to hold digits is not one.
    static func isFigure<Word: StringProtocol>(_ word: Word) -> Bool {
        let scalars = word.unicodeScalars
        return scalars.contains { $0.properties.generalCategory == .decimalNumber }
            && scalars.filter { $0.properties.isAlphabetic }.count <= 2
    }

    /// A cut's text without the spaces and separators it would leave dangling before "…"
    /// ("sponsor, …" reads better as "sponsor…").
    private static func trimmedForEllipsis(_ text: String) -> String {
        var result = Substring(text)
        while let last = result.last, last == " " || ",;:·—–-/".contains(last) { result = result.dropLast() }
        return String(result)
    }

    /// A line of fields joined by " · " ("Manufacturing · SMB · France · owner Sam Okafor") fitted
    /// to `width`: the last fields are left out whole until the rest fits, and only a first
    /// field too wide on its own is cut, by `truncate`'s rule. Fields come in order of importance.
    public static func fitFields(_ text: String, to width: Int, separator: String = " · ") -> String {
        var fields = text.components(separatedBy: separator)
        while fields.count > 1, DisplayWidth.of(TextSafety.displayable(fields.joined(separator: separator))) > width { fields.removeLast() }
        return truncate(fields.joined(separator: separator), to: width)
    }

    /// `text` truncated and padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignment: Alignment = .left) -> String {
        let fitted = truncate(text, to: width)
        let gap = max(0, width - DisplayWidth.of(fitted))
        switch alignment {
        case .left: return fitted + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + fitted
        case .center: return String(repeating: " ", count: gap / 2) + fitted + String(repeating: " ", count: gap - gap / 2)
        }
    }

    public enum Alignment: Sendable { case left, right, center }

    /// Greedy word wrap by display width (a word longer than the width gets a line of its own).
    public static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if DisplayWidth.of(candidate) > width && !current.isEmpty {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}
