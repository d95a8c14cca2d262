import RapportViewModel

/// Where each part of the dashboard goes: the rows come from the view model's
/// `DashboardGeometry` (so paging and drawing agree), the columns are split here.
public struct DashboardLayout: Equatable, Sendable {
    public let header: Rect
    public let kpis: Rect
    public let accounts: Rect
    public let initiatives: Rect
    /// The full account summary (side by side) or its one-line form (stacked).
    public let summary: Rect
    public let isSideBySide: Bool
    public let statusBar: Rect

    public static func fits(width: Int, height: Int) -> Bool {
        width >= DashboardGeometry.minimumWidth && height >= DashboardGeometry.minimumHeight
    }

    public init(area: Rect, geometry: DashboardGeometry) {
        header = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        kpis = Rect(x: area.x, y: header.maxY + geometry.gap, width: area.width, height: DashboardGeometry.kpiHeight)
        let bodyTop = kpis.maxY
        statusBar = Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1)
        isSideBySide = geometry.isSideBySide
        if isSideBySide {
            let columns = Layout.split(
                Rect(x: area.x, y: bodyTop, width: area.width, height: geometry.bodyHeight), .horizontal, [.percent(48), .fill])
            accounts = columns[0]
            initiatives = Rect(x: columns[1].x, y: bodyTop, width: columns[1].width, height: geometry.initiativesHeight)
            summary = Rect(x: columns[1].x, y: initiatives.maxY, width: columns[1].width, height: geometry.summaryHeight)
        } else {
            accounts = Rect(x: area.x, y: bodyTop, width: area.width, height: geometry.accountsHeight)
            summary = Rect(x: area.x, y: accounts.maxY, width: area.width, height: geometry.summaryHeight)
            initiatives = Rect(x: area.x, y: summary.maxY, width: area.width, height: geometry.initiativesHeight)
        }
    }
}
