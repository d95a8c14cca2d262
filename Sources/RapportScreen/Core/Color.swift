/// A colour as a theme names it. The terminal backend maps it to what the terminal can show
/// (truecolor, 256, 16 or 8 colours, or nothing under NO_COLOR).
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// One of the 16 ANSI colours, 0...15.
    case ansi(UInt8)
    /// One of the 256 xterm colours.
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    /// The colour as 24-bit RGB, for nearest-colour matching; nil for `.default`.
    public var rgbValue: (red: UInt8, green: UInt8, blue: UInt8)? {
        switch self {
        case .default: return nil
        case .rgb(let red, let green, let blue): return (red, green, blue)
        case .ansi(let index): return Self.xterm256(Int(index & 15))
        case .indexed(let index): return Self.xterm256(Int(index))
        }
    }

    /// The standard xterm palette.
    public static func xterm256(_ index: Int) -> (red: UInt8, green: UInt8, blue: UInt8) {
        let basic: [(UInt8, UInt8, UInt8)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
            (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
            (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        switch index {
        case 0..<16:
            return basic[index]
        case 16..<232:
            let cube = index - 16
            let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
            return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
        default:
            let gray = UInt8(8 + (min(index, 255) - 232) * 10)
            return (gray, gray, gray)
        }
    }

    /// The nearest of the first `count` xterm colours (8, 16 or 256) to this colour.
    public func nearestIndex(among count: Int) -> Int? {
        guard let (red, green, blue) = rgbValue else { return nil }
        if case .ansi(let index) = self, Int(index) < count { return Int(index) }
        if case .indexed(let index) = self, Int(index) < count { return Int(index) }
        var best = 0
        var bestDistance = Int.max
        for candidate in 0..<max(1, min(count, 256)) {
            let (r, g, b) = Self.xterm256(candidate)
            // Weighted distance: the eye is most sensitive to green, least to blue.
            let dr = Int(r) - Int(red)
            let dg = Int(g) - Int(green)
            let db = Int(b) - Int(blue)
            let distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db
            if distance < bestDistance {
                bestDistance = distance
                best = candidate
            }
        }
        return best
    }
}
