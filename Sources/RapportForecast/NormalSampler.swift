import Foundation

/// Standard normal draws from a seeded generator, so simulated intervals are the same on every
/// run and machine. Box–Muller rather than the demo generator's sum of uniforms: interval tails
/// need a real normal.
struct NormalSampler {
    private var generator: SeededGenerator
    private var spare: Double?

    init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

    mutating func next() -> Double {
        if let spare {
            self.spare = nil
            return spare
        }
        // 1 − unit() lies in (0, 1], so the logarithm is finite.
        let radius = (-2 * log(1 - generator.unit())).squareRoot()
        let angle = 2 * Double.pi * generator.unit()
        spare = radius * sin(angle)
        return radius * cos(angle)
    }
}

/// One fixed table of standard normal draws shared by every simulation: drawing (a logarithm,
/// a square root and a sine per pair) cost more than the simulation itself. Each series gets
/// the same shocks, which keeps its intervals reproducible and changes nothing about their
/// distribution.
enum NormalTable {
    static let paths = 1_000
    static let steps = 36
    /// `values[path * steps + step]`
    static let values: [Double] = {
        var sampler = NormalSampler(seed: 0x5EED_F0CA_57)
        return (0..<(paths * steps)).map { _ in sampler.next() }
    }()
}

/// Sample quantiles (R's default, type 7: linear between order statistics) by selection rather
/// than sorting: four quantiles of a thousand draws at every step add up over a book.
enum SampleQuantiles {
    /// `probabilities` must be ascending. `samples` is reordered.
    static func quantiles(_ samples: inout [Double], _ probabilities: [Double]) -> [Double] {
        let count = samples.count
        guard count > 0 else { return probabilities.map { _ in 0 } }
        return samples.withUnsafeMutableBufferPointer { buffer -> [Double] in
            var lowerLimit = 0
            return probabilities.map { probability in
                let position = probability * Double(count - 1)
                let rank = min(max(Int(position.rounded(.down)), 0), count - 1)
                select(buffer, rank, from: lowerLimit)
                lowerLimit = rank
                let low = buffer[rank]
                guard rank + 1 < count else { return low }
                // After selection everything right of `rank` is at least as large; the next order
                // statistic is their minimum.
                var high = buffer[rank + 1]
                for index in (rank + 2)..<max(rank + 2, count) where buffer[index] < high { high = buffer[index] }
                return low + (position - Double(rank)) * (high - low)
            }
        }
    }

    /// Quickselect (Hoare partition, middle pivot) on `buffer[from...]`: afterwards
    /// `buffer[rank]` holds the value a full sort would put there.
    private static func select(_ buffer: UnsafeMutableBufferPointer<Double>, _ rank: Int, from start: Int) {
        var low = start
        var high = buffer.count - 1
        while low < high {
            let pivot = buffer[low + (high - low) / 2]
            var i = low
            var j = high
            while i <= j {
                while buffer[i] < pivot { i += 1 }
                while buffer[j] > pivot { j -= 1 }
                if i <= j {
                    buffer.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if rank <= j {
                high = j
            } else if rank >= i {
                low = i
            } else {
                return
            }
        }
    }
}
