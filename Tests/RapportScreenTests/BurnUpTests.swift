import Foundation
import RapportCore
@testable import RapportScreen
import XCTest

/// The burn-up: progress as bars day by day, the line from start to due as dots.
final class BurnUpTests: XCTestCase {
    private func day(_ text: String) throws -> Day { try XCTUnwrap(Day(iso: text)) }

    private func update(_ day: Day, from previous: Int, to progress: Int) -> ProgressUpdate {
        ProgressUpdate(
            initiativeID: 1, recordedAt: Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch * 86_400 + 3_600)),
            previousProgress: previous, progress: progress, previousStatus: .onTrack, status: .onTrack)
    }

    func testBarsFollowTheHistoryAndDotsTheStraightLine() throws {
        let initiative = Initiative(
            accountID: 1, title: "Portal", objective: "", owner: "", status: .onTrack, progress: 75, dueDate: try day("2026-11-11"),
            startDate: try day("2026-11-01"))
        // Newest first, as read: 0 → 25 on the 3rd, 25 → 75 on the 6th
        let history = [update(try day("2026-11-06"), from: 25, to: 75), update(try day("2026-11-03"), from: 0, to: 25)]
        let chart = try XCTUnwrap(BurnUp(initiative: initiative, history: history, today: try day("2026-11-08")))
        XCTAssertEqual(chart.steps.map(\.progress), [0, 25, 75])
        XCTAssertEqual(chart.progress(on: try day("2026-11-02")), 0)
        XCTAssertEqual(chart.progress(on: try day("2026-11-05")), 25)
        XCTAssertEqual(chart.progress(on: try day("2026-11-07")), 75)
        // Ten days over eleven columns, a day each; bars up to today (the 8th), none after.
        XCTAssertEqual(chart.rows(width: 11, height: 4), [
            "        ···",
            "     ███   ",
            "   ··███   ",
            "··██████   ",
        ])
    }

    func testNoChartWithoutADueDateAfterTheStart() throws {
        let undated = Initiative(accountID: 1, title: "P", objective: "", owner: "", status: .planned, progress: 0, dueDate: nil)
        XCTAssertNil(BurnUp(initiative: undated, history: [], today: try day("2026-11-08")))
        let backwards = Initiative(
            accountID: 1, title: "P", objective: "", owner: "", status: .planned, progress: 0, dueDate: try day("2026-11-01"),
            startDate: try day("2026-11-05"))
        XCTAssertNil(BurnUp(initiative: backwards, history: [], today: try day("2026-11-08")))
        let chart = try XCTUnwrap(BurnUp(
            initiative: Initiative(accountID: 1, title: "P", objective: "", owner: "", status: .planned, progress: 0, dueDate: try day("2026-11-09"),
                                   startDate: try day("2026-11-01")), history: [], today: try day("2026-11-08")))
        XCTAssertEqual(chart.rows(width: 0, height: 3), [])
        XCTAssertEqual(chart.rows(width: 1, height: 1).count, 1)
    }
}
