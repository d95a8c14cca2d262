import Foundation
import RapportCore
@testable import RapportStore
import XCTest

/// `/` through the FTS index finds exactly the accounts Core's matching rule finds in the same
/// text: word prefixes, case and accents folded, every word required.
final class SearchTests: XCTestCase {
    /// One demo book of 500 accounts, shared: loading it is the slow part.
    nonisolated(unsafe) static var shared: AppDatabase?

    func book() throws -> AppDatabase {
        if let database = Self.shared { return database }
        let database = try AppDatabase.empty()
        try database.writeDemoBook(DemoBook(seed: 1, accountCount: 500, today: TestClock.today))
        Self.shared = database
        return database
    }

    /// Each account's searchable text, read back from the store's rows.
    func texts(_ database: AppDatabase) throws -> [Int64: [String]] {
        var result: [Int64: [String]] = [:]
        for account in try database.accounts() {
            let id = account.id ?? 0
            var texts = [account.name, account.industry, account.owner, account.region]
            texts += try database.contacts(accountID: id).map { "\($0.name) \($0.email)" }
            if !account.notes.isEmpty { texts.append(account.notes) }
            texts += try database.interactions(accountID: id).map { "\($0.summary) \($0.nextStep)" }
            texts += try database.initiatives(accountID: id).map { "\($0.title) \($0.status.label)" }
            result[id] = texts
        }
        return result
    }

    /// Every account id the search returns, paging through with `.after` to the end.
    func searched(_ database: AppDatabase, _ query: String, sort: AccountSort = .name, limit: Int = 37) throws -> (ids: [Int64], total: Int) {
        var page = try database.accountPage(AccountPageRequest(sort: sort, search: query, anchor: .first, limit: limit))
        let total = page.totalCount
        var ids = page.entries.map(\.id)
        var pages = 1
        while !page.reachesEnd, let last = page.entries.last {
            page = try database.accountPage(AccountPageRequest(sort: sort, search: query, anchor: .after(last.key), limit: limit))
            XCTAssertEqual(page.totalCount, total)
            ids += page.entries.map(\.id)
            pages += 1
            if pages > 1_000 { XCTFail("paging never reached the end"); break }
        }
        return (ids, total)
    }

    func testTheIndexFindsWhatTheMatchingRuleFinds() throws {
        // Given a book of 500 demo accounts and each account's text as stored
        let database = try book()
        let texts = try texts(database)
        XCTAssertEqual(texts.count, 500)
        let queries = [
            "a", "n", "z", "nor", "ast", "NORTH", "Logistics", "garcia", "García", "johansson", "smith", "muller", "Müller",
            "präzision", "zoe", "Zoë's", "alesund", "Ålesund", "sao paulo", "東京", "東京精密", "서울", "dana whitfield", "priya logistics",
            "qbr deck", "roadmap review product", "escalation", "nordics energy", "k", "xyzzy", "north xyzzy",
            "blocked", "at risk", "on track", "done", "planned", "rollout", "blocked north",
        ]
        var nonEmpty = 0
        for query in queries {
            let search = SearchQuery(query)
            // When the store searches, then it finds exactly the accounts whose text matches
            let expected = Set(texts.filter { search.matches($0.value) }.keys)
            let found = try searched(database, query)
            XCTAssertEqual(Set(found.ids), expected, "“\(query)”: \(Set(found.ids).symmetricDifference(expected).sorted().prefix(5)) differ")
            XCTAssertEqual(found.ids.count, expected.count, "“\(query)”: no account appears twice")
            XCTAssertEqual(found.total, expected.count, "“\(query)”: the count the list shows")
            if !expected.isEmpty { nonEmpty += 1 }
        }
        // The queries are meaningful: all but the nonsense ones find something, and not everything.
        XCTAssertEqual(nonEmpty, queries.count - 2)
        XCTAssertEqual(try searched(database, "xyzzy").total, 0)
        XCTAssertLessThan(try searched(database, "muller").total, 500)
    }

    func testAnEmptyOrPunctuationOnlySearchIsTheWholeBook() throws {
        let database = try book()
        for query in ["", "   ", "--", "🥐"] {
            XCTAssertEqual(try searched(database, query, limit: 200).total, 500, "“\(query)”")
        }
    }

    func testMatchLabelsSayWhereAResultMatchedOutsideItsOwnFields() throws {
        let database = try AppDatabase.empty()
        let acme = try XCTUnwrap(try database.addAccount("Acme", owner: "Dana").id)
        _ = try database.addContact("Ada Lovelace", to: acme, email: "ada@acme.example")
        let bluefin = try XCTUnwrap(try database.addAccount("Bluefin Lovelace Labs").id)
        try database.save(.logInteraction(
            Interaction(accountID: acme, kind: .call, date: TestClock.today, summary: "Quarterly review", nextStep: "Send figures"),
            nextFollowUp: nil)).saved()
        let lovelace = try database.accountPage(AccountPageRequest(sort: .name, search: "lovelace", anchor: .first, limit: 10))
        XCTAssertEqual(lovelace.entries.map(\.id), [acme, bluefin])
        XCTAssertEqual(lovelace.matchLabels, [acme: "contact Ada Lovelace"], "Bluefin matched in its own name, so it has no label")
        let review = try database.accountPage(AccountPageRequest(sort: .name, search: "quarterly", anchor: .first, limit: 10))
        XCTAssertEqual(review.matchLabels, [acme: "timeline \(TestClock.today.iso): Quarterly review"])
        // Edits reach the index in the same write
        let contact = try XCTUnwrap(try database.contacts(accountID: acme).first)
        try database.save(.editContact(RecordEdit(original: contact, edited: { var c = contact; c.name = "Grace Hopper"; return c }()))).saved()
        XCTAssertEqual(try database.accountPage(AccountPageRequest(sort: .name, search: "lovelace", anchor: .first, limit: 10)).entries.map(\.id), [bluefin])
        XCTAssertEqual(try database.accountPage(AccountPageRequest(sort: .name, search: "hopper", anchor: .first, limit: 10)).entries.map(\.id), [acme])
    }

    func testInitiativesAreFoundByTitleAndStatusAndSayWhereTheyMatched() throws {
        // Given an account with a blocked ERP initiative, one whose contact mentions ERP, and one with a finished ERP project
        let database = try AppDatabase.empty()
        let acme = try XCTUnwrap(try database.addAccount("Acme").id)
        let erp = try database.addInitiative("ERP rollout", to: acme, status: .blocked)
        let bluefin = try XCTUnwrap(try database.addAccount("Bluefin").id)
        _ = try database.addContact("Erpa Nilsson", to: bluefin)
        let corvid = try XCTUnwrap(try database.addAccount("Corvid").id)
        _ = try database.addInitiative("ERP upgrade", to: corvid, status: .done)
        _ = try database.addInitiative("Portal", to: corvid, status: .onTrack)
        func found(_ query: String) throws -> AccountPage {
            try database.accountPage(AccountPageRequest(sort: .name, search: query, anchor: .first, limit: 10))
        }
        // When searching by title, then the accounts with such an initiative are found, and say which
        let byTitle = try found("erp")
        XCTAssertEqual(byTitle.entries.map(\.id), [acme, bluefin, corvid])
        XCTAssertEqual(byTitle.matchLabels, [acme: "initiative: ERP rollout", bluefin: "contact Erpa Nilsson", corvid: "initiative: ERP upgrade"])
        // When searching by status, then only the accounts with an initiative in that status
        let blocked = try found("blocked")
        XCTAssertEqual(blocked.entries.map(\.id), [acme])
        XCTAssertEqual(blocked.matchLabels, [acme: "initiative: ERP rollout"])
        XCTAssertEqual(try found("on track").entries.map(\.id), [corvid])
        XCTAssertEqual(try found("done").entries.map(\.id), [corvid], "a finished initiative still counts, as done")
        XCTAssertEqual(try found("at risk").entries.map(\.id), [])
        // A change of status reaches the index in the same write; a progress bump leaves it as it was
        try database.save(.stepStatus(initiativeID: try XCTUnwrap(erp.id), forward: false)).saved()
        XCTAssertEqual(try found("blocked").entries.map(\.id), [])
        XCTAssertEqual(try found("at risk").entries.map(\.id), [acme])
        try database.save(.bumpProgress(initiativeID: try XCTUnwrap(erp.id), by: 5)).saved()
        XCTAssertEqual(try found("at risk erp").entries.map(\.id), [acme])
        try assertDerivedStateIsCurrent(database, "initiative edits")
    }

    func testMigratingRebuildsEveryAccountsSearchTextWithItsInitiatives() throws {
        // Given a v10 store whose search text is current for v10 (no initiatives in it)
        let directory = try TemporaryDirectory()
        let v10 = try XCTUnwrap(EarlierStore.all.first { $0.lastStep == "v10 sent updates" })
        let path = try v10.make(in: directory, extraSQL: """
            DELETE FROM account_search;
            INSERT INTO account_search (rowid, own, other) SELECT id, name, '' FROM account;
            UPDATE account_summary SET stale = stale & ~2;
            """)
        // When this release opens it
        let database = try AppDatabase.open(path: path, basis: TestClock.basis)
        defer { try? database.close() }
        // Then its initiatives are found ("Rollout" is blocked at account 2, "Migration" at risk at account 1)
        let blocked = try database.accountPage(AccountPageRequest(sort: .name, search: "blocked", anchor: .first, limit: 10))
        XCTAssertEqual(blocked.entries.map(\.id), [2])
        XCTAssertEqual(blocked.matchLabels, [2: "initiative: Rollout"])
        XCTAssertEqual(try database.accountPage(AccountPageRequest(sort: .name, search: "migration", anchor: .first, limit: 10)).entries.map(\.id), [1])
        try assertDerivedStateIsCurrent(database, "migrating a v10 store")
    }

    func testASearchCannotChangeTheShapeOfTheQuery() throws {
        let database = try book()
        let texts = try texts(database)
        // FTS5 syntax typed into `/` is only text
        for query in ["\"nor", "nor*", "NEAR(a b)", "a OR b", "-north", "name:acme", "nor\" OR \"a"] {
            let expected = Set(texts.filter { SearchQuery(query).matches($0.value) }.keys)
            XCTAssertEqual(Set(try searched(database, query).ids), expected, "“\(query)”")
        }
    }
}
