/// Where a terminal escape sequence ends (ECMA-48), so input can drop it whole.
enum EscapeSequence {
    /// CSI and SS3 sequences, control strings (OSC, DCS, APC, PM, SOS) and two-character
    /// escapes go whole; a lone ESC goes alone.
    static func end(in scalars: [Unicode.Scalar], escapeAt escape: Int) -> Int {
        let next = escape + 1
        guard next < scalars.count else { return next }
        switch scalars[next] {
        case "[":
            return endOfControlSequence(in: scalars, parametersFrom: next + 1)
        case "]", "P", "X", "^", "_":
            return endOfControlString(in: scalars, from: next + 1)
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
    static func endOfControlSequence(in scalars: [Unicode.Scalar], parametersFrom start: Int) -> Int {
        var position = start
        while position < scalars.count, (0x30...0x3F).contains(scalars[position].value) { position += 1 }
        while position < scalars.count, (0x20...0x2F).contains(scalars[position].value) { position += 1 }
        if position < scalars.count, (0x40...0x7E).contains(scalars[position].value) { position += 1 }
        return position
    }

    /// Past a control string's terminator: BEL, ESC \ or ST. An unterminated string runs to the
    /// end, as a terminal would swallow it too.
    static func endOfControlString(in scalars: [Unicode.Scalar], from start: Int) -> Int {
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
