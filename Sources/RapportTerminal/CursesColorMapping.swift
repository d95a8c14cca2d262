import RapportScreen

/// Maps a theme's colours to curses colour numbers for one terminal's capability.
///
/// Pure, so the fallback from truecolor to 256, 16 and 8 colours can be tested without a
/// terminal.
public struct CursesColorMapping: Equatable, Sendable {
    public let capability: ColorCapability
    /// Whether `use_default_colors()` succeeded, so that -1 means "the terminal's own colour".
    public let hasDefaultColors: Bool

    public init(capability: ColorCapability, hasDefaultColors: Bool = true) {
        self.capability = capability
        self.hasDefaultColors = hasDefaultColors
    }

    /// The curses colour numbers for a style's foreground and background; nil when colours are
    /// off, so the cell is drawn with attributes only.
    public func colors(for style: Style) -> ColorPairAllocator.Colors? {
        guard capability != .none else { return nil }
        return ColorPairAllocator.Colors(
            foreground: colorNumber(style.foreground, isForeground: true),
            background: colorNumber(style.background, isForeground: false))
    }

    /// The curses colour number for `color`.
    public func colorNumber(_ color: Color, isForeground: Bool) -> Int32 {
        if color == .default {
            // Without default-colour support, -1 is invalid; white on black is what such
            // terminals start with.
            return hasDefaultColors ? -1 : (isForeground ? 7 : 0)
        }
        switch capability {
        case .none, .eight: return Int32(color.nearestIndex(among: 8) ?? 0)
        case .sixteen: return Int32(color.nearestIndex(among: 16) ?? 0)
        case .palette256: return Int32(color.nearestIndex(among: 256) ?? 0)
        case .direct: return Self.directColorNumber(color)
        }
    }

    /// A direct-colour number is the packed RGB value, except that direct-colour terminfo
    /// entries send small numbers as palette colours: below 8 for xterm-direct, below 16 or
    /// 256 for xterm-direct16 and xterm-direct256. The eight ANSI colours therefore keep the
    /// user's palette, and a real RGB value small enough to be mistaken for an index (red and
    /// green both 0) gets green 1, a difference no eye can see, so rgb(0, 0, 1) never comes
    /// out as the palette's red.
    static func directColorNumber(_ color: Color) -> Int32 {
        switch color {
        case .ansi(let index) where index < 8: return Int32(index)
        case .indexed(let index) where index < 8: return Int32(index)
        default:
            guard let (red, green, blue) = color.rgbValue else { return -1 }
            let packed = Int32(red) << 16 | Int32(green) << 8 | Int32(blue)
            return packed < 0x100 ? packed | 0x100 : packed
        }
    }
}
