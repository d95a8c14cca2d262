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
