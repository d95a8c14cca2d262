import Foundation
import XCTest

/// `rapport forecast` on files: the shapes of its CSV and JSON, and its errors.
final class ForecastCommandTests: XCTestCase {
    /// Three years of monthly sales with a trend and a December peak.
    func seasonalCSV() -> String {
        var lines = ["period,value"]
        for offset in 0..<36 {
            let month = offset % 12 + 1
            let value = 1000 + 10 * offset + (month == 12 ? 300 : 0)
            lines.append("\(2022 + offset / 12)-\(month < 10 ? "0" : "")\(month),\(value)")
        }
        return lines.joined(separator: "\n")
    }

    func write(_ text: String, in scratch: Scratch) throws -> String {
        let path = scratch.file("series.csv")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testCSVOutputHasOneRowPerStepWithOrderedBounds() throws {
        let scratch = try Scratch()
        let result = try runCommand(RapportBinary.path, ["forecast", "--input", try write(seasonalCSV(), in: scratch)])
        XCTAssertEqual(result.status, 0, result.standardError)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "period,forecast,lo80,hi80,lo95,hi95,method,backtest_mase,backtest_smape")
        XCTAssertEqual(lines.count, 13)
        XCTAssertTrue(lines[1].hasPrefix("2025-01,"), lines[1])
        XCTAssertTrue(lines[12].hasPrefix("2025-12,"), lines[12])
        var widths: [Double] = []
        for line in lines.dropFirst() {
            let cells = line.split(separator: ",").map(String.init)
            let numbers = cells[1...5].compactMap(Double.init)
            XCTAssertEqual(numbers.count, 5, line)
            let (point, lo80, hi80, lo95, hi95) = (numbers[0], numbers[1], numbers[2], numbers[3], numbers[4])
            XCTAssertTrue(lo95 <= lo80 && lo80 <= point && point <= hi80 && hi80 <= hi95, line)
            widths.append(hi95 - lo95)
            XCTAssertFalse(line.contains("nan") || line.contains("inf"), line)
        }
        XCTAssertGreaterThan(widths.last ?? 0, widths.first ?? 0, "intervals widen with the horizon")
        // The December peak is forecast again.
        let december = try XCTUnwrap(lines.last.flatMap { Double($0.split(separator: ",")[1]) })
        let november = try XCTUnwrap(Double(lines[11].split(separator: ",")[1]))
        XCTAssertGreaterThan(december, november + 150)
    }

    func testJSONOutputNamesTheMethodAndItsAccuracy() throws {
        let scratch = try Scratch()
        let result = try runCommand(
            RapportBinary.path, ["forecast", "--input", try write(seasonalCSV(), in: scratch), "--horizon", "4", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        XCTAssertFalse((json["method"] as? String ?? "").isEmpty)
        XCTAssertEqual(json["season"] as? Int, 12)
        let backtest = try XCTUnwrap(json["backtest"] as? [String: Any])
        XCTAssertNotNil(backtest["mase"] as? Double)
        let steps = try XCTUnwrap(json["forecast"] as? [[String: Any]])
        XCTAssertEqual(steps.map { $0["period"] as? String }, ["2025-01", "2025-02", "2025-03", "2025-04"])
    }

    func testBadInputIsAOneLineErrorWithTheLine() throws {
        let scratch = try Scratch()
        let path = try write("period,value\n2024-01,100\n2024-02,lots\n", in: scratch)
        let result = try runCommand(RapportBinary.path, ["forecast", "--input", path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.standardError, "rapport: \(path):3: value 'lots' is not a number\n")
        let missing = try runCommand(RapportBinary.path, ["forecast", "--input", scratch.file("nope.csv")])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.standardError.contains("cannot be read"), missing.standardError)
    }

    func testShortAndConstantSeriesStillGiveFiniteForecasts() throws {
        let scratch = try Scratch()
        for text in ["period,value\n2024-01,5\n", "period,value\n2024-Q1,7\n2024-Q2,7\n2024-Q3,7\n2024-Q4,7\n2025-Q1,7\n", "period,value\n2024-01,0\n2024-02,-3\n2024-03,1e15\n"] {
            let result = try runCommand(RapportBinary.path, ["forecast", "--input", try write(text, in: scratch), "--horizon", "3"])
            XCTAssertEqual(result.status, 0, result.standardError)
            XCTAssertEqual(result.standardOutput.split(separator: "\n").count, 4, result.standardOutput)
            XCTAssertFalse(result.standardOutput.lowercased().contains("nan"), result.standardOutput)
            XCTAssertFalse(result.standardOutput.lowercased().contains("inf"), result.standardOutput)
        }
    }
}
