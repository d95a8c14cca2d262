import RapportCore
import RapportViewModel
import XCTest

final class FilterTests: XCTestCase {
    func type(_ text: String, into viewModel: ViewModel) {
        for character in text { viewModel.handle(.char(character)) }
    }

    func testSlashOpensTheFilterAndTypingNarrowsTheList() throws {
        let book = try BookFixture()
        let viewModel = try book.makeViewModel()
        var expected = viewModel.state
        viewModel.handle(.char("/"))
        expected.mode = .filter
        XCTAssertEqual(viewModel.state, expected)

        type("blue", into: viewModel)
        expected.filterQuery = "blue"
        expected.visibleRows = [3]
        expected.initiatives = [book.roadmap]
        expected.revenueTrend = RevenueTrend(points: [], today: BookFixture.today)
        XCTAssertEqual(viewModel.state, expected)

        viewModel.handle(.enter)
        expected.mode = .normal
        expected.message = StatusMessage("Filter “blue”: 1 of 4 accounts — Esc clears", kind: .info)
        XCTAssertEqual(viewModel.state, expected)

        viewModel.handle(.escape)
        expected.filterQuery = ""
        expected.visibleRows = [1, 3, 0, 2]
        expected.accountsList = ListPosition(selected: 1, offset: 0)  // still Bluefin
        XCTAssertEqual(viewModel.state, expected)
    }

    func testMatchesIndustryOwnerAndRegionIgnoringCaseAndAccents() throws {
        let viewModel = try BookFixture().makeViewModel()
        func names(for query: String) -> [String] {
            viewModel.handle(.char("/"))
            viewModel.handle(.ctrl("u"))
            type(query, into: viewModel)
            defer { viewModel.handle(.escape) }
            return viewModel.state.visibleRows.map { viewModel.state.overviews[$0].account.name }
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

    func testBackspaceWidensAgainAndNoMatchEmptiesTheSelection() throws {
        let viewModel = try BookFixture().makeViewModel()
        viewModel.handle(.char("/"))
        type("acmex", into: viewModel)
        XCTAssertEqual(viewModel.state.visibleRows, [])
        XCTAssertNil(viewModel.state.selectedOverview)
        XCTAssertEqual(viewModel.state.initiatives, [])
        XCTAssertNil(viewModel.state.revenueTrend)
        viewModel.handle(.backspace)
        XCTAssertEqual(viewModel.state.filterQuery, "acme")
        XCTAssertEqual(viewModel.state.visibleRows, [1])
        XCTAssertEqual(viewModel.state.initiatives.count, 2)
        viewModel.handle(.escape)
        XCTAssertEqual(viewModel.state.mode, .normal)
        XCTAssertEqual(viewModel.state.visibleRows, [1, 3, 0, 2])
    }

    func testControlCharactersAndHugeInputAreNotTyped() throws {
        let viewModel = try BookFixture().makeViewModel()
        viewModel.handle(.char("/"))
        viewModel.perform(.filterInput("\u{1B}"))
        viewModel.perform(.filterInput("\n"))
        XCTAssertEqual(viewModel.state.filterQuery, "")
        for _ in 0..<500 { viewModel.perform(.filterInput("a")) }
        XCTAssertEqual(viewModel.state.filterQuery.count, 200)
    }

    func testFilterKeysWhileTypingAreText() throws {
        let viewModel = try BookFixture().makeViewModel()
        viewModel.handle(.char("/"))
        type("qjo?", into: viewModel)
        XCTAssertEqual(viewModel.state.filterQuery, "qjo?")
        XCTAssertEqual(viewModel.state.mode, .filter)
        XCTAssertFalse(viewModel.state.shouldQuit)
    }
}

final class DeepSearchTests: XCTestCase {
    func testFindsAccountsByContactsNotesAndTimelineAndSaysWhere() throws {
        let book = try BookFixture()
        let cedarID = try XCTUnwrap(book.cedar.id)
        let bluefinID = try XCTUnwrap(book.bluefin.id)
        try book.database.addContact(
            Contact(accountID: cedarID, name: "Grace Hopper", title: "", email: "grace@navy.example", phone: "", role: .sponsor, influence: 5,
                    sentiment: .friendly, isMainContact: true), at: BookFixture.clockTime)
        try book.database.logInteraction(
            Interaction(accountID: bluefinID, kind: .meeting, date: BookFixture.today, summary: "Workshop on Kubernetes migration", nextStep: "Send slides"),
            nextFollowUp: nil, at: BookFixture.clockTime)
        var muller = book.muller
        muller.notes = "Prefers calls on Tuesdays"
        try book.database.updateAccount(muller, at: BookFixture.clockTime)
        let viewModel = try book.makeViewModel()

        func search(_ query: String) -> [String: String] {
            viewModel.handle(.char("/"))
            viewModel.handle(.ctrl("u"))
            for character in query { viewModel.handle(.char(character)) }
            defer { viewModel.handle(.escape) }
            var result: [String: String] = [:]
            for row in viewModel.state.visibleRows {
                let overview = viewModel.state.overviews[row]
                result[overview.account.name] = viewModel.state.filterMatches[overview.id] ?? ""
            }
            return result
        }
        XCTAssertEqual(search("hopper"), ["Cedar Health": "contact Grace Hopper"])
        XCTAssertEqual(search("navy.example"), ["Cedar Health": "contact Grace Hopper"])
        XCTAssertEqual(search("kubernetes"), ["Bluefin Analytics": "timeline 2026-11-18: Workshop on Kubernetes migration"])
        XCTAssertEqual(search("slides"), ["Bluefin Analytics": "timeline 2026-11-18: Workshop on Kubernetes migration"])
        XCTAssertEqual(search("tuesdays"), ["Müller Präzision GmbH": "notes"])
        XCTAssertEqual(search("health grace"), ["Cedar Health": "contact Grace Hopper"], "one word in the name, one in a contact")
        XCTAssertEqual(search("acme"), ["Acme Corp": ""])
        XCTAssertTrue(viewModel.state.filterMatches.isEmpty, "cleared with the filter")
    }
}

final class PasteTests: XCTestCase {
    func testAPasteIsTextInTheFilterAndInFormsAndIgnoredElsewhere() throws {
        let viewModel = try BookFixture().makeViewModel()
        let before = viewModel.state
        viewModel.handle(.paste("q\n"))
        XCTAssertEqual(viewModel.state, before, "a stray paste does not quit or move")
        viewModel.handle(.char("/"))
        viewModel.handle(.paste("blue\n"))
        XCTAssertEqual(viewModel.state.filterQuery, "blue")
        XCTAssertEqual(viewModel.state.mode, .filter)
        viewModel.handle(.escape)
        viewModel.handle(.char("n"))
        viewModel.handle(.paste("Two\nLines"))
        XCTAssertEqual(viewModel.state.mode, .form)
        XCTAssertEqual(viewModel.state.edit?.form.value("name"), "Two Lines")
    }
}
