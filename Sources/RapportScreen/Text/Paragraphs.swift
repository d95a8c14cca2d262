import RapportCore

/// Long text shown whole: its stored line breaks kept as paragraphs, each wrapped by display
/// width, a word wider than the line broken across lines rather than cut off.
public enum Paragraphs {
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let clean = TextSafety.displayable(String(paragraph))
            if clean.allSatisfy({ $0 == " " }) {
                lines.append("")
                continue
            }
            for line in TextFit.wrap(clean, width: width) { lines += breakLongLine(line, width: width) }
        }
        // Trailing blank lines say nothing on screen.
        while lines.last == "" { lines.removeLast() }
        return lines.isEmpty ? [""] : lines
    }

    /// A line that is one word longer than `width` (a URL, say) in pieces that fit.
    static func breakLongLine(_ line: String, width: Int) -> [String] {
        guard DisplayWidth.of(line) > width else { return [line] }
        var pieces: [String] = []
        var current = ""
        var used = 0
        for character in line {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width && !current.isEmpty {
                pieces.append(current)
                current = ""
                used = 0
            }
            current.append(character)
            used += characterWidth
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }
}
