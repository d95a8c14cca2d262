import RapportCore

/// Where the KPI strip's tiles sit, so the screen draws them there and a click is mapped with
/// the same columns.
extension DashboardGeometry {
    /// The strip's first row: under the header and the gap.
    public var kpiTop: Int { 1 + gap }

    /// Each tile's columns across a strip `width` wide, left to right: Book ARR, the quarter,
    /// Health, Initiatives, Renewals. The first and last figures are short; the middle three
    /// share the rest, the last of them taking what does not divide evenly.
    public static func kpiTileColumns(width: Int) -> [Range<Int>] {
        var sizes = [min(18, max(13, width / 7)), 0, 0, 0, min(18, max(15, width / 7))]
        // Too narrow for both ends: the last gives way first.
        var excess = sizes.reduce(0, +) - width
        for index in sizes.indices.reversed() where excess > 0 {
            let cut = min(sizes[index], excess)
            sizes[index] -= cut
            excess -= cut
        }
        let spare = max(0, width - sizes.reduce(0, +))
        let share = spare / 3
        sizes[1] = share
        sizes[2] = share
        sizes[3] = spare - 2 * share
        var start = 0
        return sizes.map { size in
            defer { start += size }
            return start..<(start + size)
        }
    }

    /// A tile's text starts this many columns into it: the first after a margin, the others
    /// after their separator and a space.
    public static func kpiTileTextInset(tile index: Int) -> Int { index == 0 ? 1 : 2 }

    /// The Initiatives tile's figures ("▲3 ■1 !2": a one-column symbol, the count, a space
    /// between), as columns from the tile's text start, with the list each opens.
    public static func initiativeFigures(_ counts: InitiativeCounts) -> [(list: BookList, columns: Range<Int>)] {
        var start = 0
        return [(BookList.atRisk, counts.atRisk), (.blocked, counts.blocked), (.late, counts.overdue)].map { list, count in
            let width = 1 + String(count).count
            defer { start += width + 1 }
            return (list, start..<(start + width))
        }
    }

    /// The list a click at (`column`, `row`) on the KPI strip opens: the Health tile's
    /// accounts to contact, the Initiatives tile's figure under the pointer, the renewals.
    public func kpiList(atColumn column: Int, row: Int, kpis: PortfolioKPIs) -> BookList? {
        guard (kpiTop..<(kpiTop + Self.kpiHeight)).contains(row) else { return nil }
        let tiles = Self.kpiTileColumns(width: size.width)
        guard let index = tiles.firstIndex(where: { $0.contains(column) }) else { return nil }
        switch index {
        case 2: return .toContact
        case 3:
            let offset = column - tiles[index].lowerBound - Self.kpiTileTextInset(tile: index)
            // Only the figures' line tells them apart; the tile's other lines open the first.
            guard row == kpiTop + 1 else { return .atRisk }
            return Self.initiativeFigures(kpis.initiatives).first { $0.columns.contains(offset) }?.list
        case 4: return .renewals
        default: return nil
        }
    }
}
