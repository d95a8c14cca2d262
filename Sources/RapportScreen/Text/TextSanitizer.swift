/// Makes untrusted text (from the store or an import) safe to hand to the terminal.
///
/// Control characters would move ncurses' cursor (CR, LF, BS, TAB) or start escape sequences
/// (ESC, C1 CSI), and bidi overrides or zero-width characters would make text lie about what it
/// says. Each becomes a visible placeholder instead, so nothing is hidden and nothing is obeyed.
public enum TextSanitizer {
    /// Shown in place of a control character: U+FFFD would suggest bad encoding, so use a
    /// symbol that reads as "something was here".
    public static let placeholder: Character = "\u{2426}"  // ␦

    public static func clean(_ text: String) -> String {
        // Fast path: printable ASCII needs nothing.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        // Most non-ASCII text (names, box drawing) has nothing unsafe: a scalar scan says so
        // without the cost of walking grapheme clusters.
        if !text.unicodeScalars.contains(where: isUnsafe) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            // A zero-width joiner inside an emoji sequence (👩‍💻) is part of the picture.
            let isEmojiSequence = character.unicodeScalars.first?.properties.isEmoji == true
                && character.unicodeScalars.count > 1
            let unsafe = character.unicodeScalars.contains { scalar in
                isUnsafe(scalar) && !(isEmojiSequence && scalar.value == 0x200D)
            }
            if unsafe {
                result.append(visible(character))
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Tabs and newlines read as a space; everything else unsafe as the placeholder.
    static func visible(_ character: Character) -> Character {
        switch character {
        case "\t", "\n", "\r", "\r\n": return " "
        default: return placeholder
        }
    }

    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F: return true  // C0 controls and DEL
        case 0x80...0x9F: return true  // C1 controls (0x9B is a one-byte CSI)
        case 0x200B...0x200F: return true  // zero-width space/joiners... and LRM/RLM
        case 0x202A...0x202E: return true  // bidi embeddings and overrides
        case 0x2060...0x2064, 0x2066...0x2069: return true  // word joiner, invisible operators, bidi isolates
        case 0xFEFF: return true  // zero-width no-break space (BOM)
        case 0xFFF9...0xFFFB: return true  // interlinear annotation controls
        default: return false
        }
    }
}
