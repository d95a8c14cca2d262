import RapportCore
import XCTest

final class DateInputTests: XCTestCase {
    /// A Friday.
    let friday = day("2026-11-27")

    func resolve(_ text: String, today: Day? = nil, file: StaticString = #filePath, line: UInt = #line) -> String? {
        switch DateInput.parse(text, today: today ?? friday) {
        case .success(let resolved): return resolved.iso
        case .failure(let error):
            XCTFail("'\(text)' refused: \(error)", file: file, line: line)
            return nil
        }
    }

    func refusal(_ text: String, today: Day? = nil) -> DateInputError? {
        if case .failure(let error) = DateInput.parse(text, today: today ?? friday) { return error }
        return nil
    }

    func testIsoDate() {
        XCTAssertEqual(resolve("2026-12-15"), "2026-12-15")
        XCTAssertEqual(resolve("2024-02-29"), "2024-02-29")
        XCTAssertEqual(resolve("  2027-01-01\t"), "2027-01-01")
    }

    func testNamedDays() {
        XCTAssertEqual(resolve("today"), "2026-11-27")
        XCTAssertEqual(resolve("tomorrow"), "2026-11-28")
        XCTAssertEqual(resolve("yesterday"), "2026-11-26")
    }

    func testCaseAndWhitespaceDoNotMatter() {
        XCTAssertEqual(resolve("  TOMORROW "), "2026-11-28")
        XCTAssertEqual(resolve("Next   Week"), "2026-11-30")
        XCTAssertEqual(resolve("\tEnd of\nMonth  "), "2026-11-30")
        XCTAssertEqual(resolve("EOQ"), "2026-12-31")
        XCTAssertEqual(resolve("+2W"), "2026-12-11")
    }

    func testOffsets() {
        XCTAssertEqual(resolve("+7d"), "2026-12-04")
        XCTAssertEqual(resolve("-3d"), "2026-11-24")
        XCTAssertEqual(resolve("+2w"), "2026-12-11")
        XCTAssertEqual(resolve("-1w"), "2026-11-20")
        XCTAssertEqual(resolve("+3m"), "2027-02-27")
        XCTAssertEqual(resolve("+1y"), "2027-11-27")
        XCTAssertEqual(resolve("+0d"), "2026-11-27")
        // Without the sign, and with the unit spelt out.
        XCTAssertEqual(resolve("7d"), "2026-12-04")
        XCTAssertEqual(resolve("+2 weeks"), "2026-12-11")
        XCTAssertEqual(resolve("+1 month"), "2026-12-27")
        XCTAssertEqual(resolve("+10days"), "2026-12-07")
    }

    func testMonthOffsetsClampToTheMonthsLength() {
        XCTAssertEqual(resolve("+1m", today: day("2026-01-31")), "2026-02-28")
        XCTAssertEqual(resolve("+1m", today: day("2024-01-31")), "2024-02-29")  // leap year
        XCTAssertEqual(resolve("+1m", today: day("2100-01-31")), "2100-02-28")  // century, not leap
        XCTAssertEqual(resolve("+1m", today: day("2000-01-31")), "2000-02-29")  // 400th year, leap
        XCTAssertEqual(resolve("-1m", today: day("2026-03-31")), "2026-02-28")
        XCTAssertEqual(resolve("+1m", today: day("2026-10-31")), "2026-11-30")
        XCTAssertEqual(resolve("+2m", today: day("2026-12-31")), "2027-02-28")
        XCTAssertEqual(resolve("+1y", today: day("2024-02-29")), "2025-02-28")
        XCTAssertEqual(resolve("+12m", today: day("2024-02-29")), "2025-02-28")
    }

    func testWeekdaysAreStrictlyAfterToday() {
        // Today is a Friday: "fri" is next week's Friday, never today.
        XCTAssertEqual(resolve("fri"), "2026-12-04")
        XCTAssertEqual(resolve("Friday"), "2026-12-04")
        XCTAssertEqual(resolve("sat"), "2026-11-28")
        XCTAssertEqual(resolve("sunday"), "2026-11-29")
        XCTAssertEqual(resolve("mon"), "2026-11-30")
        XCTAssertEqual(resolve("tue"), "2026-12-01")
        XCTAssertEqual(resolve("tues"), "2026-12-01")
        XCTAssertEqual(resolve("wednesday"), "2026-12-02")
        XCTAssertEqual(resolve("thu"), "2026-12-03")
        XCTAssertEqual(resolve("thurs"), "2026-12-03")
    }

    func testNextWeekIsNextMonday() {
        XCTAssertEqual(resolve("next week"), "2026-11-30")
        // On a Monday it is the Monday after.
        XCTAssertEqual(resolve("next week", today: day("2026-11-30")), "2026-12-07")
        XCTAssertEqual(resolve("next week", today: day("2026-11-29")), "2026-11-30")  // from a Sunday
    }

    func testMonthAndQuarterEnds() {
        XCTAssertEqual(resolve("next month"), "2026-12-01")
        XCTAssertEqual(resolve("eom"), "2026-11-30")
        XCTAssertEqual(resolve("end of month", today: day("2024-02-10")), "2024-02-29")
        XCTAssertEqual(resolve("eom", today: day("2026-11-30")), "2026-11-30")  // already the last day
        XCTAssertEqual(resolve("end of quarter"), "2026-12-31")
        XCTAssertEqual(resolve("eoq", today: day("2026-02-10")), "2026-03-31")
        XCTAssertEqual(resolve("eoq", today: day("2026-04-01")), "2026-06-30")
        XCTAssertEqual(resolve("eoq", today: day("2026-09-30")), "2026-09-30")
    }

    func testYearRollover() {
        let wednesday = day("2026-12-30")
        XCTAssertEqual(resolve("fri", today: wednesday), "2027-01-01")
        XCTAssertEqual(resolve("+3d", today: wednesday), "2027-01-02")
        XCTAssertEqual(resolve("next week", today: wednesday), "2027-01-04")
        XCTAssertEqual(resolve("next month", today: wednesday), "2027-01-01")
        XCTAssertEqual(resolve("eom", today: wednesday), "2026-12-31")
        XCTAssertEqual(resolve("eoq", today: wednesday), "2026-12-31")
        XCTAssertEqual(resolve("tomorrow", today: day("2026-12-31")), "2027-01-01")
        XCTAssertEqual(resolve("-1d", today: day("2027-01-01")), "2026-12-31")
        XCTAssertEqual(resolve("-2m", today: day("2027-01-15")), "2026-11-15")
    }

    func testEmptyInputIsRefused() {
        XCTAssertEqual(refusal(""), .empty)
        XCTAssertEqual(refusal("   \t "), .empty)
        XCTAssertEqual(DateInputError.empty.description, "no date given — use 2026-12-15, +7d, fri or next month")
    }

    func testDatesThatDoNotExistAreRefused() {
        XCTAssertEqual(refusal("2026-13-01"), .notADate("2026-13-01"))
        XCTAssertEqual(refusal("2026-02-30"), .notADate("2026-02-30"))
        XCTAssertEqual(refusal("2026-02-29"), .notADate("2026-02-29"))
        XCTAssertEqual(refusal("0000-01-01"), .notADate("0000-01-01"))
        XCTAssertEqual(
            refusal("2026-02-30")?.description,
            "'2026-02-30' is not a date — use 2026-12-15, +7d, fri or next month")
    }

    func testGarbageIsRefused() {
        for garbage in ["banana", "next fri", "2026/12/15", "15-12-2026", "2026-1-5", "7", "fri day", "d", "tomorrow!"] {
            XCTAssertEqual(refusal(garbage), .notADate(garbage), garbage)
        }
    }

    func testControlCharactersAreNeitherAcceptedNorEchoed() {
        // The escape sequence goes whole (TextSafety.typed), not only its ESC.
        XCTAssertEqual(refusal("fri\u{1B}[2J"), .notADate("fri"))
        XCTAssertEqual(refusal("\u{202E}today"), .notADate("today"))
    }

    func testMalformedOffsetsSayHowOffsetsAreWritten() {
        for bad in ["+0x", "+7", "-d", "+", "+7 fortnights", "+1.5w"] {
            XCTAssertEqual(refusal(bad), .badOffset(bad), bad)
        }
        XCTAssertEqual(
            refusal("+0x")?.description,
            "'+0x' is not a date — write an offset as a number and d, w or m: +7d, +2w, +3m")
    }

    func testDatesBeyondTheCalendarAreRefused() {
        XCTAssertEqual(refusal("+99999999999999999999999d"), .outOfRange("+99999999999999999999999…"))
        XCTAssertEqual(refusal("+999999y"), .outOfRange("+999999y"))
        XCTAssertEqual(refusal("-999999m"), .outOfRange("-999999m"))
        XCTAssertEqual(refusal("+1000000d"), .outOfRange("+1000000d"))
        let lastDay = day("9999-12-31")
        XCTAssertEqual(refusal("tomorrow", today: lastDay), .outOfRange("tomorrow"))
        XCTAssertEqual(refusal("next month", today: lastDay), .outOfRange("next month"))
        XCTAssertEqual(refusal("+1m", today: lastDay), .outOfRange("+1m"))
        XCTAssertEqual(resolve("eoq", today: lastDay), "9999-12-31")
    }

    func testAHugePasteGivesAOneLineMessage() {
        let paste = String(repeating: "lorem ipsum\n", count: 10_000)
        let error = refusal(paste)
        XCTAssertEqual(error, .notADate("lorem ipsum lorem ipsum …"))
        XCTAssertLessThan(error?.description.count ?? .max, 100)
    }

    func testDescribeRelativeToToday() {
        XCTAssertEqual(DateInput.describe(friday, today: friday), "today")
        XCTAssertEqual(DateInput.describe(day("2026-11-28"), today: friday), "tomorrow")
        XCTAssertEqual(DateInput.describe(day("2026-11-26"), today: friday), "yesterday")
        XCTAssertEqual(DateInput.describe(day("2026-12-02"), today: friday), "in 5 days")
        XCTAssertEqual(DateInput.describe(day("2026-11-24"), today: friday), "3 days ago")
        XCTAssertEqual(DateInput.describe(day("2026-12-03"), today: friday), "in 6 days")
        // A week or more away: the weekday and date.
        XCTAssertEqual(DateInput.describe(day("2026-12-04"), today: friday), "Fri 4 Dec")
        XCTAssertEqual(DateInput.describe(day("2026-11-20"), today: friday), "Fri 20 Nov")
        XCTAssertEqual(DateInput.describe(day("2027-01-04"), today: friday), "Mon 4 Jan 2027")
    }
}
