import Foundation

extension TextSafety {
    /// Text typed or pasted into a one-line field, as it may be stored: escape sequences
    /// dropped whole (a paste from a terminal carries colour codes, and dropping only the ESC
    /// would leave "[31m" in a name), line breaks and tabs turned into spaces, and every other
    /// unsafe character dropped. NUL never reaches the store this way; importers clean text
    /// with this (and `typedLines`) too.
    public static func typed(_ text: String) -> String {
        if isSafe(text) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        var position = 0
        while position < scalars.count {
            let scalar = scalars[position]
            switch scalar.value {
            case 0x1B:
                position = EscapeSequence.end(in: scalars, escapeAt: position)
                continue
            case 0x9B:
                position = EscapeSequence.endOfControlSequence(in: scalars, parametersFrom: position + 1)
                continue
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                position = EscapeSequence.endOfControlString(in: scalars, from: position + 1)
                continue
            default:
                break
            }
            let previous = position > 0 ? scalars[position - 1] : nil
            let next = position + 1 < scalars.count ? scalars[position + 1] : nil
            switch hazard(of: scalar) {
            case nil:
                result.unicodeScalars.append(scalar)
            case .lineBreak:
                // CR LF is one line break, so one space.
                if !(scalar == "\r" && next == "\n") { result.unicodeScalars.append(" ") }
            case .invisible where isJoinerBetweenEmoji(scalar, after: previous, before: next):
                result.unicodeScalars.append(scalar)
            default:
                break
            }
            position += 1
        }
        return result
    }

    /// Several lines (notes from $EDITOR): each line cleaned as typed text is, line breaks
    /// kept as "\n" (CR LF and lone CR become "\n" too).
    public static func typedLines(_ text: String) -> String {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return unified.split(separator: "\n", omittingEmptySubsequences: false)
            .map { typed(String($0)) }
            .joined(separator: "\n")
    }
}
