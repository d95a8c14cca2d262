import RapportCore
import RapportStore
import RapportViewModel
import XCTest

final class NavigationTests: XCTestCase {
    func testStartsOnTheFirstAccountByNameWithItsInitiativesLoaded() throws {
        let book = try BookFixture()
        let state = try book.makeViewModel().state
        var expected = AppState(storeName: "test.sqlite", today: BookFixture.today, calendar: FiscalCalendar())
        expected.overviews = try book.database.accountOverviews(today: BookFixture.today, calendar: FiscalCalendar())
        expected.visibleRows = [1, 3, 0, 2]  // Acme, Bluefin, Cedar, Müller
        expected.kpis = PortfolioKPIs(overviews: expected.overviews, today: BookFixture.today, calendar: FiscalCalendar())
        expected.initiatives = [book.migration, book.portal]  // soonest due first
        let window = RevenueTrend.window(today: BookFixture.today)
        expected.revenueTrend = RevenueTrend(
            points: try book.database.metricPoints(accountID: try XCTUnwrap(book.acme.id), metric: "revenue", in: window),
            today: BookFixture.today)
        XCTAssertEqual(state, expected)
        XCTAssertEqual(state.selectedOverview?.account, book.acme)
        XCTAssertEqual(state.revenueTrend?.changePercent, 0)
    }

    func testMovingDownSelectsTheNextAccountAndLoadsItsInitiatives() throws {
        let book = try BookFixture()
        let viewModel = try book.makeViewModel()
        var expected = viewModel.state
        viewModel.perform(.moveDown)
        expected.accountsList = ListPosition(selected: 1, offset: 0)
        expected.initiatives = [book.roadmap]
        expected.revenueTrend = RevenueTrend(points: [], today: BookFixture.today)
        XCTAssertEqual(viewModel.state, expected)
        XCTAssertEqual(viewModel.state.selectedOverview?.account, book.bluefin)
    }

    func testMovingStopsAtBothEnds() throws {
        let viewModel = try BookFixture().makeViewModel()
        let start = viewModel.state
        viewModel.perform(.moveUp)
        XCTAssertEqual(viewModel.state, start)
        viewModel.perform(.moveToBottom)
        XCTAssertEqual(viewModel.state.accountsList.selected, 3)
        viewModel.perform(.moveDown)
        XCTAssertEqual(viewModel.state.accountsList.selected, 3)
        XCTAssertEqual(viewModel.state.selectedOverview?.account.name, "Müller Präzision GmbH")
        viewModel.perform(.moveToTop)
        XCTAssertEqual(viewModel.state, start)
    }

    func testScrollingKeepsTheSelectionInView() throws {
        let viewModel = try BookFixture().makeViewModel()
        viewModel.perform(.setViewport(accountRows: 2, initiativeRows: 1))
        XCTAssertEqual(viewModel.state.viewport, Viewport(accountRows: 2, initiativeRows: 1))
        viewModel.perform(.moveDown)
        XCTAssertEqual(viewModel.state.accountsList, ListPosition(selected: 1, offset: 0))
        viewModel.perform(.moveDown)
        XCTAssertEqual(viewModel.state.accountsList, ListPosition(selected: 2, offset: 1))
        viewModel.perform(.pageUp)
        XCTAssertEqual(viewModel.state.accountsList, ListPosition(selected: 0, offset: 0))
        viewModel.perform(.pageDown)
        XCTAssertEqual(viewModel.state.accountsList, ListPosition(selected: 2, offset: 1))
        viewModel.perform(.pageDown)
        XCTAssertEqual(viewModel.state.accountsList, ListPosition(selected: 3, offset: 2))
    }

    func testTabMovesFocusAndListKeysThenMoveInitiatives() throws {
        let viewModel = try BookFixture().makeViewModel()
        var expected = viewModel.state
        viewModel.handle(.tab)
        expected.focus = .initiatives
        XCTAssertEqual(viewModel.state, expected)
        viewModel.handle(.char("j"))
        expected.initiativesList = ListPosition(selected: 1, offset: 0)
        XCTAssertEqual(viewModel.state, expected)
        viewModel.handle(.char("j"))
        XCTAssertEqual(viewModel.state, expected, "only two initiatives")
        viewModel.handle(.backTab)
        expected.focus = .accounts
        XCTAssertEqual(viewModel.state, expected)
        viewModel.handle(.tab)
        viewModel.handle(.escape)
        XCTAssertEqual(viewModel.state.focus, .accounts, "Esc in the initiatives pane goes back to the accounts")
    }

    func testSortCyclesAndKeepsTheSelectedAccount() throws {
        let book = try BookFixture()
        let viewModel = try book.makeViewModel()
        viewModel.perform(.moveDown)  // Bluefin
        var expected = viewModel.state
        viewModel.handle(.char("o"))
        expected.sort = .arr
        expected.visibleRows = [2, 3, 1, 0]  // Müller 400k, Bluefin 250k, Acme 100k, Cedar 50k
        expected.accountsList = ListPosition(selected: 1, offset: 0)
        expected.message = StatusMessage("Sorted by ARR ↓", kind: .info)
        XCTAssertEqual(viewModel.state, expected)

        viewModel.handle(.char("o"))
        XCTAssertEqual(viewModel.state.sort, .health)
        let healths = viewModel.state.visibleRows.map { viewModel.state.overviews[$0].health.value }
        XCTAssertEqual(healths, healths.sorted(), "worst health first")
        XCTAssertEqual(viewModel.state.selectedOverview?.account, book.bluefin)

        viewModel.handle(.char("o"))
        XCTAssertEqual(viewModel.state.sort, .renewal)
        XCTAssertEqual(viewModel.state.visibleRows, [3, 1, 2, 0], "soonest renewal first, none last")
        viewModel.handle(.char("o"))
        XCTAssertEqual(viewModel.state.sort, .name)
        XCTAssertEqual(viewModel.state.visibleRows, [1, 3, 0, 2])
        XCTAssertEqual(viewModel.state.selectedOverview?.account, book.bluefin)
    }

    func testHelpOpensClosesAndSwallowsOtherKeys() throws {
        let viewModel = try BookFixture().makeViewModel()
        var expected = viewModel.state
        viewModel.handle(.char("?"))
        expected.mode = .help
        XCTAssertEqual(viewModel.state, expected)
        viewModel.handle(.char("j"))
        viewModel.handle(.char("o"))
        XCTAssertEqual(viewModel.state, expected)
        viewModel.handle(.escape)
        expected.mode = .normal
        XCTAssertEqual(viewModel.state, expected)
        viewModel.handle(.char("?"))
        viewModel.handle(.char("?"))
        XCTAssertEqual(viewModel.state, expected)
        viewModel.handle(.char("?"))
        viewModel.handle(.char("q"))
        XCTAssertEqual(viewModel.state, expected, "q closes help rather than quitting")
    }

    func testQuit() throws {
        let viewModel = try BookFixture().makeViewModel()
        var expected = viewModel.state
        viewModel.handle(.char("q"))
        expected.shouldQuit = true
        XCTAssertEqual(viewModel.state, expected)
        let other = try BookFixture().makeViewModel()
        other.handle(.ctrl("c"))
        XCTAssertTrue(other.state.shouldQuit)
    }

    func testAnEmptyBookSaysHowToStart() throws {
        let viewModel = try ViewModel(database: try AppDatabase.inMemory(), storeName: "new.sqlite", today: BookFixture.today)
        var expected = AppState(storeName: "new.sqlite", today: BookFixture.today, calendar: FiscalCalendar())
        expected.message = StatusMessage("Empty book — see the hint to get started", kind: .info)
        XCTAssertEqual(viewModel.state, expected)
        viewModel.perform(.moveDown)
        viewModel.perform(.focusNext)
        viewModel.perform(.bumpProgress(5))
        XCTAssertEqual(viewModel.state.message, StatusMessage("No initiative selected", kind: .info))
        XCTAssertTrue(viewModel.state.isBookEmpty)
    }
}

final class DetailViewTests: XCTestCase {
    func testEnterOpensTheAccountAndEscGoesBack() throws {
        let book = try BookFixture()
        let ada = try book.database.addContact(
            Contact(accountID: try XCTUnwrap(book.acme.id), name: "Ada", title: "CFO", email: "ada@acme.example", phone: "", role: .sponsor,
                    influence: 5, sentiment: .friendly, isMainContact: true), at: BookFixture.clockTime)
        let viewModel = try book.makeViewModel()
        var expected = viewModel.state
        viewModel.handle(.enter)
        let current = BookFixture.today.yearMonth
        let revenue = try book.database.metricPoints(
            accountID: try XCTUnwrap(book.acme.id), metric: "revenue", in: MonthRange(first: current.adding(months: -60), last: current.adding(months: 24)))
        XCTAssertEqual(revenue.count, 25)
        var detail = AccountDetail(accountID: try XCTUnwrap(book.acme.id), section: .overview, contacts: [ada], points: revenue)
        detail.forecast = MonthlyForecast(points: revenue, today: BookFixture.today)
        XCTAssertNotNil(detail.forecast)
        expected.detail = detail
        XCTAssertEqual(viewModel.state, expected)
        XCTAssertEqual(viewModel.state.detail?.missingKeyRoles, [.decisionMaker, .champion])

        viewModel.handle(.tab)
        expected.detail?.section = .contacts
        XCTAssertEqual(viewModel.state, expected)
        viewModel.handle(.left)
        viewModel.handle(.left)
        expected.detail?.section = .metrics
        XCTAssertEqual(viewModel.state, expected, "sections wrap around")

        viewModel.handle(.escape)
        expected.detail = nil
        XCTAssertEqual(viewModel.state, expected)
    }

    func testProgressKeysWorkInTheDetailInitiativesSection() throws {
        let book = try BookFixture()
        let viewModel = try book.makeViewModel()
        viewModel.handle(.enter)
        for _ in 0..<3 { viewModel.handle(.tab) }
        XCTAssertEqual(viewModel.state.detail?.section, .initiatives)
        viewModel.handle(.char("j"))
        XCTAssertEqual(viewModel.state.selectedInitiative?.title, "Portal rollout")
        viewModel.handle(.char("+"))
        XCTAssertEqual(viewModel.state.selectedInitiative?.progress, 45)
        XCTAssertEqual(try book.database.initiative(id: XCTUnwrap(book.portal.id))?.progress, 45)
        viewModel.handle(.char("u"))
        XCTAssertEqual(viewModel.state.selectedInitiative?.progress, 40)
        XCTAssertEqual(viewModel.state.detail?.section, .initiatives, "undo keeps the detail view open")
    }

    func testEnterWithNoAccountSaysSo() throws {
        let viewModel = try ViewModel(database: try AppDatabase.inMemory(), storeName: "s", today: BookFixture.today)
        viewModel.handle(.enter)
        XCTAssertNil(viewModel.state.detail)
        XCTAssertEqual(viewModel.state.message, StatusMessage("No account selected", kind: .info))
    }
}

final class PeriodNavigationTests: XCTestCase {
    func testShiftArrowsStepBracketsResizeAndTReturns() throws {
        let viewModel = try BookFixture().makeViewModel()
        viewModel.handle(.enter)
        viewModel.handle(.backTab)  // the last section
        XCTAssertEqual(viewModel.state.detail?.section, .metrics)
        var expected = viewModel.state
        XCTAssertEqual(expected.period.description, "Q4 2026")
        viewModel.handle(.shiftLeft)
        expected.period = expected.period.previous
        XCTAssertEqual(viewModel.state, expected)
        XCTAssertEqual(viewModel.state.period.description, "Q3 2026")
        viewModel.handle(.char("["))
        XCTAssertEqual(viewModel.state.period.description, "Jul 2026")
        viewModel.handle(.char("["))
        XCTAssertEqual(viewModel.state.period.description, "Jul 2026", "a month is the smallest")
        viewModel.handle(.shiftRight)
        XCTAssertEqual(viewModel.state.period.description, "Aug 2026")
        viewModel.handle(.char("]"))
        viewModel.handle(.char("]"))
        XCTAssertEqual(viewModel.state.period.description, "2026")
        viewModel.handle(.shiftLeft)
        XCTAssertEqual(viewModel.state.period.description, "2025")
        viewModel.handle(.char("T"))
        XCTAssertEqual(viewModel.state.period.description, "2026")
        viewModel.handle(.char("t"))
        XCTAssertTrue(viewModel.state.metricsAsTable)
        viewModel.handle(.char("t"))
        XCTAssertFalse(viewModel.state.metricsAsTable)
    }

    func testPeriodKeysBelongToTheMetricsSectionOnly() throws {
        let viewModel = try BookFixture().makeViewModel()
        let before = viewModel.state
        viewModel.handle(.shiftLeft)
        viewModel.handle(.char("["))
        XCTAssertEqual(viewModel.state, before)
    }
}

final class BookMetricsTests: XCTestCase {
    func testMShowsTheWholeBookSummedByMonth() throws {
        let book = try BookFixture()
        // A second account with revenue, so the sum is visible.
        try book.database.saveMetricPoints([
            MetricPoint(accountID: try XCTUnwrap(book.bluefin.id), metric: "revenue", month: BookFixture.today.yearMonth.adding(months: -1), actual: 500_000, target: 600_000)
        ])
        let viewModel = try book.makeViewModel()
        viewModel.handle(.char("M"))
        let detail = try XCTUnwrap(viewModel.state.detail)
        XCTAssertTrue(detail.isBook)
        XCTAssertEqual(detail.section, .metrics)
        let october = detail.points.first { $0.month == BookFixture.today.yearMonth.adding(months: -1) }
        XCTAssertEqual(october?.actual, 1_500_000)
        XCTAssertEqual(october?.target, 1_700_000)
        XCTAssertNotNil(detail.forecast)
        viewModel.handle(.tab)
        XCTAssertEqual(viewModel.state.detail?.section, .metrics, "the book has only its metrics")
        viewModel.handle(.shiftLeft)
        XCTAssertEqual(viewModel.state.period.description, "Q3 2026")
        viewModel.handle(.escape)
        XCTAssertNil(viewModel.state.detail)
    }
}
