/// Cleans text typed or pasted into a form before it can reach the store.
///
/// The screen's sanitizer shows unsafe characters as placeholders so stored text cannot lie;
/// input is the place to stop them getting stored at all. Escape sequences are dropped whole,
/// because a paste from a terminal carries colour codes and bracketed-paste markers, and
/// dropping only the ESC would leave "[31m" in a contact's name. Line breaks and tabs become
/// spaces, since a field is one line and the words on either side should stay apart.
public enum TextInputFilter {
    public static func clean(_ input: String) -> String {
        // Fast path: printable ASCII, which is nearly everything typed.
        if input.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return input }
        let scalars = Array(input.unicodeScalars)
        var kept = String.UnicodeScalarView()
        var position = 0
        while position < scalars.count {
            let scalar = scalars[position]
            switch scalar.value {
            case 0x1B:
                position = endOfEscapeSequence(scalars, escapeAt: position)
                continue
            case 0x9B:
                position = endOfControlSequence(scalars, parametersFrom: position + 1)
                continue
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                position = endOfControlString(scalars, from: position + 1)
                continue
            case 0x0D where position + 1 < scalars.count && scalars[position + 1].value == 0x0A:
                // CR LF is one line break, so one space.
                kept.append(" ")
                position += 2
                continue
            case 0x09...0x0D, 0x85, 0x2028, 0x2029:
                kept.append(" ")
            case 0x200D:
                // Kept for now: whether it joins an emoji is only known per grapheme.
                kept.append(scalar)
            default:
                if !isDropped(scalar) { kept.append(scalar) }
            }
            position += 1
        }
        let text = String(kept)
        guard text.unicodeScalars.contains(where: { $0.value == 0x200D }) else { return text }
        return dropStrayJoiners(text)
    }

    /// Controls and invisible characters: C0, DEL, C1, bidi embeddings, overrides, isolates and
    /// marks, zero-width spaces and non-joiners, word joiners and the BOM. The list matches what
    /// the screen's sanitizer would otherwise draw as a placeholder.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200B...0x200F: return true
        case 0x202A...0x202E: return true
        case 0x2060...0x2064, 0x2066...0x2069: return true
        case 0xFEFF, 0xFFF9...0xFFFB: return true
        default: return false
        }
    }

    /// A zero-width joiner belongs only between the parts of an emoji sequence (👩‍💻); anywhere
    /// else it is invisible and goes.
    static func dropStrayJoiners(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for character in text {
            let scalars = Array(character.unicodeScalars)
            // Digits, "#" and "*" have the Emoji property too (for keycaps); they never join.
            let startsWithEmoji = scalars.first.map { $0.properties.isEmoji && !$0.isASCII } ?? false
            for (offset, scalar) in scalars.enumerated() {
                let joinsSomething = offset > 0 && offset < scalars.count - 1
                if scalar.value == 0x200D && !(startsWithEmoji && joinsSomething) { continue }
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Where the escape sequence starting at `escape` ends (ECMA-48): CSI and SS3 sequences,
    /// control strings (OSC, DCS, ...) and two-character escapes go whole; a lone ESC goes alone.
    static func endOfEscapeSequence(_ scalars: [Unicode.Scalar], escapeAt escape: Int) -> Int {
        let next = escape + 1
        guard next < scalars.count else { return next }
        switch scalars[next] {
        case "[":
            return endOfControlSequence(scalars, parametersFrom: next + 1)
        case "]", "P", "X", "^", "_":
            return endOfControlString(scalars, from: next + 1)
        case "O":
            // SS3: one more character (application-mode arrows send ESC O A).
            return min(next + 2, scalars.count)
        default:
            var position = next
            // nF escapes carry intermediate bytes before their final one (ESC ( B).
            while position < scalars.count, (0x20...0x2F).contains(scalars[position].value) { position += 1 }
            if position < scalars.count, (0x30...0x7E).contains(scalars[position].value) { return position + 1 }
            // Not an escape sequence after all: drop the ESC, keep what follows.
            return next
        }
    }

    /// Past a CSI's parameter, intermediate and final bytes.
    static func endOfControlSequence(_ scalars: [Unicode.Scalar], parametersFrom start: Int) -> Int {
        var position = start
        while position < scalars.count, (0x30...0x3F).contains(scalars[position].value) { position += 1 }
        while position < scalars.count, (0x20...0x2F).contains(scalars[position].value) { position += 1 }
        if position < scalars.count, (0x40...0x7E).contains(scalars[position].value) { position += 1 }
        return position
    }

    /// Past a control string's terminator: BEL, ESC \ or ST. An unterminated string runs to the
    /// end, as a terminal would swallow it too.
    static func endOfControlString(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var position = start
        while position < scalars.count {
            switch scalars[position].value {
            case 0x07, 0x9C:
                return position + 1
            case 0x1B where position + 1 < scalars.count && scalars[position + 1] == "\\":
                return position + 2
            default:
                position += 1
            }
        }
        return position
    }
}
