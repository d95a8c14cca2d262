/// Finds, in the raw bytes a program wrote to its terminal, every escape sequence or control
/// character that did not come from ncurses itself.
///
/// ncurses (for xterm-256color) writes CSI sequences, charset selection (ESC ( B), keypad mode
/// (ESC = and ESC >), BS, TAB, CR and LF — and one OSC, `oc` (ESC ] 104 BEL, reset the
/// palette). Everything else is a leak: any other OSC, DCS, APC, PM or SOS introducer, any other
/// ESC, any other C0 control (BEL, NUL, ...), any C1 control (0x9B is a one-byte CSI), bidi and
/// invisible format characters, bytes that are not UTF-8, and the raw run of any corpus string
/// (its introducer right before its marker: what a CSI leak looks like among ncurses' own CSIs).
struct HostileOutputScan {
    struct Finding: CustomStringConvertible {
        let what: String
        let offset: Int
        let context: String
        var description: String { "\(what) at scalar \(offset): …\(context.debugDescription)…" }
    }

    private(set) var findings: [Finding] = []

    /// What ncurses itself may send after ESC: CSI, charsets, keypad modes, save/restore
    /// cursor, reverse index.
    private static let allowedAfterEscape: Set<Unicode.Scalar> = ["[", "(", ")", "=", ">", "7", "8", "M"]
    /// C0 controls ncurses uses to move the cursor (ESC is judged on its own).
    private static let allowedControls: Set<UInt32> = [0x08, 0x09, 0x0A, 0x0D]
    /// ncurses' one OSC: terminfo's `oc` for xterm-256color.
    private static let resetPalette = Array("\u{1B}]104\u{07}".unicodeScalars)

    init(_ output: [UInt8], corpus: [HostileString] = []) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(output.count)
        var iterator = output.makeIterator()
        var decoder = UTF8()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break decoding
            case .error:
                note("bytes that are not UTF-8 (a raw C1 such as 0x9B)", at: scalars.count, in: scalars)
                scalars.append("\u{FFFD}")
            }
        }
        scanControls(scalars)
        for string in corpus where !string.leak.isEmpty {
            let leak = Array(string.leak.unicodeScalars)
            var start = 0
            while let found = Self.firstIndex(of: leak, in: scalars, from: start) {
                note("the raw text of \(string.marker)", at: found, in: scalars)
                start = found + 1
            }
        }
    }

    private mutating func scanControls(_ scalars: [Unicode.Scalar]) {
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let value = scalar.value
            if value == 0x1B {
                let next = index + 1 < scalars.count ? scalars[index + 1] : nil
                if next == "]", scalars[index...].starts(with: Self.resetPalette) {
                    index += Self.resetPalette.count
                    continue
                }
                if let next, !Self.allowedAfterEscape.contains(next) {
                    let name: String
                    switch next {
                    case "]": name = "an OSC introducer (ESC ])"
                    case "P": name = "a DCS introducer (ESC P)"
                    case "_": name = "an APC introducer (ESC _)"
                    case "^": name = "a PM introducer (ESC ^)"
                    case "X": name = "an SOS introducer (ESC X)"
                    default: name = "ESC followed by U+\(String(next.value, radix: 16, uppercase: true))"
                    }
                    note(name, at: index, in: scalars)
                }
            } else if value < 0x20 || value == 0x7F {
                if !Self.allowedControls.contains(value) {
                    note("the control character U+\(String(format: "%04X", value))", at: index, in: scalars)
                }
            } else if (0x80...0x9F).contains(value) {
                note("the C1 control U+\(String(format: "%04X", value))", at: index, in: scalars)
            } else if Self.isHiddenFormatCharacter(value) {
                note("the format character U+\(String(format: "%04X", value))", at: index, in: scalars)
            }
            index += 1
        }
    }

    /// Bidi controls, zero-width and other invisible characters, line and paragraph separators.
    /// A zero-width joiner is left out: inside an emoji sequence it is how the emoji is drawn.
    private static func isHiddenFormatCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x061C, 0x200B, 0x200C, 0x200E, 0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFEFF, 0xFFF9...0xFFFB: return true
        default: return false
        }
    }

    private mutating func note(_ what: String, at offset: Int, in scalars: [Unicode.Scalar]) {
        let context = scalars[max(0, offset - 12)..<min(scalars.count, offset + 24)]
        var text = ""
        text.unicodeScalars.append(contentsOf: context)
        findings.append(Finding(what: what, offset: offset, context: text))
    }

    /// Where `needle` first occurs from `start`, ASCII letters compared without case: a name
    /// may be drawn title-cased, and a leak of it would be too.
    private static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Int? {
        let needle = needle.map(asciiLowercased)
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if asciiLowercased(haystack[index]) == first,
                haystack[index..<index + needle.count].lazy.map(asciiLowercased).elementsEqual(needle)
            {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func asciiLowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar
    }
}
