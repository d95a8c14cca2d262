/// Splits a rectangle into parts by constraints, as ratatui's layout does (simplified):
/// fixed lengths and percentages first, then minimums, then `fill` parts share what is left.
public enum Layout {
    public enum Direction: Sendable { case horizontal, vertical }

    public enum Constraint: Hashable, Sendable {
        case length(Int)
        case percent(Int)
        case min(Int)
        case fill
    }

    public static func split(_ area: Rect, _ direction: Direction, _ constraints: [Constraint]) -> [Rect] {
        let total = direction == .horizontal ? area.width : area.height
        var sizes = constraints.map { constraint -> Int in
            switch constraint {
            case .length(let value): return Swift.max(0, value)
            case .percent(let value): return total * Swift.max(0, Swift.min(100, value)) / 100
            case .min(let value): return Swift.max(0, value)
            case .fill: return 0
            }
        }
        var used = sizes.reduce(0, +)
        // Too little room: shrink from the last part backwards.
        var index = sizes.count - 1
        while used > total && index >= 0 {
            let cut = Swift.min(sizes[index], used - total)
            sizes[index] -= cut
            used -= cut
            index -= 1
        }
        let growable = constraints.indices.filter { constraints[$0] == .fill || isMin(constraints[$0]) }
        let fills = growable.filter { constraints[$0] == .fill }
        let receivers = fills.isEmpty ? growable : fills
        var spare = total - used
        if !receivers.isEmpty && spare > 0 {
            let share = spare / receivers.count
            for (position, receiver) in receivers.enumerated() {
                let extra = position == receivers.count - 1 ? spare : share
                sizes[receiver] += extra
                spare -= extra
            }
        }
        var offset = direction == .horizontal ? area.x : area.y
        return sizes.map { size in
            defer { offset += size }
            switch direction {
            case .horizontal: return Rect(x: offset, y: area.y, width: size, height: area.height)
            case .vertical: return Rect(x: area.x, y: offset, width: area.width, height: size)
            }
        }
    }

    private static func isMin(_ constraint: Constraint) -> Bool {
        if case .min = constraint { return true }
        return false
    }
}
