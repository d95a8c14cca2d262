import RapportCore
import XCTest

final class InitiativeTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)

    func make(_ status: InitiativeStatus, progress: Int = 50, due: Int? = 10) -> Initiative {
        Initiative(accountID: 1, title: "T", objective: "", owner: "", status: status, progress: progress, dueDate: due.map { today.adding(days: $0) })
    }

    /// Bumps are the store's (`.bumpProgress` adds to the stored row); a record still never
    /// holds progress outside 0–100.
    func testProgressIsClampedToZeroAndHundred() {
        XCTAssertEqual(make(.onTrack, progress: 150).progress, 100)
        XCTAssertEqual(make(.onTrack, progress: -5).progress, 0)
        XCTAssertEqual(make(.onTrack, progress: 42).progress, 42)
        XCTAssertEqual(Initiative.clampProgress(97 + 5), 100)
        XCTAssertEqual(Initiative.clampProgress(3 - 5), 0)
        XCTAssertEqual(Initiative.clampProgress(100), 100)
    }

    func testStatusCyclesBothWays() {
        XCTAssertEqual(InitiativeStatus.planned.next, .onTrack)
        XCTAssertEqual(InitiativeStatus.done.next, .planned)
        XCTAssertEqual(InitiativeStatus.planned.previous, .done)
        for status in InitiativeStatus.allCases { XCTAssertEqual(status.next.previous, status) }
    }

    func testOverdueMeansPastDueAndNotDone() {
        XCTAssertTrue(make(.onTrack, due: -1).isOverdue(on: today))
        XCTAssertFalse(make(.done, due: -1).isOverdue(on: today))
        XCTAssertFalse(make(.atRisk, due: 0).isOverdue(on: today))
        XCTAssertFalse(make(.blocked, due: nil).isOverdue(on: today))
    }

    func testCountsAddUp() {
        let counts = InitiativeCounts(
            initiatives: [make(.atRisk, due: -3), make(.blocked), make(.done, due: -9), make(.onTrack)], today: today)
        XCTAssertEqual(counts, InitiativeCounts(total: 4, open: 3, atRisk: 1, blocked: 1, overdue: 1))
    }
}
