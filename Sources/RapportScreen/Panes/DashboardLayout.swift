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
        statusBar = Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1)
        isSideBySide = geometry.isSideBySide
        // The panes' cells come from the geometry, which a mouse click is mapped with too.
        func rect(_ frame: ScreenFrame) -> Rect { Rect(x: area.x + frame.x, y: area.y + frame.y, width: frame.width, height: frame.height) }
        accounts = rect(geometry.frame(of: .accounts))
        initiatives = rect(geometry.frame(of: .initiatives))
        if isSideBySide {
            summary = Rect(x: initiatives.x, y: initiatives.maxY, width: initiatives.width, height: geometry.summaryHeight)
        } else {
            summary = Rect(x: area.x, y: accounts.maxY, width: area.width, height: geometry.summaryHeight)
        }
    }
}
