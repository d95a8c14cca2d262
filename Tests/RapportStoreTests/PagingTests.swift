import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import XCTest

/// Keyset paging of the accounts list: however the list is walked (forwards with `.after`,
/// backwards with `.before`, or jumping `.around` an account), it is the one ordered list.
final class PagingTests: XCTestCase {
    /// A demo book plus ties (same name, same ARR) and accounts with no renewal date.
    func makeBook() throws -> AppDatabase {
        let database = try AppDatabase.empty()
        try database.writeDemoBook(DemoBook(seed: 8, accountCount: 150, today: TestClock.today))
        for _ in 0..<3 { _ = try database.addAccount("Twin Peaks", arr: 75_000) }
        _ = try database.addAccount("ålesund Late", arr: 75_000)
        return database
    }

    /// The list in one ordered query, straight from the summary table; with a search, only the
    /// accounts Core's rule matches.
    func reference(_ database: AppDatabase, _ sort: AccountSort, search: String) throws -> [Int64] {
        let order = AccountPageQuery.keyColumns(sort).joined(separator: ", ")
        let ordered = try database.read { db in try Int64.fetchAll(db, sql: "SELECT s.account_id FROM account_summary s ORDER BY \(order)") }
        guard !SearchQuery(search).isEmpty else { return ordered }
        var matching = Set<Int64>()
        for account in try database.accounts() {
            let id = account.id ?? 0
            let texts = [account.name, account.industry, account.owner, account.region]
                + (try database.contacts(accountID: id).map { "\($0.name) \($0.email)" }) + [account.notes]
                + (try database.interactions(accountID: id).map { "\($0.summary) \($0.nextStep)" })
                + (try database.initiatives(accountID: id).map { "\($0.title) \($0.status.label)" })
            if SearchQuery(search).matches(texts) { matching.insert(id) }
        }
        return ordered.filter(matching.contains)
    }

    func request(_ sort: AccountSort, _ search: String, _ anchor: AccountPageRequest.Anchor, _ limit: Int) -> AccountPageRequest {
        AccountPageRequest(sort: sort, search: search, anchor: anchor, limit: limit)
    }

    func testWalkingForwardsAndBackwardsGivesTheOneOrderedList() throws {
        let database = try makeBook()
        // "nor" sorts its matches; "n" and "a" match most of the book and walk the sort's index
        for search in ["", "nor", "n", "a"] {
            for sort in AccountSort.allCases {
                // Given the list as one ordered query
                let expected = try reference(database, sort, search: search)
                XCTAssertGreaterThan(expected.count, 23, "\(sort) “\(search)” spans several pages")
                // When it is walked forwards page by page
                var page = try database.accountPage(request(sort, search, .first, 23))
                XCTAssertTrue(page.reachesStart)
                var forwards = page.entries.map(\.id)
                while !page.reachesEnd, let last = page.entries.last {
                    page = try database.accountPage(request(sort, search, .after(last.key), 23))
                    XCTAssertFalse(page.reachesStart)
                    forwards += page.entries.map(\.id)
                }
                // Then it is that list
                XCTAssertEqual(forwards, expected, "\(sort) “\(search)” forwards")
                XCTAssertEqual(page.totalCount, expected.count)
                // When it is walked backwards from the end, then it is that list too
                page = try database.accountPage(request(sort, search, .last, 23))
                XCTAssertTrue(page.reachesEnd)
                var backwards = [page.entries.map(\.id)]
                while !page.reachesStart, let first = page.entries.first {
                    page = try database.accountPage(request(sort, search, .before(first.key), 23))
                    XCTAssertFalse(page.reachesEnd)
                    backwards.insert(page.entries.map(\.id), at: 0)
                }
                XCTAssertEqual(backwards.flatMap { $0 }, expected, "\(sort) “\(search)” backwards")
            }
        }
    }

    func testAPageAroundAnAccountIsTheSliceOfTheListWithItInTheMiddle() throws {
        let database = try makeBook()
        let limit = 11
        for sort in AccountSort.allCases {
            let expected = try reference(database, sort, search: "")
            for index in [0, 1, 5, 6, 70, expected.count - 6, expected.count - 1] {
                let id = expected[index]
                let page = try database.accountPage(request(sort, "", .around(accountID: id), limit))
                let focus = try XCTUnwrap(page.focusIndex, "\(sort) #\(index)")
                let start = index - focus
                // The account is there, in the middle when there is room above it
                XCTAssertEqual(page.entries[focus].id, id)
                XCTAssertEqual(focus, min(index, limit / 2), "\(sort) #\(index)")
                // And the page is an unbroken slice of the list
                XCTAssertEqual(page.entries.map(\.id), Array(expected[start..<min(expected.count, start + limit)]), "\(sort) #\(index)")
                XCTAssertEqual(page.reachesStart, start == 0, "\(sort) #\(index)")
                XCTAssertEqual(page.reachesEnd, start + page.entries.count == expected.count, "\(sort) #\(index)")
                // From its key, the list continues with it
                let from = try database.accountPage(request(sort, "", .from(page.entries[focus].key), 4))
                XCTAssertEqual(from.entries.map(\.id), Array(expected[index..<min(expected.count, index + 4)]))
            }
        }
    }

    func testAroundAnAccountOutsideTheSearchIsTheTopOfTheResults() throws {
        let database = try makeBook()
        let matching = try reference(database, .name, search: "twin")
        XCTAssertEqual(matching.count, 3)
        let outside = try XCTUnwrap(try reference(database, .name, search: "").first { !matching.contains($0) })
        let page = try database.accountPage(request(.name, "twin", .around(accountID: outside), 10))
        XCTAssertNil(page.focusIndex)
        XCTAssertEqual(page.entries.map(\.id), matching)
        XCTAssertTrue(page.reachesStart && page.reachesEnd)
        XCTAssertNil(try database.accountPage(request(.name, "", .around(accountID: 999_999), 10)).focusIndex)
    }

    func testTiesAndMissingRenewalsSortByTheirTieBreakers() throws {
        let database = try makeBook()
        let names = try database.accountPage(request(.name, "twin", .first, 10)).entries
        XCTAssertEqual(names.map(\.id), names.map(\.id).sorted(), "equal names in id order")
        // Accounts with no renewal date come last in the renewal sort
        let last = try database.accountPage(request(.renewal, "", .last, 4)).entries
        XCTAssertEqual(last.map(\.summary.renewalDate), [nil, nil, nil, nil])
        XCTAssertEqual(last.map(\.summary.name), ["ålesund Late", "Twin Peaks", "Twin Peaks", "Twin Peaks"], "then by folded name")
        // The largest ARR first
        let arr = try database.accountPage(request(.arr, "", .first, 30)).entries.map(\.summary.annualRecurringRevenue.minorUnits)
        XCTAssertEqual(arr, arr.sorted(by: >))
    }

    func testFollowUpSortsSoonestFirstNoneLastAndRiskMostInTroubleFirst() throws {
        let database = try makeBook()
        // Next follow-up: soonest first, accounts with none last (then by folded name)
        let followUps = try database.accountPage(request(.followUp, "", .first, 200)).entries
        XCTAssertEqual(followUps.count, 154)
        let dates = followUps.map(\.summary.nextFollowUp)
        let dated = dates.prefix { $0 != nil }.compactMap { $0 }
        XCTAssertGreaterThan(dated.count, 10, "the demo book has follow-ups")
        XCTAssertEqual(dated, dated.sorted(), "soonest first")
        XCTAssertTrue(dates.dropFirst(dated.count).allSatisfy { $0 == nil }, "none last")
        XCTAssertEqual(Array(followUps.suffix(4).map(\.summary.name)), ["ålesund Late", "Twin Peaks", "Twin Peaks", "Twin Peaks"])
        // Risk: the most initiatives at risk, blocked or overdue first
        let risk = try database.accountPage(request(.risk, "", .first, 200)).entries.map(\.summary.trouble)
        XCTAssertEqual(risk, risk.sorted(by: >))
        XCTAssertGreaterThan(risk.first ?? 0, 1, "the demo book has accounts in trouble")
        // A write moves the account in both sorts at once
        let twin = try XCTUnwrap(try reference(database, .followUp, search: "twin").first)
        try database.save(.logInteraction(
            Interaction(accountID: twin, kind: .call, date: TestClock.today, summary: "Call", nextStep: ""),
            nextFollowUp: TestClock.today.adding(days: -400))).saved()
        XCTAssertEqual(try database.accountPage(request(.followUp, "", .first, 1)).entries.map(\.id), [twin])
        for index in 0..<9 { _ = try database.addInitiative("Fire \(index)", to: twin, status: .blocked) }
        XCTAssertEqual(try database.accountPage(request(.risk, "", .first, 1)).entries.map(\.id), [twin])
        XCTAssertEqual(try reference(database, .risk, search: "").first, twin)
        try assertDerivedStateIsCurrent(database, "follow-up and risk writes")
    }

    func testAWriteMovesTheAccountToItsNewPlaceAtOnce() throws {
        let database = try makeBook()
        let twin = try XCTUnwrap(try reference(database, .arr, search: "twin").first)
        let account = try XCTUnwrap(try database.account(id: twin))
        var richest = account
        richest.annualRecurringRevenue = .major(100_000_000)
        try database.save(.editAccount(RecordEdit(original: account, edited: richest))).saved()
        XCTAssertEqual(try database.accountPage(request(.arr, "", .first, 1)).entries.map(\.id), [twin])
        XCTAssertEqual(try reference(database, .arr, search: "").first, twin)
    }

    func testABroadSearchWalksTheIndexAndSortsItsMatchesWhenTheWalkGivesUp() throws {
        // Which plan a search takes, by how broad it is
        let book = 100_000
        XCTAssertEqual(AccountIndexWalk.test(for: SearchQuery("n"), breadth: SearchBreadth(matches: 94_000, book: book)), .probe)
        XCTAssertEqual(AccountIndexWalk.test(for: SearchQuery("a no"), breadth: SearchBreadth(matches: 30_000, book: book)), .probe)
        XCTAssertEqual(AccountIndexWalk.test(for: SearchQuery("nor"), breadth: SearchBreadth(matches: 15_000, book: book)), .matchList,
                       "a longer word costs too much to probe per account, but has too many matches to sort")
        XCTAssertEqual(AccountIndexWalk.test(for: SearchQuery("n"), breadth: SearchBreadth(matches: 10_000, book: book)), .matchList)
        XCTAssertNil(AccountIndexWalk.test(for: SearchQuery("north"), breadth: SearchBreadth(matches: 5_000, book: book)))
        XCTAssertNil(AccountIndexWalk.test(for: SearchQuery("n"), breadth: SearchBreadth(matches: 90, book: 1_000)), "few matches: sorted")

        // Either test finds the page the sorted matches give, in every sort and direction
        let database = try makeBook()
        for search in ["a", "n", "nor"] {
            for sort in AccountSort.allCases {
                let expected = try reference(database, sort, search: search)
                for test in [AccountIndexWalk.Test.probe, .matchList] {
                    for descending in [false, true] {
                        let walked = try database.read { db in
                            try AccountIndexWalk.page(
                                db, sort: sort, search: SearchQuery(search), testing: test,
                                keyset: Keyset(sort: sort, after: nil, inclusive: false, descending: descending), limit: 9, walkLimit: 1_000)
                        }
                        let wanted = descending ? Array(expected.reversed().prefix(9)) : Array(expected.prefix(9))
                        XCTAssertEqual(try XCTUnwrap(walked, "\(search) \(sort) \(test)").map(\.id), wanted, "\(search) \(sort) \(test) \(descending)")
                    }
                }
            }
        }

        // Given a book whose matches for "ze" all sort after the first 200 accounts
        let late = try AppDatabase.empty()
        try late.write { db in
            // Inserted in one statement: two hundred writes one by one would be the slow part
            try db.execute(sql: """
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 199)
                INSERT INTO account (name, industry, region, tier, owner, arr_minor) SELECT printf('Alder %04d', i), '', '', 'smb', '', 0 FROM n
                """)
        }
        for index in 0..<100 { _ = try late.addAccount(String(format: "Zephyr %03d", index)) }
        let zephyrs = try reference(late, .name, search: "ze")
        XCTAssertEqual(zephyrs.count, 100)
        let keyset = Keyset(sort: .name, after: nil, inclusive: false, descending: false)
        for test in [AccountIndexWalk.Test.probe, .matchList] {
            // Then a walk that may test 150 accounts gives up, and one that may test 250 finds them
            XCTAssertNil(try late.read { db in
                try AccountIndexWalk.page(db, sort: .name, search: SearchQuery("ze"), testing: test, keyset: keyset, limit: 10, walkLimit: 150)
            })
            XCTAssertEqual(try late.read { db in
                try AccountIndexWalk.page(db, sort: .name, search: SearchQuery("ze"), testing: test, keyset: keyset, limit: 10, walkLimit: 250)
            }?.map(\.id), Array(zephyrs.prefix(10)))
        }
        // And the list's page is the first matches, in order, whichever plan read it
        let page = try late.accountPage(request(.name, "ze", .first, 10))
        XCTAssertEqual(page.entries.map(\.id), Array(zephyrs.prefix(10)))
        XCTAssertEqual(page.totalCount, 100)
        XCTAssertEqual(try late.accountPage(request(.name, "ze", .last, 10)).entries.map(\.id), Array(zephyrs.suffix(10)))
    }
}
