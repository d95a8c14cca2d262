import RapportCore
import XCTest

final class SeriesCSVTests: XCTestCase {
    func parse(_ text: String) throws -> SeriesCSV.Series { try SeriesCSV.parse(text, file: "s.csv") }

    func error(_ text: String) -> String {
        do {
            _ = try parse(text)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    func testMonthlyRowsInAnyOrderWithGapsAndEmptyValues() throws {
        let series = try parse("\u{FEFF}Period, Value\r\n2024-03,30\n2024-01, 10\n2024-02,\n\n2024-05,50.5\n")
        XCTAssertEqual(series.periods.map(\.description), ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05"])
        XCTAssertEqual(series.values, [10, nil, 30, nil, 50.5])
        XCTAssertEqual(series.seasonLength, 12)
    }

    func testQuartersAcrossAYearEnd() throws {
        let series = try parse("period,value\n2024-Q3,3\n2024-Q4,4\n2025-Q1,5\n")
        XCTAssertEqual(series.periods.map(\.description), ["2024-Q3", "2024-Q4", "2025-Q1"])
        XCTAssertEqual(series.seasonLength, 4)
        XCTAssertEqual(series.periods.last?.adding(4).description, "2026-Q1")
    }

    func testEveryProblemNamesTheFileAndLine() {
        XCTAssertEqual(error(""), "s.csv: the file is empty; expected a header line 'period,value'")
        XCTAssertEqual(error("month,amount\n2024-01,1\n"), "s.csv:1: the header must be 'period,value' (found 'month,amount')")
        XCTAssertEqual(error("period,value\n"), "s.csv: there are no rows after the header")
        XCTAssertEqual(error("period,value\n2024-01,1\n2024-02,abc\n"), "s.csv:3: value 'abc' is not a number")
        XCTAssertEqual(error("period,value\n2024-01,1,2\n"), "s.csv:2: expected 2 columns (period,value), found 3")
        XCTAssertEqual(error("period,value\n2024-13,1\n"), "s.csv:2: period '2024-13' is neither a month like 2024-01 nor a quarter like 2024-Q1")
        XCTAssertEqual(error("period,value\n2024-01,1\n2024-01,2\n"), "s.csv:3: period 2024-01 appears twice (first on line 2)")
        XCTAssertEqual(error("period,value\n2024-01,1\n2024-Q2,2\n"), "s.csv:3: period 2024-Q2 mixes months and quarters; use one kind per file")
        XCTAssertEqual(error("period,value\n2024-01,inf\n"), "s.csv:2: value 'inf' is not a number")
        XCTAssertEqual(error("period,value\n0001-01,1\n9999-12,2\n"), "s.csv: the periods span 119988 steps; at most 100,000 are supported")
    }
}
