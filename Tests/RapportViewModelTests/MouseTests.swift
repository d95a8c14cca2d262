import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// A click selects the row under it and focuses its pane, or switches to the tab under it; the
/// wheel moves three rows in the list under the pointer; a click on nothing does nothing.
final class MouseTests: XCTestCase {
    /// On the tests' 120×40 screen: header, gap, 3 KPI rows, then the panes from row 5; the
    /// accounts' border and table header put their first row at 7.
    private func click(_ column: Int, _ row: Int) -> Event { .mouse(MouseEvent(column: column, row: row, action: .click), shown: ShownLists()) }

    func testClickOnTheThirdAccountRowSelectsIt() throws {
        let dashboard = try Dashboard()
        let geometry = dashboard.state.geometry
        XCTAssertEqual(geometry.frame(of: .accounts).y, 5)
        dashboard.driver.key(.tab)
        var expected = dashboard.state
        let clicked = step(dashboard.viewModel, click(3, 9))
        expected.pane = .accounts
        expected.accounts.selected = 2
        expected.focused = FocusedAccount()
        expected.focused.accountID = dashboard.state.accounts.entries[2].id
        XCTAssertEqual(clicked.state, expected)
        XCTAssertEqual(clicked.effects, [.load(.accountFocus(accountID: dashboard.state.accounts.entries[2].id))])
    }

    func testAClickOnAKPIFigureOpensItsList() throws {
        // At 120 columns the tiles start at 0, 17, 45, 73 and 103; the KPI rows are 2 to 4. The
        // Initiatives tile's text starts at 75: "▲1 ■1 !1".
        let dashboard = try Dashboard()
        XCTAssertEqual(DashboardGeometry.kpiTileColumns(width: 120), [0..<17, 17..<45, 45..<73, 73..<103, 103..<120])
        var expected = dashboard.state
        let blocked = step(dashboard.viewModel, click(78, 3))
        expected.agenda = AgendaModel(list: .blocked)
        XCTAssertEqual(blocked.state, expected)
        XCTAssertEqual(blocked.effects, [.load(.bookList(.blocked, limit: AgendaModel.limit, coefficients: dashboard.state.agendaCoefficients))])
        for (column, row, list) in [(75, 3, BookList.atRisk), (76, 3, .atRisk), (79, 3, .blocked), (81, 3, .late), (82, 3, .late), (90, 2, .atRisk),
                                    (50, 4, .toContact), (110, 2, .renewals), (119, 4, .renewals)] {
            XCTAssertEqual(step(dashboard.viewModel, click(column, row)).state.agenda?.list, list, "(\(column), \(row))")
        }
        // Between the figures, on the tiles without a list, and under the strip: nothing opens
        for (column, row) in [(77, 3), (80, 3), (83, 3), (5, 3), (30, 3), (110, 1)] {
            XCTAssertNil(step(dashboard.viewModel, click(column, row)).state.agenda, "(\(column), \(row))")
        }
        // A click while an account is open in detail does not reach the strip
        dashboard.driver.key(.enter)
        XCTAssertNil(step(dashboard.viewModel, click(78, 3)).state.agenda)
    }

    func testClickMapsThroughTheScrolledTop() throws {
        let dashboard = try Dashboard()
        let ids = dashboard.state.accounts.entries.map(\.id)
        let shown = ShownLists(tops: [.accounts: ids[1]])
        let clicked = step(dashboard.viewModel, .mouse(MouseEvent(column: 3, row: 7, action: .click), shown: shown))
        XCTAssertEqual(clicked.state.accounts.selected, 1, "the first line shows the second account")
    }

    func testClickOnAnInitiativeRowFocusesThePane() throws {
        let dashboard = try Dashboard()
        XCTAssertEqual(dashboard.state.focused.initiatives.count, 2, "Acme's two initiatives")
        let frame = dashboard.state.geometry.frame(of: .initiatives)
        var expected = dashboard.state
        let clicked = step(dashboard.viewModel, click(frame.x + 4, frame.y + 3))
        expected.pane = .initiatives
        expected.focused.initiativeSelected = 1
        XCTAssertEqual(clicked.state, expected)
        XCTAssertEqual(clicked.effects, [])
    }

    func testClickOnAPaneBorderOnlyFocusesIt() throws {
        let dashboard = try Dashboard()
        let frame = dashboard.state.geometry.frame(of: .initiatives)
        var expected = dashboard.state
        expected.pane = .initiatives
        XCTAssertEqual(step(dashboard.viewModel, click(frame.x + 4, frame.y)).state, expected)
    }

    func testClickOnNothingDoesNothing() throws {
        let dashboard = try Dashboard()
        let before = dashboard.state
        for event in [click(3, 0), click(3, 2), click(3, 7 + 4)] {
            let result = step(dashboard.viewModel, event)
            XCTAssertEqual(result.state, before, "\(event)")
            XCTAssertEqual(result.effects, [])
        }
    }

    func testOverlaysAndTheTooSmallNoticeTakeNoClicks() throws {
        let dashboard = try Dashboard()
        dashboard.driver.key(.char("?"))
        let help = dashboard.state
        XCTAssertEqual(step(dashboard.viewModel, click(3, 9)).state, help)
        dashboard.driver.key(.escape)
        dashboard.driver.send(.resized(ScreenSize(width: 40, height: 10)))
        let small = dashboard.state
        XCTAssertEqual(step(dashboard.viewModel, click(3, 9)).state, small)
    }

    func testWheelMovesThreeRowsInTheListUnderThePointer() throws {
        let dashboard = try Dashboard()
        let down = MouseEvent(column: 3, row: 10, action: .wheelDown)
        dashboard.driver.send(.mouse(down, shown: ShownLists()))
        XCTAssertEqual(dashboard.state.accounts.selected, 3)
        dashboard.driver.send(.mouse(MouseEvent(column: 3, row: 10, action: .wheelUp), shown: ShownLists()))
        XCTAssertEqual(dashboard.state.accounts.selected, 0)
    }

    func testClickOnASectionTabSwitchesToIt() throws {
        let dashboard = try Dashboard()
        dashboard.driver.key(.enter)
        let strip = DetailTabStrip(width: 120, current: .overview)
        let pipeline = try XCTUnwrap(strip.tabs.first { $0.section == .pipeline })
        var expected = dashboard.state
        let clicked = step(dashboard.viewModel, click(pipeline.x + 1, DashboardGeometry.detailTabRow))
        expected.detail?.section = .pipeline
        XCTAssertEqual(clicked.state, expected)
        // Between tabs, or on another row: nothing.
        XCTAssertEqual(step(dashboard.viewModel, click(pipeline.x - 2, DashboardGeometry.detailTabRow)).state, dashboard.state)
        XCTAssertEqual(step(dashboard.viewModel, click(pipeline.x + 1, DashboardGeometry.detailTabRow + 1)).state, dashboard.state)
    }
}
