import RapportCore
import RapportViewModel

/// The book's KPIs in one band of tiles under the header.
struct KPIStrip {
    let kpis: PortfolioKPIs
    /// The figure `K` put the keys on: drawn selected.
    var focus: BookList? = nil

    /// `role`, or the selection's when `list` has the focus.
    private func role(_ role: ThemeRole, for list: BookList) -> ThemeRole { focus == list ? .selection : role }

    static let height = 3

    static let contactSymbol = "✉"

    /// What the strip's symbols mean, for help (built from the same symbols the tiles draw).
    static let legend: [LegendEntry] = [
        LegendEntry(Format.healthSymbols, "KPIs: accounts whose health is good, watch, at risk"),
        LegendEntry(contactSymbol, "KPIs: accounts to contact — past their stay-in-touch cadence or follow-up date"),
        LegendEntry(
            [Format.statusSymbol(.atRisk), Format.statusSymbol(.blocked), Format.lateMark].joined(separator: " "),
            "KPIs: initiatives at risk, blocked, late (past their due date)"),
    ]

    var tiles: [KPITile] {
        let attainment = kpis.quarterAttainmentPercent
        let attainmentRole: ThemeRole = {
            guard let attainment else { return .textDim }
            return attainment >= 90 ? .kpiGood : attainment >= 60 ? .kpiWarn : .kpiBad
        }()
        return [
            KPITile(
                label: "Book ARR", value: [.init(kpis.annualRecurringRevenue.compact, .kpiValue)],
                detail: [.init("\(kpis.accountCount) accounts", .textDim)]),
            KPITile(
                label: "\(kpis.quarterLabel) QTD",
                value: [.init(kpis.quarterToDateRevenue.compact, .kpiValue), .init(" / \(kpis.quarterTarget.compact)", .textDim)],
                detail: [.init(Format.percent(attainment), attainmentRole), .init(" of target", .textDim)]),
            KPITile(
                label: "Health",
                value: [
                    .init("\(Format.healthSymbol(.good))\(kpis.health[.good] ?? 0) ", .healthGood),
                    .init("\(Format.healthSymbol(.watch))\(kpis.health[.watch] ?? 0) ", .healthWatch),
                    .init("\(Format.healthSymbol(.atRisk))\(kpis.health[.atRisk] ?? 0)", .healthAtRisk),
                ],
                detail: kpis.needingContact > 0
                    ? [.init("\(Self.contactSymbol)\(kpis.needingContact) to contact", role(.kpiWarn, for: .toContact))]
                    : [.init(focus == .toContact ? "\(Self.contactSymbol)0 to contact" : "ok·watch·risk", role(.textDim, for: .toContact))]),
            KPITile(
                label: "Initiatives",
                value: [
                    .init("\(Format.statusSymbol(.atRisk))\(kpis.initiatives.atRisk)", role(.statusAtRisk, for: .atRisk)), .init(" ", .textDim),
                    .init("\(Format.statusSymbol(.blocked))\(kpis.initiatives.blocked)", role(.statusBlocked, for: .blocked)), .init(" ", .textDim),
                    .init("\(Format.lateMark)\(kpis.initiatives.overdue)", role(.overdue, for: .late)),
                ],
                detail: [.init("risk·blkd·late", .textDim)]),
            KPITile(
                label: "Renewals 90d",
                // Lapsed renewals are outside the next 90 days but more urgent than any in them:
                // counted beside them, in the alarming style, rather than left out.
                value: [.init("\(kpis.renewalsWithin90Days)", role(kpis.renewalsWithin90Days > 0 ? .kpiWarn : .kpiValue, for: .renewals))]
                    + (kpis.lapsedRenewals > 0 ? [.init("  \(kpis.lapsedRenewals) lapsed", .overdue)] : []),
                detail: [.init("\(kpis.renewalRevenueWithin90Days.compact) ARR", .textDim)]),
        ]
    }

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        guard !area.isEmpty else { return }
        let tiles = tiles
        // The tiles' columns come from the geometry a click is mapped with.
        let parts = DashboardGeometry.kpiTileColumns(width: area.width).map { Rect(x: area.x + $0.lowerBound, y: area.y, width: $0.count, height: area.height) }
        for (index, (tile, part)) in zip(tiles, parts).enumerated() {
            // A thin separator between tiles; the first tile starts at the edge.
            let inset = DashboardGeometry.kpiTileTextInset(tile: index)
            let inner = Rect(x: part.x + inset, y: part.y, width: part.width - inset - 1, height: part.height)
            if index > 0 {
                for row in 0..<part.height { buffer.write("│", x: part.x, y: part.y + row, style: theme[.paneBorder]) }
            }
            tile.render(in: inner, into: &buffer, theme: theme)
        }
    }
}
