import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// Keys go only to what the screen shows: a terminal too small for the dashboard, and the
/// whole book's metrics, which have no panes, no account and no sections.
final class KeyRoutingTests: XCTestCase {
    func testATerminalTooSmallTakesOnlyQuitUntilItGrowsAgain() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.keys(.tab, .char("j"))
        XCTAssertEqual(driver.state.selectedInitiative, dashboard.book.portal)

        driver.send(.resized(ScreenSize(width: 50, height: 15)))
        XCTAssertEqual(driver.state.keyContexts, [.tooSmall])
        let small = driver.state
        let effectsSoFar = driver.effects.count
        for key: Key in [.char("+"), .char("j"), .enter, .char("s"), .char("u"), .char("n"), .char("?"), .char("/"), .tab, .escape, .paste("q")] {
            let next = step(driver.viewModel, key: key)
            XCTAssertEqual(next.state, small, "\(key) changed the state behind the notice")
            XCTAssertEqual(next.effects, [], "\(key) asked for something behind the notice")
            driver.key(key)
        }
        XCTAssertEqual(driver.state, small)
        XCTAssertEqual(driver.effects.count, effectsSoFar)
        XCTAssertEqual(try dashboard.progress(of: dashboard.book.portal), 40, "the store is untouched")
        XCTAssertEqual(Keymap.standard.hints(for: driver.state.keyContexts).map(\.text), ["q quits"])

        for key: Key in [.char("q"), .ctrl("c")] {
            let quit = step(driver.viewModel, key: key)
            XCTAssertEqual(quit.effects, [.quit], "\(key)")
            XCTAssertTrue(quit.state.isQuitting)
        }

        driver.send(.resized(ScreenSize(width: 120, height: 40)))
        XCTAssertEqual(driver.state.keyContexts, [.initiatives, .list, .dashboard, .global])
        let plus = step(driver.viewModel, key: .char("+"))
        XCTAssertEqual(plus.effects, [.write(id: 1, .bumpProgress(initiativeID: try XCTUnwrap(dashboard.book.portal.id), by: 5))])
        driver.key(.char("+"))
        XCTAssertEqual(try dashboard.progress(of: dashboard.book.portal), 45)
    }

    func testTheLimitIsSixtyBySixteenCellsAndEighteenRows() throws {
        let dashboard = try Dashboard()
        for (size, fits) in [((59, 40), false), ((60, 17), false), ((60, 18), true), ((200, 60), true)] {
            dashboard.driver.send(.resized(ScreenSize(width: size.0, height: size.1)))
            XCTAssertEqual(dashboard.state.keyContexts == [.tooSmall], !fits, "\(size)")
        }
    }

    func testTheWholeBooksMetricsTakeNoAccountOrPaneKeys() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        let open = step(driver.viewModel, key: .char("M"))
        XCTAssertEqual(open.effects, [.load(.bookMetrics(metric: "revenue")), .load(.bookPipeline(dashboard.state.period))])
        driver.key(.char("M"))
        XCTAssertEqual(driver.state.detail?.scope, .book)
        XCTAssertEqual(driver.state.keyContexts, [.bookMetrics, .periods, .global])
        let book = driver.state

        for key: Key in [.char("l"), .char("n"), .tab, .backTab, .char("e"), .char("d"), .char("E"), .char("+"), .char("j"), .enter, .char("/")] {
            let next = step(driver.viewModel, key: key)
            XCTAssertEqual(next.state, book, "\(key) changed the whole book's view")
            XCTAssertEqual(next.effects, [], "\(key) asked for something in the whole book's view")
            XCTAssertNil(next.state.overlay, "\(key) opened a form")
        }
        let hints = Keymap.standard.hints(for: book.keyContexts)
        let hinted = Set(hints.map(\.keys))
        for key in ["Tab", "l", "n", "Enter", "e", "d"] { XCTAssertFalse(hinted.contains(key), "the book's hints offer \(key)") }
        XCTAssertFalse(hints.contains { ["log", "pane", "new", "open", "section"].contains($0.label) }, "\(hints.map(\.text))")

        // The period keys do work there, and each asks for the book's pipeline in the new period.
        let previous = step(driver.viewModel, key: .shiftLeft)
        XCTAssertEqual(previous.state.period.description, "Q3 2026")
        XCTAssertEqual(previous.effects, [.load(.bookPipeline(previous.state.period))])
        driver.keys(.shiftLeft, .char("["))
        XCTAssertEqual(driver.state.period.description, "Jul 2026", "a smaller period starts where the larger one did")
        driver.keys(.char("T"))
        XCTAssertEqual(driver.state.period.description, "Nov 2026")
        driver.key(.char("t"))
        XCTAssertTrue(driver.state.metricsAsTable)
        driver.key(.escape)
        XCTAssertNil(driver.state.detail)
    }

    /// Every state a person can reach, by the keys that reach it.
    func reachableStates() throws -> [(name: String, state: AppState)] {
        var states: [(String, AppState)] = []
        func reach(_ name: String, _ setUp: (Dashboard) throws -> Void) throws {
            let dashboard = try Dashboard()
            let acmeID = try XCTUnwrap(dashboard.book.acme.id)
            _ = try dashboard.database.apply(
                .addContact(Contact(accountID: acmeID, name: "Ada", title: "", email: "", phone: "", role: .sponsor, influence: 5,
                                    sentiment: .friendly, isMainContact: true)), at: BookFixture.clockTime)
            dashboard.driver.send(.changedElsewhere)
            try setUp(dashboard)
            states.append((name, dashboard.state))
        }
        try reach("accounts") { _ in }
        try reach("initiatives") { $0.driver.key(.tab) }
        try reach("just changed") { $0.driver.keys(.tab, .char("+")) }
        try reach("what changed") { $0.driver.key(.char("w")) }
        try reach("report preview") { $0.driver.key(.char("R")) }
        try reach("update preview") { $0.driver.key(.char("U")) }
        try reach("filter") { $0.driver.keys(.char("/"), .char("a")) }
        try reach("filter applied") { $0.driver.keys(.char("/"), .char("a"), .enter) }
        try reach("help") { $0.driver.key(.char("?")) }
        try reach("reading") { $0.driver.keys(.tab, .enter) }
        try reach("command line") { $0.driver.keys(.char(":"), .char("s")) }
        try reach("form") { $0.driver.key(.char("e")) }
        try reach("confirm") { $0.driver.key(.char("d")) }
        try reach("conflict") { dashboard in
            dashboard.driver.key(.char("e"))
            var renamed = dashboard.book.acme
            renamed.name = "Acme Industries"
            _ = try dashboard.database.apply(.editAccount(RecordEdit(original: dashboard.book.acme, edited: renamed)), at: BookFixture.clockTime)
            dashboard.driver.keys(.tab, .char("x"), .enter)
        }
        for (index, section) in DetailSection.allCases.enumerated() {
            try reach("detail \(section)") { dashboard in
                dashboard.driver.key(.enter)
                for _ in 0..<index { dashboard.driver.key(.tab) }
            }
        }
        try reach("book metrics") { $0.driver.key(.char("M")) }
        try reach("agenda") { $0.driver.key(.char("a")) }
        try reach("agenda snooze choice") { $0.driver.keys(.char("a"), .char("z")) }
        try reach("kpi strip") { $0.driver.key(.char("K")) }
        try reach("too small") { $0.driver.send(.resized(ScreenSize(width: 40, height: 10))) }
        return states
    }

    func testEveryHintShownResolvesToACommandWhereItIsShown() throws {
        let keymap = Keymap.standard
        let states = try reachableStates()
        XCTAssertEqual(Set(states.flatMap(\.state.keyContexts)), Set(KeyContext.allCases), "some context is never reached")
        for (name, state) in states {
            let contexts = state.keyContexts
            let hints = keymap.hints(for: contexts)
            XCTAssertFalse(hints.isEmpty, name)
            for hint in hints {
                let shown = contexts.flatMap(keymap.bindings(in:)).filter { $0.hint == hint.label }
                    .flatMap { binding in binding.keys.filter { hint.keys.contains($0.displayName) }.map { (key: $0, command: binding.command) } }
                XCTAssertFalse(shown.isEmpty, "\(name): no binding gives the hint \(hint.text)")
                for (key, command) in shown {
                    XCTAssertNotNil(keymap.command(for: key, in: contexts), "\(name): \(hint.text) does nothing")
                    XCTAssertEqual(keymap.command(for: key, in: contexts), command, "\(name): \(hint.text) does something else")
                }
            }
        }
    }
}
