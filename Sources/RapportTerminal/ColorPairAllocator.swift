/// Hands out curses colour pairs lazily, one per distinct (foreground, background).
///
/// Terminals have a limited number of pairs (COLOR_PAIRS, sometimes only 64), while a theme
/// needs a few dozen and direct colour could need millions; allocating on first use keeps
/// the common case exact and the rare overflow harmless: once pairs run out, new colour
/// combinations are drawn in pair 0, the terminal's default colours, so text stays readable.
public struct ColorPairAllocator: Sendable {
    /// Two curses colour numbers; -1 is the terminal's default colour.
    public struct Colors: Hashable, Sendable {
        public let foreground: Int32
        public let background: Int32

        public init(foreground: Int32, background: Int32) {
            self.foreground = foreground
            self.background = background
        }

        public static let terminalDefault = Colors(foreground: -1, background: -1)
    }

    /// COLOR_PAIRS: pairs 1..<capacity can be defined; pair 0 is fixed by curses.
    public let capacity: Int
    private var assigned: [Colors: Int32] = [:]
    private var nextPair: Int32 = 1

    public init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// Pairs defined so far.
    public var definedCount: Int { Int(nextPair) - 1 }

    /// The pair to draw `colors` with. A new pair is defined through `define` (pair number,
    /// colours; returns whether curses accepted it). Exhaustion or a refused definition gives
    /// pair 0, remembered so that curses is not asked again for every cell.
    public mutating func pair(for colors: Colors, define: (Int32, Colors) -> Bool) -> Int32 {
        // Pair 0 already is default-on-default after use_default_colors().
        if colors == .terminalDefault { return 0 }
        if let pair = assigned[colors] { return pair }
        var pair: Int32 = 0
        if Int(nextPair) < capacity, define(nextPair, colors) {
            pair = nextPair
            nextPair += 1
        }
        assigned[colors] = pair
        return pair
    }
}
