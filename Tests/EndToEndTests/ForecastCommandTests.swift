import Foundation
import XCTest

/// `rapport forecast` as a user runs it: CSV and JSON shapes, and one-line errors.
final class ForecastCommandTests: XCTestCase {
    private func monthlyFile(_ scratch: Scratch) throws -> String {
        var lines = ["period,value"]
        for index in 0..<30 {
            let year = 2022 + index / 12
            let month = index % 12 + 1
            let value = 100 + 10 * Double([0, 1, 3, 2, 4, 6, 5, 3, 2, 1, 0, -1][month - 1]) + Double(index)
            lines.append(String(format: "%d-%02d,%@", year, month, index == 7 ? "" : String(value)))
        }
        let path = scratch.file("sales.csv")
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testCSVHasAPeriodAndFourBoundsPerStep() throws {
        let scratch = try Scratch()
        let result = try runCommand(RapportBinary.path, ["forecast", "--input", try monthlyFile(scratch), "--horizon", "6"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let rows = result.standardOutput.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        XCTAssertEqual(rows.first?.prefix(6).joined(separator: ","), "period,forecast,lower80,upper80,lower95,upper95")
        XCTAssertEqual(rows.count, 7)
        XCTAssertEqual(rows[1].first, "2024-07")
        XCTAssertEqual(rows[6].first, "2024-12")
        for row in rows.dropFirst() {
            let numbers = row[1...5].compactMap { Double($0) }
            XCTAssertEqual(numbers.count, 5, "\(row)")
            // lower95 ≤ lower80 ≤ forecast ≤ upper80 ≤ upper95
            XCTAssertEqual([numbers[3], numbers[1], numbers[0], numbers[2], numbers[4]], [numbers[3], numbers[1], numbers[0], numbers[2], numbers[4]].sorted())
        }
        // The gap at 2022-08 is filled, and said so on stderr, leaving stdout a clean table.
        XCTAssertTrue(result.standardError.contains("filled by linear interpolation"), result.standardError)
    }

    func testJSONNamesTheMethodAndTheBacktest() throws {
        let scratch = try Scratch()
        let result = try runCommand(RapportBinary.path, ["forecast", "--input", try monthlyFile(scratch), "--format", "json", "--method", "ets"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        XCTAssertTrue((object["method"] as? String)?.hasPrefix("ETS(") == true, "\(object)")
        XCTAssertNotNil((object["backtest"] as? [String: Any])?["mase"] as? Double)
        let steps = try XCTUnwrap(object["forecast"] as? [[String: Any]])
        XCTAssertEqual(steps.count, 12)
        XCTAssertEqual(steps.first?["period"] as? String, "2024-07")
    }

    func testJSONStaysValidAtTheLimitsOfDouble() throws {
        // Values that overflow any model: the engine falls back and clamps, and the JSON must
        // still parse, with numbers where numbers belong.
        let scratch = try Scratch()
        let path = scratch.file("huge.csv")
        var rows: [String] = []
        for index in 0..<36 {
            let month = String(format: "%d-%02d", 2021 + index / 12, index % 12 + 1)
            rows.append(month + (index % 2 == 0 ? ",1.7976931348623157e308" : ",-1.7976931348623157e308"))
        }
        try (["period,value"] + rows).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let result = try runCommand(RapportBinary.path, ["forecast", "--input", path, "--format", "json"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
        let object = try XCTUnwrap(parsed as? [String: Any], result.standardOutput)
        let steps = try XCTUnwrap(object["forecast"] as? [[String: Any]])
        XCTAssertEqual(steps.count, 12)
        for step in steps {
            for key in ["forecast", "lower80", "upper80", "lower95", "upper95"] {
                XCTAssertNotNil(step[key] as? Double, "\(key) in \(step)")
            }
        }
    }

    func testBenchmarkTimesTheEngine() throws {
        let result = try runCommand(RapportBinary.path, ["forecast", "--benchmark", "3"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardOutput.hasPrefix("3 series of 36 months, horizon 12: median "), result.standardOutput)
    }

    func testBadInputIsOneLineNamingFileAndLine() throws {
        let scratch = try Scratch()
        let path = scratch.file("bad.csv")
        try "period,value\n2024-01,10\n2024-02,ten\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try runCommand(RapportBinary.path, ["forecast", "--input", path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.standardError, "rapport: \(path):3: value 'ten' is not a number\n")
        XCTAssertEqual(result.standardOutput, "")
        let empty = scratch.file("empty.csv")
        try "period,value\n2024-01,\n2024-02,NA\n".write(toFile: empty, atomically: true, encoding: .utf8)
        let nothing = try runCommand(RapportBinary.path, ["forecast", "--input", empty])
        XCTAssertEqual(nothing.status, 1)
        XCTAssertEqual(nothing.standardError, "rapport: \(empty): nothing to forecast: the series has no values\n")
        let missing = try runCommand(RapportBinary.path, ["forecast", "--input", scratch.file("none.csv")])
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.standardError.split(separator: "\n").count, 1, missing.standardError)
    }

    func testAVeryLongLineIsAnErrorNamingTheLine() throws {
        let scratch = try Scratch()
        let path = scratch.file("long.csv")
        var data = Data("period,value\n2024-01,1\n".utf8)
        data.append(Data(repeating: UInt8(ascii: "9"), count: 5_000_000))
        data.append(Data("\n".utf8))
        try data.write(to: URL(fileURLWithPath: path))
        let result = try runCommand(RapportBinary.path, ["forecast", "--input", path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.standardError, "rapport: \(path):3: the line is longer than 1 MB; a series file has one short line per period\n")
        XCTAssertEqual(result.standardOutput, "")
    }

    func testNegativeHorizonAndSeasonGiveTheAllowedRange() throws {
        let scratch = try Scratch()
        let input = try monthlyFile(scratch)
        let horizon = try runCommand(RapportBinary.path, ["forecast", "--input", input, "--horizon", "-3"])
        XCTAssertNotEqual(horizon.status, 0)
        XCTAssertTrue(horizon.standardError.contains("--horizon: -3 is outside 1–1200"), horizon.standardError)
        let season = try runCommand(RapportBinary.path, ["forecast", "--input", input, "--season", "-1"])
        XCTAssertNotEqual(season.status, 0)
        XCTAssertTrue(season.standardError.contains("--season: -1 is outside 1–1200"), season.standardError)
    }

    func testAForecastNeverPrintsAPeriodPastTheYear9999() throws {
        let scratch = try Scratch()
        let path = scratch.file("far.csv")
        try "period,value\n9999-04,1\n9999-05,2\n9999-06,3\n".write(toFile: path, atomically: true, encoding: .utf8)
        let refused = try runCommand(RapportBinary.path, ["forecast", "--input", path])
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(
            refused.standardError,
            "rapport: \(path): 12 months after 9999-06 run past 9999-12, the last period Rapport reads; use --horizon 6 or less\n")
        XCTAssertEqual(refused.standardOutput, "")
        let fitting = try runCommand(RapportBinary.path, ["forecast", "--input", path, "--horizon", "6"])
        XCTAssertEqual(fitting.status, 0, fitting.standardError)
        let periods = fitting.standardOutput.split(separator: "\n").dropFirst().map { $0.prefix(while: { $0 != "," }) }
        XCTAssertEqual(periods.last, "9999-12")
    }
}
