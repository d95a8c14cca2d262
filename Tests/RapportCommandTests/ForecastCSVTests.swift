import Foundation
import XCTest

@testable import RapportForecast
@testable import rapport

/// Reading series files for `rapport forecast`, and the text it prints.
final class ForecastCSVTests: XCTestCase {
    private func error(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        do {
            _ = try SeriesCSV.parse(text, file: "data.csv")
            XCTFail("expected an error", file: file, line: line)
            return nil
        } catch let problem as SeriesCSVError {
            return problem.description
        } catch {
            XCTFail("unexpected \(error)", file: file, line: line)
            return nil
        }
    }

    func testMonthlyFileWithGapsAndUnorderedRows() throws {
        let text = "\u{FEFF}period,value\r\n2024-03,30\r\n2024-01,10\r\n\r\n2024-05, 50.5 \r\n2024-04,\r\n"
        let parsed = try SeriesCSV.parse(text, file: "data.csv")
        XCTAssertEqual(parsed.periods.map(\.label), ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05"])
        XCTAssertEqual(parsed.values, [10, nil, 30, nil, 50.5])
        XCTAssertEqual(parsed.seasonLength, 12)
    }

    func testQuarterlyFileAcrossAYear() throws {
        let parsed = try SeriesCSV.parse("Period,Value\n2023-Q3,1\n2023-q4,2\n2024-Q2,-4e2\n\"2024-Q3\",\"NA\"\n", file: "q.csv")
        XCTAssertEqual(parsed.periods.map(\.label), ["2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3"])
        XCTAssertEqual(parsed.values, [1, 2, nil, -400, nil])
        XCTAssertEqual(parsed.seasonLength, 4)
    }

    func testErrorsNameFileLineAndColumn() {
        XCTAssertEqual(error("period,value\n2024-01,1\n2024-02,abc\n"), "data.csv:3: value 'abc' is not a number")
        XCTAssertEqual(error("period,value\n2024-01,1\n2024-01,2\n"), "data.csv:3: period 2024-01 appears twice (also on line 2)")
        XCTAssertEqual(
            error("period,value\n2024-01,1\n2024-Q2,2\n"),
            "data.csv:3: period '2024-Q2' is a quarter, but line 2 has a month; use one kind throughout")
        XCTAssertEqual(
            error("period,value\n2024-13,1\n"), "data.csv:2: period '2024-13' is not a month like 2024-01 or a quarter like 2024-Q1")
        XCTAssertEqual(error("month,amount\n2024-01,1\n"), "data.csv:1: the header must be 'period,value', found 'month,amount'")
        XCTAssertEqual(error("period,value\n2024-01,1,2\n"), "data.csv:2: expected 2 columns (period,value), found 3")
        XCTAssertEqual(error("period,value\n2024-01,\"1,234\"\n"), "data.csv:2: value '1,234' is not a number")
        XCTAssertEqual(error("period,value\n2024-01,nan\n"), "data.csv:2: value 'nan' is not a number")
        XCTAssertEqual(error("period,value\n2024-01,1e999\n"), "data.csv:2: value '1e999' is too large")
        XCTAssertEqual(error("period,value\n2024-01,\"12\n"), "data.csv:2: a quoted field is not closed")
        XCTAssertEqual(error(""), "data.csv: the file is empty; expected the header 'period,value'")
        XCTAssertEqual(error("period,value\n\n"), "data.csv: no data rows after the header")
        XCTAssertEqual(
            error("period,value\n1024-01,1\n2024-01,2\n"),
            "data.csv: periods from 1024-01 to 2024-01 span 12001 months; at most 1200 are supported (check the years)")
    }

    func testPeriodsStepForwardAcrossYears() throws {
        let december = try XCTUnwrap(SeriesPeriod(label: "2024-12"))
        XCTAssertEqual(december.following(2).map(\.label), ["2025-01", "2025-02"])
        let fourth = try XCTUnwrap(SeriesPeriod(label: "2024-Q4"))
        XCTAssertEqual(fourth.following(5).map(\.label), ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"])
        XCTAssertEqual(fourth.advanced(by: -4).label, "2023-Q4")
        XCTAssertNil(SeriesPeriod(label: "2024-Q5"))
        XCTAssertNil(SeriesPeriod(label: "24-Q1"))
    }

    func testAForecastMustEndWhereRapportStillReadsPeriods() throws {
        // Labels have four-digit years: a step after 9999-12 would print 10000-01, which no
        // file Rapport reads may hold.
        let june = try XCTUnwrap(SeriesPeriod(label: "9999-06"))
        XCTAssertEqual(june.periodsLeft, 6)
        XCTAssertNoThrow(try ForecastCommand.checkRoom(after: june, horizon: 6, file: "data.csv"))
        XCTAssertEqual(june.following(6).map(\.label).last, "9999-12")
        XCTAssertThrowsError(try ForecastCommand.checkRoom(after: june, horizon: 12, file: "data.csv")) { error in
            XCTAssertEqual(
                "\(error)", "data.csv: 12 months after 9999-06 run past 9999-12, the last period Rapport reads; use --horizon 6 or less")
        }
        let last = try XCTUnwrap(SeriesPeriod(label: "9999-Q4"))
        XCTAssertEqual(last.periodsLeft, 0)
        XCTAssertThrowsError(try ForecastCommand.checkRoom(after: last, horizon: 1, file: "q.csv")) { error in
            XCTAssertEqual("\(error)", "q.csv: the series ends at 9999-Q4, the last period Rapport reads; no forecast can follow it")
        }
        XCTAssertEqual(try XCTUnwrap(SeriesPeriod(label: "2024-Q1")).periodsLeft, 31_903)
    }

    func testCSVAndJSONOutputShapes() throws {
        let result = ForecastResult(
            method: "ETS(M,Ad,M)", points: [100.5, 101], lower80: [90, 89.25], upper80: [110, 112.75], lower95: [80, 78.125],
            upper95: [120, 123.875], backtest: BacktestScore(mase: 0.8125, smape: 7.5, origins: 4), fallbackReason: "a \"quoted\" note")
        let last = try XCTUnwrap(SeriesPeriod(label: "2024-11"))
        XCTAssertEqual(
            ForecastOutput.csv(result, after: last),
            """
            period,forecast,lower80,upper80,lower95,upper95,method,mase
            2024-12,100.5,90,110,80,120,"ETS(M,Ad,M)",0.8125
            2025-01,101,89.25,112.75,78.125,123.875,"ETS(M,Ad,M)",0.8125

            """)
        let json = try ForecastOutput.json(result, after: last)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(object["method"] as? String, "ETS(M,Ad,M)")
        XCTAssertEqual(object["fallbackReason"] as? String, "a \"quoted\" note")
        XCTAssertEqual((object["backtest"] as? [String: Any])?["origins"] as? Int, 4)
        let steps = try XCTUnwrap(object["forecast"] as? [[String: Any]])
        XCTAssertEqual(steps.map { $0["period"] as? String }, ["2024-12", "2025-01"])
        XCTAssertEqual(steps[1]["upper95"] as? Double, 123.875)
        XCTAssertEqual(ForecastOutput.number(-0.00001), "0")
        XCTAssertEqual(ForecastOutput.number(2e20), "2e+20")
    }

    func testAParsedFileForecastsEndToEnd() throws {
        let rows = (0..<30).map { "2022-\(String(format: "%02d", $0 % 12 + 1)),\(100 + $0 % 12 * 5)" }
        // Three years of months minus the last six, written as 2022-01 … 2024-06.
        let text = "period,value\n" + rows.enumerated().map { index, row in
            let year = 2022 + index / 12
            return "\(year)" + row.dropFirst(4)
        }.joined(separator: "\n")
        let parsed = try SeriesCSV.parse(text, file: "data.csv")
        XCTAssertEqual(parsed.periods.count, 30)
        let result = Forecaster.forecast(ForecastSeries(values: parsed.values, seasonLength: parsed.seasonLength), horizon: 12)
        let last = try XCTUnwrap(parsed.periods.last)
        let csv = ForecastOutput.csv(result, after: last).split(separator: "\n")
        XCTAssertEqual(csv.count, 13)
        XCTAssertTrue(csv[1].hasPrefix("2024-07,"))
        XCTAssertTrue(csv[12].hasPrefix("2025-06,"))
    }
}
