import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// Moving through the accounts list, one reducer step at a time: the whole next state and the
/// exact reads asked for.
final class ListNavigationTests: XCTestCase {
    func testStartReadsTheKPIsAndTheTopOfTheListThenFocusesTheFirstAccount() throws {
        let book = try BookFixture()
        var viewModel = ViewModel(storeName: "test.sqlite", today: BookFixture.today)
        let first = AccountPageRequest(sort: .name, anchor: .first, limit: standardPageLimit)
        XCTAssertEqual(viewModel.start(), [.load(.kpis), .load(.accountPage(first))])

        XCTAssertEqual(viewModel.send(try book.database.reply(to: .kpis)), [])
        let acmeID = try XCTUnwrap(book.acme.id)
        XCTAssertEqual(viewModel.send(try book.database.reply(to: .accountPage(first))), [.load(.accountFocus(accountID: acmeID))])
        XCTAssertEqual(viewModel.send(try book.database.reply(to: .accountFocus(accountID: acmeID))), [])

        var expected = AppState(storeName: "test.sqlite", today: BookFixture.today, calendar: FiscalCalendar())
        expected.kpis = try book.database.kpis()
        let page = try book.database.accountPage(first)
        expected.accounts.entries = page.entries
        expected.accounts.totalCount = 4
        expected.accounts.isLoaded = true
        expected.focused.accountID = acmeID
        expected.focused.data = try book.database.accountFocus(accountID: acmeID)
        XCTAssertEqual(viewModel.state, expected)
        XCTAssertEqual(viewModel.state.accountNames, ["Acme Corp", "Bluefin Analytics", "Cedar Health", "Müller Präzision GmbH"])
        XCTAssertEqual(viewModel.state.focused.initiatives, [book.migration, book.portal], "soonest due first")
        XCTAssertEqual(viewModel.state.focused.overview?.account, book.acme)
        XCTAssertEqual(viewModel.state.focused.data?.revenueTrend.changePercent, 0)
        XCTAssertEqual(viewModel.state.kpis.accountCount, 4)
    }

    func testJMovesToTheNextAccountAndAsksForItsFocus() throws {
        let dashboard = try Dashboard()
        let before = dashboard.state
        let next = step(dashboard.viewModel, key: .char("j"))
        let bluefinID = try XCTUnwrap(dashboard.book.bluefin.id)
        var expected = before
        expected.accounts.selected = 1
        expected.focused = FocusedAccount()
        expected.focused.accountID = bluefinID
        XCTAssertEqual(next.state, expected)
        XCTAssertEqual(next.effects, [.load(.accountFocus(accountID: bluefinID))], "the whole list is loaded: no page to read")

        dashboard.driver.key(.char("j"))
        XCTAssertEqual(dashboard.state.focused.initiatives, [dashboard.book.roadmap])
        XCTAssertEqual(dashboard.state.focused.overview?.account, dashboard.book.bluefin)
    }

    /// A window of two rows out of four: the list reads on as the cursor reaches its end.
    func testJOnTheLastLoadedRowAsksForThePageAfterIt() throws {
        let book = try BookFixture()
        var viewModel = ViewModel(storeName: "test.sqlite", today: BookFixture.today)
        let twoRows = AccountPageRequest(sort: .name, anchor: .first, limit: 2)
        let acmeID = try XCTUnwrap(book.acme.id)
        let bluefinID = try XCTUnwrap(book.bluefin.id)
        XCTAssertEqual(viewModel.send(try book.database.reply(to: .accountPage(twoRows))), [.load(.accountFocus(accountID: acmeID))])
        XCTAssertEqual(viewModel.state.accountNames, ["Acme Corp", "Bluefin Analytics"])
        XCTAssertFalse(viewModel.state.accounts.reachesEnd)
        let lastKey = try XCTUnwrap(viewModel.state.accounts.entries.last?.key)

        let before = viewModel.state
        let next = step(viewModel, key: .char("j"))
        var expected = before
        expected.accounts.selected = 1
        expected.focused = FocusedAccount()
        expected.focused.accountID = bluefinID
        XCTAssertEqual(next.state, expected)
        let after = AccountPageRequest(sort: .name, anchor: .after(lastKey), limit: standardPageLimit)
        XCTAssertEqual(next.effects, [.load(.accountPage(after)), .load(.accountFocus(accountID: bluefinID))])

        // The page arrives: appended, the cursor stays on Bluefin, the end is reached.
        _ = viewModel.send(.key(.char("j")))
        XCTAssertEqual(viewModel.send(try book.database.reply(to: .accountPage(after))), [])
        XCTAssertEqual(viewModel.state.accountNames, ["Acme Corp", "Bluefin Analytics", "Cedar Health", "Müller Präzision GmbH"])
        XCTAssertEqual(viewModel.state.accounts.selectedID, bluefinID)
        XCTAssertTrue(viewModel.state.accounts.reachesEnd)
        XCTAssertEqual(step(viewModel, key: .char("j")).effects, [.load(.accountFocus(accountID: try XCTUnwrap(book.cedar.id)))])
    }

    func testGAndShiftGReadTheEndsThatAreNotLoaded() throws {
        let book = try BookFixture()
        var viewModel = ViewModel(storeName: "test.sqlite", today: BookFixture.today)
        let twoRows = AccountPageRequest(sort: .name, anchor: .first, limit: 2)
        _ = viewModel.send(try book.database.reply(to: .accountPage(twoRows)))

        let bottom = step(viewModel, key: .char("G"))
        XCTAssertEqual(bottom.state, viewModel.state, "the cursor waits for the last page")
        let last = AccountPageRequest(sort: .name, anchor: .last, limit: standardPageLimit)
        XCTAssertEqual(bottom.effects, [.load(.accountPage(last))])
        _ = viewModel.send(.key(.char("G")))
        XCTAssertEqual(viewModel.send(try book.database.reply(to: .accountPage(last))), [.load(.accountFocus(accountID: try XCTUnwrap(book.muller.id)))])
        XCTAssertEqual(viewModel.state.accounts.selectedEntry?.summary.name, "Müller Präzision GmbH")

        // A window that starts in the middle: g reads the top.
        var fromBottom = ViewModel(storeName: "test.sqlite", today: BookFixture.today)
        let lastTwo = AccountPageRequest(sort: .name, anchor: .last, limit: 2)
        _ = fromBottom.send(try book.database.reply(to: .accountPage(lastTwo)))
        XCTAssertEqual(fromBottom.state.accountNames, ["Cedar Health", "Müller Präzision GmbH"])
        XCTAssertEqual(fromBottom.state.accounts.selected, 1)
        let top = step(fromBottom, key: .char("g"))
        XCTAssertEqual(top.state, fromBottom.state)
        XCTAssertEqual(top.effects, [.load(.accountPage(AccountPageRequest(sort: .name, anchor: .first, limit: standardPageLimit)))])
    }

    func testAPageIsTwoScreensOfTheListAndTheNextIsReadWithinAScreenOfItsEnd() throws {
        // Given a book of 100 accounts on a screen 18 rows high, side by side: ten list rows, so pages of 20
        let path = try temporaryDirectory(self).appendingPathComponent("store.sqlite").path
        let database = try AppDatabase.open(path: path, basis: SummaryBasis(today: BookFixture.today))
        defer { try? database.close() }
        try database.writeDemoBook(DemoBook(seed: 3, accountCount: 100, today: BookFixture.today))
        let driver = Driver(database: database, storeName: "store.sqlite", today: BookFixture.today, screen: ScreenSize(width: 160, height: 18))
        XCTAssertEqual(driver.state.accounts.pageLimit, 20)
        XCTAssertEqual(driver.state.accounts.entries.count, 20, "the first frame reads two screens, not the book")
        // When the cursor is still more than a screen from the loaded end, a move reads nothing more
        for _ in 0..<9 { driver.key(.char("j")) }
        XCTAssertEqual(driver.state.accounts.entries.count, 20)
        // And the move that brings it within a screen reads the next page
        let lastKey = try XCTUnwrap(driver.state.accounts.entries.last?.key)
        let next = step(driver.viewModel, key: .char("j"))
        XCTAssertEqual(next.effects.first, .load(.accountPage(AccountPageRequest(sort: .name, anchor: .after(lastKey), limit: 20))))
        driver.key(.char("j"))
        XCTAssertEqual(driver.state.accounts.entries.count, 40)
        // A taller screen reads bigger pages; a filter typed there reads one of them
        driver.send(.resized(ScreenSize(width: 120, height: 40)))
        XCTAssertEqual(driver.state.accounts.pageLimit, standardPageLimit)
        driver.keys(.char("/"), .char("a"))
        XCTAssertEqual(driver.state.accounts.entries.count, min(standardPageLimit, driver.state.accounts.totalCount))
    }

    func testMovingStopsAtBothEndsOfALoadedList() throws {
        let dashboard = try Dashboard()
        let start = dashboard.state
        let up = step(dashboard.viewModel, key: .char("k"))
        XCTAssertEqual(up.state, start)
        XCTAssertEqual(up.effects, [])

        dashboard.driver.key(.char("G"))
        XCTAssertEqual(dashboard.state.accounts.selected, 3)
        XCTAssertEqual(dashboard.state.focused.overview?.account.name, "Müller Präzision GmbH")
        let atBottom = dashboard.state
        for key: Key in [.char("j"), .down, .pageDown, .end, .char("G")] {
            let next = step(dashboard.viewModel, key: key)
            XCTAssertEqual(next.state, atBottom, "\(key)")
            XCTAssertEqual(next.effects, [], "\(key)")
        }
        dashboard.driver.key(.char("g"))
        XCTAssertEqual(dashboard.state, start)
    }

    func testPageKeysMoveAScreenfulAndStopAtTheEnds() throws {
        // 18 rows high, side by side: ten account rows, more than the book has.
        let dashboard = try Dashboard(screen: ScreenSize(width: 160, height: 18))
        XCTAssertEqual(dashboard.state.geometry.accountRows(showsFilterLine: false), 10)
        dashboard.driver.key(.pageDown)
        XCTAssertEqual(dashboard.state.accounts.selected, 3)
        dashboard.driver.key(.ctrl("b"))
        XCTAssertEqual(dashboard.state.accounts.selected, 0)
        dashboard.driver.key(.ctrl("f"))
        XCTAssertEqual(dashboard.state.accounts.selectedEntry?.summary.name, "Müller Präzision GmbH")
        dashboard.driver.key(.pageUp)
        XCTAssertEqual(dashboard.state.focused.overview?.account, dashboard.book.acme)
    }

    func testTabMovesToTheInitiativesWhereListKeysMoveThem() throws {
        let dashboard = try Dashboard()
        var expected = dashboard.state
        let tab = step(dashboard.viewModel, key: .tab)
        expected.pane = .initiatives
        XCTAssertEqual(tab.state, expected)
        XCTAssertEqual(tab.effects, [])
        dashboard.driver.key(.tab)

        dashboard.driver.key(.char("j"))
        expected.focused.initiativeSelected = 1
        XCTAssertEqual(dashboard.state, expected)
        XCTAssertEqual(dashboard.state.selectedInitiative, dashboard.book.portal)
        dashboard.driver.key(.char("j"))
        XCTAssertEqual(dashboard.state, expected, "only two initiatives")
        dashboard.driver.key(.char("g"))
        XCTAssertEqual(dashboard.state.focused.initiativeSelected, 0)
        dashboard.driver.key(.char("G"))
        XCTAssertEqual(dashboard.state.focused.initiativeSelected, 1)

        dashboard.driver.key(.backTab)
        expected.pane = .accounts
        XCTAssertEqual(dashboard.state, expected)
        dashboard.driver.key(.tab)
        dashboard.driver.key(.escape)
        XCTAssertEqual(dashboard.state.pane, .accounts, "Esc in the initiatives pane goes back to the accounts")
    }

    func testHelpOpensClosesAndSwallowsOtherKeys() throws {
        let dashboard = try Dashboard()
        var expected = dashboard.state
        dashboard.driver.key(.char("?"))
        expected.overlay = .help
        XCTAssertEqual(dashboard.state, expected)
        XCTAssertEqual(dashboard.state.keyContexts, [.help])
        for key: Key in [.char("o"), .char("n"), .tab, .enter, .char("u"), .paste("q")] {
            let next = step(dashboard.viewModel, key: key)
            XCTAssertEqual(next.state, expected, "\(key)")
            XCTAssertEqual(next.effects, [], "\(key)")
        }
        var scrolled = expected
        scrolled.overlayScroll.top = 1
        XCTAssertEqual(step(dashboard.viewModel, key: .char("j")).state, scrolled, "j scrolls help, and moves nothing under it")
        dashboard.driver.key(.escape)
        expected.overlay = nil
        XCTAssertEqual(dashboard.state, expected)
        dashboard.driver.keys(.char("?"), .char("?"))
        XCTAssertEqual(dashboard.state, expected)
        dashboard.driver.keys(.char("?"), .char("q"))
        XCTAssertEqual(dashboard.state, expected, "q closes help rather than quitting")
        XCTAssertFalse(dashboard.driver.quit)
    }

    func testQAndCtrlCQuit() throws {
        let dashboard = try Dashboard()
        for key: Key in [.char("q"), .ctrl("c")] {
            var expected = dashboard.state
            let next = step(dashboard.viewModel, key: key)
            expected.isQuitting = true
            XCTAssertEqual(next.state, expected)
            XCTAssertEqual(next.effects, [.quit])
        }
    }

    func testAnEmptyBookSaysHowToStart() throws {
        let database = try AppDatabase.inMemory(basis: SummaryBasis(today: BookFixture.today))
        let driver = Driver(database: database, storeName: "new.sqlite", today: BookFixture.today)
        var expected = AppState(storeName: "new.sqlite", today: BookFixture.today, calendar: FiscalCalendar())
        expected.kpis = try database.kpis()
        expected.accounts.isLoaded = true
        expected.message = StatusMessage("Empty book — see the hint to get started", kind: .info)
        XCTAssertEqual(driver.state, expected)
        XCTAssertTrue(driver.state.isBookEmpty)
        driver.keys(.char("j"), .tab, .char("+"))
        XCTAssertEqual(driver.state.message, StatusMessage("No initiative selected", kind: .info))
        driver.keys(.backTab, .enter)
        XCTAssertNil(driver.state.detail)
        XCTAssertEqual(driver.state.message, StatusMessage("No account selected", kind: .info))
        XCTAssertFalse(driver.effects.contains { if case .write = $0 { return true } else { return false } })
    }
}
