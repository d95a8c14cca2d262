import CNcursesw
import RapportViewModel

/// Turns what `wget_wch` returns into a `Key`.
///
/// Pure: the backend reads, this names. The terminal runs in raw mode, so Ctrl-C, Ctrl-Z and
/// Ctrl-\ arrive here as ordinary control characters rather than as signals.
public struct KeyDecoder: Sendable {
    /// One result of `wget_wch`.
    public enum Input: Equatable, Sendable {
        /// It returned OK: a character (a Unicode scalar in a UTF-8 locale).
        case character(UInt32)
        /// It returned KEY_CODE_YES: a curses key code (KEY_UP, KEY_RESIZE, ...).
        case keyCode(Int32)
    }

    /// terminfo's extended key names (ncurses numbers them above KEY_MAX at run time) that
    /// mean a key `Key` can name. xterm's own entries call Shift-↑ "kUP"; "kUP2"-style names
    /// appear in some other descriptions.
    public static let extendedKeyNames: [(name: String, key: Key)] = [
        ("kUP", .shiftUp), ("kUP2", .shiftUp),
        ("kDN", .shiftDown), ("kDN2", .shiftDown),
        ("kLFT2", .shiftLeft), ("kRIT2", .shiftRight),
    ]

    /// Key codes above KEY_MAX resolved from `extendedKeyNames` for the current terminal.
    public var extendedKeys: [Int32: Key]

    public init(extendedKeys: [Int32: Key] = [:]) {
        self.extendedKeys = extendedKeys
    }

    public func decode(_ input: Input) -> Key {
        switch input {
        case .character(let value): return Self.decodeCharacter(value)
        case .keyCode(let code): return decodeKeyCode(code)
        }
    }

    static func decodeCharacter(_ value: UInt32) -> Key {
        switch value {
        case 9: return .tab
        // nonl() makes Enter arrive as CR; LF is Ctrl-J, which terminals also send for Enter
        // in some modes.
        case 10, 13: return .enter
        case 27: return .escape
        // DEL is what most terminals send for Backspace; BS (Ctrl-H) is what the rest send.
        case 8, 127: return .backspace
        case 1...26:
            guard let letter = Unicode.Scalar(value + 0x60) else { return .unknown }
            return .ctrl(Character(letter))
        // NUL (Ctrl-Space), Ctrl-\ ] ^ _ and the C1 controls have no `Key`.
        case 0, 28...31, 0x80...0x9F: return .unknown
        default:
            guard let scalar = Unicode.Scalar(value) else { return .unknown }
            return .char(Character(scalar))
        }
    }

    func decodeKeyCode(_ code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        // terminfo's "scroll backward/forward" keys are what xterm sends for Shift-↑/↓.
        case KEY_SR: return .shiftUp
        case KEY_SF: return .shiftDown
        case KEY_SLEFT: return .shiftLeft
        case KEY_SRIGHT: return .shiftRight
        // The keypad's corner keys (A1, A3, C1, C3) are Home, PgUp, End and PgDn.
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        // VT220-style terminals (and screen) label Home and End as Find and Select.
        case KEY_HOME, KEY_A1, KEY_FIND: return .home
        case KEY_END, KEY_C1, KEY_SELECT: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_RESIZE: return .resize
        // KEY_F(n) is KEY_F0 + n, with room for 63 function keys.
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return extendedKeys[code] ?? .unknown
        }
    }
}
