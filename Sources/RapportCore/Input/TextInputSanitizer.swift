/// Cleans what is typed or pasted into a form field before it can reach a record.
///
/// The screen's own sanitizer makes stored text safe to draw; this one keeps invisible and
/// steering characters from being stored at all. A pasted escape sequence, a right-to-left
/// override that makes a name read backwards, or a zero-width space that makes two equal-looking
/// emails differ would each survive every later check, so they are dropped on the way in.
/// Line breaks and tabs become spaces, because every field is one line.
public enum TextInputSanitizer {
    public static func typed(_ text: String) -> String {
        // Fast path: printable ASCII, by far the most common keystroke, needs nothing.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        if !text.unicodeScalars.contains(where: { isDropped($0) || isBreak($0) }) { return text }
        // Scalars rather than characters: grapheme breaking would make a large paste slow, and
        // the only rule that needs context (a joiner between emoji) needs just its neighbours.
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previous: Unicode.Scalar?
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            // CR LF is one line break: the LF makes the one space.
            if scalar == "\r" && pending == "\n" { continue }
            if isBreak(scalar) {
                result.unicodeScalars.append(" ")
                previous = " "
            } else if !isDropped(scalar) || isJoinerBetweenEmoji(scalar, after: previous, before: pending) {
                result.unicodeScalars.append(scalar)
                previous = scalar
            }
        }
        return result
    }

    /// Line breaks and tabs (including vertical tab, form feed, NEL and the Unicode line and
    /// paragraph separators), which read as a gap between words.
    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Controls and invisible characters that have no business in a name, email or note.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F: return true  // C0 controls (ESC starts terminal sequences) and DEL
        case 0x80...0x9F: return true  // C1 controls (0x9B is a one-byte CSI)
        case 0x061C: return true  // Arabic letter mark, a bidi control
        case 0x200B...0x200F: return true  // zero-width space, non-joiner, joiner; LRM, RLM
        case 0x202A...0x202E: return true  // bidi embeddings and overrides
        // Word joiner, invisible operators, bidi isolates, deprecated format controls, and the
        // unassigned U+2065, which would draw as nothing if it were ever assigned.
        case 0x2060...0x206F: return true
        case 0xFEFF: return true  // zero-width no-break space (a BOM pasted from a file)
        case 0xFFF9...0xFFFB: return true  // interlinear annotation controls
        default: return false
        }
    }

    /// A zero-width joiner between two emoji (👩‍💻) is part of the picture, not a hidden mark.
    static func isJoinerBetweenEmoji(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Bool {
        guard scalar.value == 0x200D, let previous, let next else { return false }
        // The emoji before may end in a presentation selector (🏳️‍🌈 is flag, FE0F, ZWJ, rainbow).
        return (isEmoji(previous) || previous.value == 0xFE0F) && isEmoji(next)
    }

    /// Digits, '#' and '*' have the emoji property (as keycap bases) but never join.
    static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII && scalar.properties.isEmoji
    }
}
