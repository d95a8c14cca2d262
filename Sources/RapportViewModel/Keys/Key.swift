/// A key press, decoded by the terminal backend and resolved by the `Keymap`.
public enum Key: Hashable, Sendable {
    /// A printable character (including space and non-ASCII text).
    case char(Character)
    /// Ctrl plus a letter, lowercased: `.ctrl("r")`.
    case ctrl(Character)
    case up, down, left, right
    case shiftUp, shiftDown, shiftLeft, shiftRight
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete, insert
    case function(Int)
    /// Text pasted into the terminal in one piece (bracketed paste): line breaks in it are
    /// text, not Enter.
    case paste(String)
    /// The terminal changed size.
    case resize
    /// A click or the wheel (the event loop hands it on with the rows the screen showed).
    case mouse(MouseEvent)
    /// Something the backend could not name; ignored by the keymap.
    case unknown

    /// How the key is written in help and the README: "j", "Ctrl-R", "PgDn", "Shift-←".
    public var displayName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let character): return String(character)
        case .ctrl(let character): return "Ctrl-\(String(character).uppercased())"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .shiftUp: return "Shift-↑"
        case .shiftDown: return "Shift-↓"
        case .shiftLeft: return "Shift-←"
        case .shiftRight: return "Shift-→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let number): return "F\(number)"
        case .paste: return "(paste)"
        case .resize: return "(resize)"
        case .mouse: return "(mouse)"
        case .unknown: return "(unknown)"
        }
    }
}
