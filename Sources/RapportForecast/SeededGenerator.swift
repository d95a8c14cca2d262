/// SplitMix64: a small, fast generator whose sequence depends only on its seed, so the same
/// seed always produces the same simulated intervals and the same demo book on every machine.
/// It sits in RapportForecast, the lowest floor, because the engine's simulations need it and
/// RapportCore's demo book can reach down to it but not the other way round.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// Uniform in `range`; the standard library's algorithm is not promised stable across versions.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % span)
    }

    /// Uniform in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    public mutating func double(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    public mutating func pick<T>(_ items: [T]) -> T { items[int(in: 0...(items.count - 1))] }

    public mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    /// Approximately normal (sum of uniforms), deterministic and cheap.
    public mutating func gaussian() -> Double { (0..<6).reduce(0) { sum, _ in sum + unit() } - 3 }
}
