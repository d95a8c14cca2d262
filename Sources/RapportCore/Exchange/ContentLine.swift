/// The content lines vCard (RFC 6350) and iCalendar (RFC 5545) share: `NAME;PARAM=x:value`,
/// text values escaped, lines folded at 75 octets, every line ended by CRLF.
public enum ContentLine {
    /// The longest line, in octets, before it is folded (CRLF not counted).
    public static let foldWidth = 75

    /// `name:value` (value already escaped or structured), folded, with its CRLF.
    public static func line(_ name: String, _ value: String) -> String {
        fold(name + ":" + value)
    }

    /// A text value escaped: backslash, comma and semicolon with a backslash, a line break as
    /// `\n`. Other control characters are not allowed in a text value (RFC 5545 §3.3.11) and
    /// become the text-safety placeholder, as they do on screen.
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\\": result += "\\\\"
            case ",": result += "\\,"
            case ";": result += "\\;"
            case "\r":
                if pending == "\n" { pending = scalars.next() }
                result += "\\n"
            case "\n": result += "\\n"
            case "\t": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result.append(TextSafety.placeholder)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// The line split into pieces of at most 75 octets, each after the first starting with a
    /// space (which counts towards its 75), never inside a character's UTF-8 sequence, nor
    /// between the scalars of one character (so no piece starts with a combining mark).
    public static func fold(_ line: String) -> String {
        var result = ""
        var width = 0
        func append(_ piece: String, octets: Int) {
            if width + octets > foldWidth {
                result += "\r\n "
                width = 1
            }
            result += piece
            width += octets
        }
        for character in line {
            let octets = character.utf8.count
            if octets < foldWidth {
                append(String(character), octets: octets)
            } else {
                // A character longer than a line (an emoji sequence of dozens of scalars) can
                // only be split between its scalars.
                for scalar in character.unicodeScalars { append(String(scalar), octets: scalar.utf8.count) }
            }
        }
        return result + "\r\n"
    }
}
