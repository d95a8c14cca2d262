/// How many colours the terminal can show, which decides how a theme's colours are mapped.
public enum ColorCapability: Equatable, Sendable {
    /// Attributes only: NO_COLOR, `--no-color`, or a monochrome terminal.
    case none
    case eight
    case sixteen
    case palette256
    /// 24-bit colour: terminfo's COLORS is 2^24 and a colour number is the RGB value itself.
    case direct

    /// The capability for terminfo's colour count (ncurses' COLORS).
    public init(colorCount: Int) {
        switch colorCount {
        case 0x1000000...: self = .direct
        case 256...: self = .palette256
        case 16...: self = .sixteen
        case 8...: self = .eight
        default: self = .none
        }
    }
}
