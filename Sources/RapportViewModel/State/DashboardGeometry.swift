/// How the dashboard shares the terminal's rows between its parts: the one place that knows,
/// so the view model pages by what the screen shows and the screen lays out the same rows.
public struct DashboardGeometry: Hashable, Sendable {
    public static let minimumWidth = 60
    public static let minimumHeight = 18
    /// From this width on the accounts sit beside the initiatives; narrower terminals stack them.
    /// Side by side, each half must still show what a stacked pane shows at 80 columns (the
    /// accounts' Industry column, the initiatives' owners and readable titles), or a wider
    /// terminal would show less than a narrow one.
    public static let sideBySideWidth = 160
    public static let kpiHeight = 3

    public let size: ScreenSize
    /// A blank line under the header when there is room for it.
    public let gap: Int
    public let isSideBySide: Bool
    /// Rows of the body (between the KPI strip and the status bar).
    public let bodyHeight: Int
    /// Rows of the accounts pane, border included.
    public let accountsHeight: Int
    /// Rows of the initiatives pane, border included.
    public let initiativesHeight: Int
    /// Rows of the account summary: half the right column side by side, one line stacked.
    public let summaryHeight: Int
    /// Side by side, the accounts' share of the width; the whole width stacked.
    public let accountsWidth: Int
    /// The first row of the body (under the header, the gap and the KPI strip).
    public var bodyTop: Int { 1 + gap + Self.kpiHeight }

    /// The heights depend on the terminal only, never on the data shown: browsing accounts with
    /// more or fewer initiatives must not move the panes (the initiatives pane scrolls instead).
    public init(size: ScreenSize) {
        self.size = size
        gap = size.height >= 30 ? 1 : 0
        bodyHeight = max(0, size.height - 1 - (Self.kpiHeight + gap) - 1)
        isSideBySide = size.width >= Self.sideBySideWidth
        if isSideBySide {
            accountsHeight = bodyHeight
            accountsWidth = size.width * 48 / 100
            initiativesHeight = bodyHeight * 50 / 100
            summaryHeight = bodyHeight - initiativesHeight
        } else {
            // A third of the body for the initiatives (border, header, rows), 4 to 12 lines,
            // leaving the accounts at least 7.
            let wanted = min(12, max(4, bodyHeight / 3))
            let initiatives = max(0, min(wanted, bodyHeight - 7))
            let summary = min(1, max(0, bodyHeight - 6))
            initiativesHeight = initiatives
            summaryHeight = summary
            accountsHeight = bodyHeight - summary - initiatives
            accountsWidth = size.width
        }
    }

    public var fits: Bool { size.width >= Self.minimumWidth && size.height >= Self.minimumHeight }

    /// Rows of the accounts list: the pane less its border, the table header and the filter line.
    public func accountRows(showsFilterLine: Bool) -> Int { max(1, accountsHeight - 2 - 1 - (showsFilterLine ? 1 : 0)) }

    public var initiativeRows: Int { max(1, initiativesHeight - 3) }

    /// Where each dashboard pane sits: the screen lays out these cells and a click is mapped
    /// with them.
    public func frame(of pane: Pane) -> ScreenFrame {
        switch (pane, isSideBySide) {
        case (.accounts, _): return ScreenFrame(x: 0, y: bodyTop, width: accountsWidth, height: accountsHeight)
        case (.initiatives, true): return ScreenFrame(x: accountsWidth, y: bodyTop, width: size.width - accountsWidth, height: initiativesHeight)
        case (.initiatives, false):
            return ScreenFrame(x: 0, y: bodyTop + accountsHeight + summaryHeight, width: size.width, height: initiativesHeight)
        }
    }

    /// Lines above a pane's first list row: its border, the filter line when shown, the table header.
    public static func listRowsTop(showsFilterLine: Bool) -> Int { 1 + (showsFilterLine ? 1 : 0) + 1 }

    /// The detail view's section tabs sit on this row, under the header and the title.
    public static let detailTabRow = 2
    /// A detail section's box starts under the tabs: its border, then its table's header, then
    /// the first row of its list.
    public static let detailSectionTop = detailTabRow + 1
    public static let detailListFirstRow = detailSectionTop + 2

    /// Rows of a detail section's list: everything between header and status bar, less the
    /// title, the tabs, the border and the table header.
    public var detailRows: Int { max(1, size.height - 2 - 2 - 3) }
}
