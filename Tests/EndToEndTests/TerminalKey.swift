/// A key as the bytes an xterm sends for it. Arrows use the SS3 form (ESC O A): the dashboard
/// turns on keypad-transmit mode, and that is what xterm then sends.
enum TerminalKey: Hashable {
    case char(Character)
    case ctrl(Character)
    case enter, escape, tab, backTab, backspace
    case up, down, left, right, pageUp, pageDown, home, end

    var bytes: [UInt8] {
        switch self {
        case .char(let character): return Array(String(character).utf8)
        case .ctrl(let letter): return [(letter.asciiValue ?? 0) & 0x1F]
        case .enter: return [0x0D]
        case .escape: return [0x1B]
        case .tab: return [0x09]
        case .backTab: return Array("\u{1B}[Z".utf8)
        case .backspace: return [0x7F]
        case .up: return Array("\u{1B}OA".utf8)
        case .down: return Array("\u{1B}OB".utf8)
        case .right: return Array("\u{1B}OC".utf8)
        case .left: return Array("\u{1B}OD".utf8)
        case .pageUp: return Array("\u{1B}[5~".utf8)
        case .pageDown: return Array("\u{1B}[6~".utf8)
        case .home: return Array("\u{1B}OH".utf8)
        case .end: return Array("\u{1B}OF".utf8)
        }
    }
}
