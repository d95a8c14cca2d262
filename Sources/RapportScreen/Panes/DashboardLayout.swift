import RapportViewModel

/// Where each part of the dashboard goes for a terminal size. Wide terminals put the accounts
/// beside the initiatives; narrow ones stack them.
public struct DashboardLayout: Equatable, Sendable {
    public static let minimumWidth = 60
    public static let minimumHeight = 18
    /// From this width on the panes sit side by side.
    public static let sideBySideWidth = 110

    public let header: Rect
    public let kpis: Rect
    public let accounts: Rect
    public let initiatives: Rect
    /// The full account summary (side by side) or its one-line form (stacked).
    public let summary: Rect
    public let isSideBySide: Bool
    public let statusBar: Rect

    public static func fits(width: Int, height: Int) -> Bool { width >= minimumWidth && height >= minimumHeight }

    public init(area: Rect, initiativeCount: Int) {
        // A blank line under the header when there is room for it.
        let gap = area.height >= 30 ? 1 : 0
        let rows = Layout.split(area, .vertical, [.length(1), .length(KPIStrip.height + gap), .fill, .length(1)])
        header = rows[0]
        kpis = Rect(x: rows[1].x, y: rows[1].y + gap, width: rows[1].width, height: KPIStrip.height)
        statusBar = rows[3]
        let body = rows[2]
        isSideBySide = area.width >= Self.sideBySideWidth
        if isSideBySide {
            let columns = Layout.split(body, .horizontal, [.percent(52), .fill])
            accounts = columns[0]
            let right = Layout.split(columns[1], .vertical, [.percent(50), .fill])
            initiatives = right[0]
            summary = right[1]
        } else {
            // Initiatives get what they need (border, header, rows) up to 8 lines.
            let initiativeHeight = min(8, max(4, initiativeCount + 3))
            let parts = Layout.split(body, .vertical, [.min(6), .length(1), .length(initiativeHeight)])
            accounts = parts[0]
            summary = parts[1]
            initiatives = parts[2]
        }
    }

    /// List rows each pane shows, for the view model's paging and scrolling.
    public func viewport(for state: AppState) -> Viewport {
        if state.detail != nil {
            // Detail lists fill the body: header, title, tabs, border and table header aside.
            let rows = max(1, statusBar.y - header.maxY - 2 - 3)
            return Viewport(accountRows: rows, initiativeRows: rows)
        }
        return Viewport(
            accountRows: max(1, accounts.height - 2 - AccountsPane.chromeRows(for: state)),
            initiativeRows: max(1, initiatives.height - 3))
    }
}
