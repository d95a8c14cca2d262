import RapportCore
import XCTest

final class DemoBookTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)

    func testSameSeedSameBook() {
        XCTAssertEqual(DemoBook(seed: 3, accountCount: 30, today: today).allAccounts(), DemoBook(seed: 3, accountCount: 30, today: today).allAccounts())
        XCTAssertNotEqual(DemoBook(seed: 3, accountCount: 30, today: today).allAccounts(), DemoBook(seed: 4, accountCount: 30, today: today).allAccounts())
    }

    func testDefaultBookIsRealistic() {
        let book = DemoBook(today: today).allAccounts()
        XCTAssertEqual(book.count, 40)
        XCTAssertGreaterThan(Set(book.map(\.account.industry)).count, 5)
        XCTAssertGreaterThan(Set(book.map(\.account.region)).count, 4)
        XCTAssertEqual(Set(book.map(\.account.tier)).count, AccountTier.allCases.count)
        for demo in book {
            XCTAssertTrue((3...6).contains(demo.contacts.count), demo.account.name)
            XCTAssertEqual(demo.contacts.filter(\.isMainContact).count, 1, demo.account.name)
            XCTAssertTrue((2...5).contains(demo.initiatives.count), demo.account.name)
            let revenue = demo.metrics.filter { $0.metric == MetricPoint.revenue && $0.actual != nil }
            XCTAssertEqual(revenue.count, 36, demo.account.name)
            XCTAssertEqual(revenue.last?.month, today.yearMonth)
            XCTAssertTrue(demo.metrics.allSatisfy { $0.target != nil })
        }
        let initiatives = book.flatMap(\.initiatives)
        XCTAssertEqual(Set(initiatives.map(\.status)), Set(InitiativeStatus.allCases))
        XCTAssertTrue(initiatives.contains { $0.isOverdue(on: today) })
        XCTAssertTrue(book.contains { demo in demo.account.renewalDate.map { today.days(until: $0) <= 90 && $0 >= today } ?? false })
        // Names that exercise display width: CJK and emoji.
        XCTAssertTrue(book.contains { $0.account.name.contains("東京") })
    }

    func testRevenueHasSeasonalityAndTrendNotNoiseOnly() {
        let demo = DemoBook(seed: 1, accountCount: 1, today: today).allAccounts()[0]
        let actuals = demo.metrics.compactMap(\.actual)
        XCTAssertTrue(actuals.allSatisfy { $0 >= 0 })
        XCTAssertGreaterThan(Set(actuals).count, 30)
    }
}
