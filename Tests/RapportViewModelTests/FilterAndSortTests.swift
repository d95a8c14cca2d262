import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// `/` filters as you type through the store's search index (names, people, notes, the
/// timeline) and says where a row matched; `o` cycles the sort and selects the new order's
/// first row. Clearing a filter keeps the selected account.
final class FilterAndSortTests: XCTestCase {
    func testSlashStartsTypingAndEachCharacterReadsTheListAgain() throws {
        let dashboard = try Dashboard()
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        var expected = dashboard.state
        let open = step(dashboard.viewModel, key: .char("/"))
        expected.accounts.isTyping = true
        XCTAssertEqual(open.state, expected)
        XCTAssertEqual(open.effects, [])
        XCTAssertEqual(open.state.keyContexts, [.filter])

        dashboard.driver.key(.char("/"))
        let typed = step(dashboard.viewModel, key: .char("b"))
        expected.accounts.search = "b"
        XCTAssertEqual(typed.state, expected, "the rows stay until the page arrives")
        // A changed search reads its best matches from the top: one page, however many match.
        XCTAssertEqual(typed.effects, [.load(.accountPage(AccountPageRequest(sort: .name, search: "b", anchor: .first, limit: standardPageLimit)))])
        _ = acmeID
    }

    func testTypingNarrowsEnterKeepsAndEscClearsKeepingTheSelection() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.key(.char("/"))
        driver.type("blue")
        XCTAssertEqual(driver.state.accounts.search, "blue")
        XCTAssertEqual(driver.state.accountNames, ["Bluefin Analytics"])
        XCTAssertEqual(driver.state.accounts.totalCount, 1)
        XCTAssertEqual(driver.state.focused.initiatives, [dashboard.book.roadmap])
        XCTAssertTrue(driver.state.accounts.showsFilterLine)

        var expected = driver.state
        driver.key(.enter)
        expected.accounts.isTyping = false
        expected.message = StatusMessage("Filter “blue”: 1 of 4 accounts — Esc clears", kind: .info)
        XCTAssertEqual(driver.state, expected)
        XCTAssertEqual(driver.state.keyContexts.first, .accounts)

        driver.key(.escape)
        XCTAssertEqual(driver.state.accounts.search, "")
        XCTAssertEqual(driver.state.accountNames, ["Acme Corp", "Bluefin Analytics", "Cedar Health", "Müller Präzision GmbH"])
        XCTAssertEqual(driver.state.accounts.selected, 1, "still Bluefin")
        XCTAssertFalse(driver.state.accounts.showsFilterLine)

        let nothing = step(driver.viewModel, key: .escape)
        XCTAssertEqual(nothing.effects, [])
        XCTAssertEqual(nothing.state.message, StatusMessage("No filter to clear — / filters the accounts", kind: .info))
    }

    func testEscWhileTypingClearsTheFilter() throws {
        let dashboard = try Dashboard()
        dashboard.driver.key(.char("/"))
        dashboard.driver.type("cedar")
        dashboard.driver.key(.escape)
        XCTAssertFalse(dashboard.state.accounts.isTyping)
        XCTAssertEqual(dashboard.state.accounts.search, "")
        XCTAssertEqual(dashboard.state.accounts.totalCount, 4)
        XCTAssertEqual(dashboard.state.accounts.selectedEntry?.summary.name, "Cedar Health")
    }

    func testMatchesOwnFieldsIgnoringCaseAndAccentsEveryWordMustMatch() throws {
        let dashboard = try Dashboard()
        func names(for query: String) -> [String] {
            dashboard.driver.keys(.char("/"), .ctrl("u"))
            dashboard.driver.type(query)
            defer { dashboard.driver.key(.escape) }
            return dashboard.state.accountNames
        }
        XCTAssertEqual(names(for: "HEALTH"), ["Cedar Health"])
        XCTAssertEqual(names(for: "priya"), ["Bluefin Analytics"])
        XCTAssertEqual(names(for: "dach"), ["Müller Präzision GmbH"])
        XCTAssertEqual(names(for: "muller"), ["Müller Präzision GmbH"])
        XCTAssertEqual(names(for: "präz"), ["Müller Präzision GmbH"])
        XCTAssertEqual(names(for: "manufacturing"), ["Acme Corp", "Müller Präzision GmbH"])
        XCTAssertEqual(names(for: "manufacturing dana"), ["Acme Corp"], "every word must match")
        XCTAssertEqual(names(for: "na west "), ["Cedar Health"])
    }

    func testFindsAccountsThroughContactsNotesAndTheTimelineAndSaysWhere() throws {
        let dashboard = try Dashboard()
        let bluefinID = try XCTUnwrap(dashboard.book.bluefin.id)
        try dashboard.database.addContact("Grace Hopper", to: dashboard.book.cedar, role: .sponsor, main: true, email: "grace@navy.example")
        try dashboard.database.logInteraction(
            Interaction(accountID: bluefinID, kind: .meeting, date: BookFixture.today, summary: "Workshop on Kubernetes migration", nextStep: "Send slides"))
        try dashboard.database.setNotes("Prefers calls on Tuesdays", of: dashboard.book.muller)

        func search(_ query: String) -> [String: String] {
            dashboard.driver.keys(.char("/"), .ctrl("u"))
            dashboard.driver.type(query)
            defer { dashboard.driver.key(.escape) }
            var result: [String: String] = [:]
            for entry in dashboard.state.accounts.entries { result[entry.summary.name] = dashboard.state.accounts.matchLabels[entry.id] ?? "" }
            return result
        }
        XCTAssertEqual(search("hopper"), ["Cedar Health": "contact Grace Hopper"])
        XCTAssertEqual(search("navy.example"), ["Cedar Health": "contact Grace Hopper"])
        XCTAssertEqual(search("kubernetes"), ["Bluefin Analytics": "timeline 2026-11-18: Workshop on Kubernetes migration"])
        XCTAssertEqual(search("slides"), ["Bluefin Analytics": "timeline 2026-11-18: Workshop on Kubernetes migration"])
        XCTAssertEqual(search("tuesdays"), ["Müller Präzision GmbH": "notes"])
        XCTAssertEqual(search("health grace"), ["Cedar Health": "contact Grace Hopper"], "one word in the name, one in a contact")
        XCTAssertEqual(search("acme"), ["Acme Corp": ""])
        XCTAssertTrue(dashboard.state.accounts.matchLabels.isEmpty, "cleared with the filter")
    }

    func testSlashBlockedFindsTheAccountsWithABlockedInitiativeAndSaysWhichInitiative() throws {
        // Given the book: Müller's "Plant rollout" is blocked, Acme's "API migration" at risk
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.key(.char("/"))
        // When typing "blocked"
        driver.type("blocked")
        // Then the list is exactly Müller, labelled with the initiative that matched
        XCTAssertEqual(driver.state.accountNames, ["Müller Präzision GmbH"])
        XCTAssertEqual(driver.state.accounts.totalCount, 1)
        let mullerID = try XCTUnwrap(dashboard.book.muller.id)
        XCTAssertEqual(driver.state.accounts.matchLabels, [mullerID: "initiative: Plant rollout"])
        XCTAssertEqual(driver.state.accounts.selectedID, mullerID)
        XCTAssertEqual(driver.state.focused.initiatives, [dashboard.book.rollout])
        // And a title finds the accounts with such an initiative, a status word another
        driver.keys(.ctrl("u"))
        driver.type("rollout")
        XCTAssertEqual(driver.state.accountNames, ["Acme Corp", "Müller Präzision GmbH"])
        XCTAssertEqual(driver.state.accounts.matchLabels, [dashboard.book.acme.id ?? 0: "initiative: Portal rollout", mullerID: "initiative: Plant rollout"])
        driver.keys(.ctrl("u"))
        driver.type("at risk")
        XCTAssertEqual(driver.state.accountNames, ["Acme Corp"])
        XCTAssertEqual(driver.state.accounts.matchLabels, [dashboard.book.acme.id ?? 0: "initiative: API migration"])
    }

    func testBackspaceWidensAgainAndNoMatchLeavesNothingSelected() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.key(.char("/"))
        driver.type("acmex")
        XCTAssertEqual(driver.state.accountNames, [])
        XCTAssertNil(driver.state.accounts.selectedEntry)
        XCTAssertEqual(driver.state.focused, FocusedAccount())
        XCTAssertEqual(driver.state.accounts.totalCount, 0)
        driver.key(.backspace)
        XCTAssertEqual(driver.state.accounts.search, "acme")
        XCTAssertEqual(driver.state.accountNames, ["Acme Corp"])
        XCTAssertEqual(driver.state.focused.initiatives.count, 2)
        driver.key(.escape)
        XCTAssertFalse(driver.state.accounts.isTyping)
        XCTAssertEqual(driver.state.accounts.totalCount, 4)
    }

    func testControlCharactersAndHugeInputAreNotTyped() throws {
        let dashboard = try Dashboard()
        dashboard.driver.key(.char("/"))
        let before = dashboard.state
        for character: Character in ["\u{1B}", "\n", "\u{202E}"] {
            let next = step(dashboard.viewModel, .command(.filterInput(character)))
            XCTAssertEqual(next.state, before)
            XCTAssertEqual(next.effects, [])
        }
        for _ in 0..<500 { dashboard.driver.command(.filterInput("a")) }
        XCTAssertEqual(dashboard.state.accounts.search.count, 200)
    }

    func testKeysWhileTypingAreTextAndAPasteIsTypedWithoutItsLineBreaks() throws {
        let dashboard = try Dashboard()
        dashboard.driver.key(.char("/"))
        dashboard.driver.type("qjo?")
        XCTAssertEqual(dashboard.state.accounts.search, "qjo?")
        XCTAssertTrue(dashboard.state.accounts.isTyping)
        XCTAssertFalse(dashboard.state.isQuitting)
        XCTAssertEqual(dashboard.state.accounts.sort, .name)
        dashboard.driver.keys(.ctrl("u"), .paste("blue\n"))
        XCTAssertEqual(dashboard.state.accounts.search, "blue")
        XCTAssertEqual(dashboard.state.accountNames, ["Bluefin Analytics"])
        XCTAssertTrue(dashboard.state.accounts.isTyping)
    }

    func testSortCyclesAndSelectsTheFirstRowOfTheNewOrder() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.key(.char("j"))  // Bluefin
        let bluefinID = try XCTUnwrap(dashboard.book.bluefin.id)
        var expected = driver.state
        let sort = step(driver.viewModel, key: .char("o"))
        expected.accounts.sort = .arr
        expected.message = StatusMessage("Sorted by ARR ↓", kind: .info)
        XCTAssertEqual(sort.state, expected)
        XCTAssertEqual(
            sort.effects, [.load(.accountPage(AccountPageRequest(sort: .arr, search: "", anchor: .first, limit: standardPageLimit)))])

        driver.key(.char("o"))
        XCTAssertEqual(driver.state.accountNames, ["Müller Präzision GmbH", "Bluefin Analytics", "Acme Corp", "Cedar Health"])
        XCTAssertEqual(driver.state.accounts.selected, 0)
        XCTAssertEqual(driver.state.accounts.selectedID, dashboard.book.muller.id, "the largest ARR, at the top")
        driver.key(.char("o"))
        XCTAssertEqual(driver.state.accounts.sort, .health)
        let healths = driver.state.accounts.entries.map(\.summary.health)
        let scored = healths.compactMap { $0 }
        XCTAssertEqual(scored, scored.sorted(), "worst health first")
        // Only Acme has enough data (two years of revenue); the others follow it, by name.
        XCTAssertEqual(healths.map { $0 == nil }, [false, true, true, true], "accounts not scored yet come after every scored one")
        XCTAssertEqual(driver.state.accountNames, ["Acme Corp", "Bluefin Analytics", "Cedar Health", "Müller Präzision GmbH"])
        XCTAssertEqual(driver.state.accounts.selected, 0)
        driver.key(.char("o"))
        XCTAssertEqual(driver.state.accounts.sort, .renewal)
        XCTAssertEqual(driver.state.accountNames, ["Bluefin Analytics", "Acme Corp", "Müller Präzision GmbH", "Cedar Health"], "soonest renewal first, none last")
        XCTAssertEqual(driver.state.accounts.selectedID, bluefinID, "the soonest renewal is selected")
        driver.key(.char("o"))
        XCTAssertEqual(driver.state.accounts.sort, .followUp)
        XCTAssertEqual(driver.state.message, StatusMessage("Sorted by next follow-up", kind: .info))
        XCTAssertEqual(driver.state.accountNames, ["Acme Corp", "Bluefin Analytics", "Cedar Health", "Müller Präzision GmbH"], "no follow-ups: by name")
        driver.key(.char("o"))
        XCTAssertEqual(driver.state.accounts.sort, .risk)
        XCTAssertEqual(driver.state.accountNames, ["Acme Corp", "Müller Präzision GmbH", "Bluefin Analytics", "Cedar Health"], "most in trouble first")
        driver.key(.char("o"))
        XCTAssertEqual(driver.state.accounts.sort, .name)
        XCTAssertEqual(driver.state.accountNames, ["Acme Corp", "Bluefin Analytics", "Cedar Health", "Müller Präzision GmbH"])
        XCTAssertEqual(driver.state.accounts.selectedID, dashboard.book.acme.id)
        XCTAssertEqual(driver.state.focused.overview?.account, dashboard.book.acme, "the pane shows the row selected")
    }

    func testAPageForAnOldSortOrSearchIsDropped() throws {
        let dashboard = try Dashboard()
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        let stale = AccountPageRequest(sort: .arr, anchor: .around(accountID: acmeID), limit: 200)
        let late = step(dashboard.viewModel, try dashboard.database.reply(to: .accountPage(stale)))
        XCTAssertEqual(late.state, dashboard.state)
        XCTAssertEqual(late.effects, [])
    }

    func testAMessageLastsUntilTheNextKey() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.key(.char("o"))
        XCTAssertEqual(driver.state.message, StatusMessage("Sorted by ARR ↓", kind: .info))
        driver.key(.char("j"))
        XCTAssertNil(driver.state.message, "the next key moves on from it")
        driver.key(.enter)
        XCTAssertNil(driver.state.message, "nor does it follow into the detail view")
    }
}
