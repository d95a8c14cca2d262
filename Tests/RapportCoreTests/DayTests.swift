import RapportCore
import XCTest

final class DayTests: XCTestCase {
    func testEpochAndKnownDates() {
        XCTAssertEqual(Day(year: 1970, month: 1, day: 1)?.daysSinceEpoch, 0)
        XCTAssertEqual(Day(year: 2000, month: 3, day: 1)?.daysSinceEpoch, 11_017)
        XCTAssertEqual(Day(year: 2026, month: 11, day: 29)?.iso, "2026-11-29")
        XCTAssertEqual(Day(daysSinceEpoch: -1).iso, "1969-12-31")
    }

    func testRoundTripEveryDayOfFourCenturies() {
        // 1900 (not leap), 2000 (leap), 2024 (leap), 2100 (not leap) all fall in this range.
        let start = Day(year: 1899, month: 12, day: 25)?.daysSinceEpoch ?? 0
        for offset in 0..<(146_097 + 10) {
            let day = Day(daysSinceEpoch: start + offset)
            let (year, month, dayOfMonth) = day.components
            XCTAssertEqual(Day(year: year, month: month, day: dayOfMonth), day)
        }
    }

    func testLeapYears() {
        XCTAssertNotNil(Day(year: 2024, month: 2, day: 29))
        XCTAssertNil(Day(year: 2026, month: 2, day: 29))
        XCTAssertNil(Day(year: 1900, month: 2, day: 29))
        XCTAssertNotNil(Day(year: 2000, month: 2, day: 29))
    }

    func testParsingRejectsWhatIsNotADate() {
        XCTAssertEqual(Day(iso: "2026-12-15")?.iso, "2026-12-15")
        for bad in ["", "2026-13-01", "2026-02-30", "26-12-15", "2026/12/15", "2026-1-5", "tomorrow", "2026-12-15x", "２０２６-12-15"] {
            XCTAssertNil(Day(iso: bad), bad)
        }
    }

    func testWeekdayAndArithmetic() {
        let day = Day(year: 2026, month: 11, day: 29)
        XCTAssertEqual(day?.isoWeekday, 7)  // a Sunday
        XCTAssertEqual(day?.adding(days: 3).iso, "2026-12-02")
        XCTAssertEqual(day.map { Day(year: 2027, month: 1, day: 1).map($0.days(until:)) } ?? nil, 33)
    }
}
