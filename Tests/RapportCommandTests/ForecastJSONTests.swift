import Foundation
import XCTest

@testable import RapportForecast
@testable import rapport

/// `rapport forecast --format json` goes through JSONEncoder: whatever the strings and numbers,
/// the text parses back, with the documented keys.
final class ForecastJSONTests: XCTestCase {
    /// The documented shape, read back with the standard decoder.
    private struct Document: Decodable {
        struct Backtest: Decodable {
            let mase: Double?
            let smape: Double?
            let origins: Int
        }

        struct Step: Decodable {
            let period: String
            let forecast: Double?
            let lower80: Double?
            let upper80: Double?
            let lower95: Double?
            let upper95: Double?
        }

        let method: String
        let backtest: Backtest?
        let fallbackReason: String?
        let forecast: [Step]
    }

    private func result(
        method: String = "Theta", points: [Double] = [10, 11], backtest: BacktestScore? = nil, reason: String? = nil
    ) -> ForecastResult {
        ForecastResult(
            method: method, points: points, lower80: points.map { $0 - 1 }, upper80: points.map { $0 + 1 },
            lower95: points.map { $0 - 2 }, upper95: points.map { $0 + 2 }, backtest: backtest, fallbackReason: reason)
    }

    private func json(_ result: ForecastResult) throws -> String {
        try ForecastOutput.json(result, after: try XCTUnwrap(SeriesPeriod(label: "2024-11")))
    }

    private func object(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], text)
    }

    func testQuotesNewlinesAndControlCharactersSurviveTheRoundTrip() throws {
        let method = "Odd \"name\", with \\ backslash\nsecond line\ttab \u{1} and 東京"
        let reason = "a \"quoted\"\r\nnote / slash"
        let text = try json(result(method: method, reason: reason))
        XCTAssertEqual(text.filter(\.isNewline).count, 1, "one line, then the newline: \(text)")
        let document = try JSONDecoder().decode(Document.self, from: Data(text.utf8))
        XCTAssertEqual(document.method, method)
        XCTAssertEqual(document.fallbackReason, reason)
        XCTAssertEqual(document.forecast.map(\.period), ["2024-12", "2025-01"])
    }

    func testNumbersThatAreNotFiniteAreNullAndTheRestStaysValid() throws {
        let broken = ForecastResult(
            method: "Naive", points: [.nan, 1], lower80: [-.infinity, 0], upper80: [.infinity, 2], lower95: [-.infinity, -1],
            upper95: [.greatestFiniteMagnitude, 3], backtest: BacktestScore(mase: .nan, smape: .infinity, origins: 2),
            fallbackReason: nil)
        let text = try json(broken)
        let document = try JSONDecoder().decode(Document.self, from: Data(text.utf8))
        XCTAssertNil(document.forecast[0].forecast)
        XCTAssertNil(document.forecast[0].lower80)
        XCTAssertNil(document.forecast[0].upper80)
        XCTAssertEqual(document.forecast[0].upper95, .greatestFiniteMagnitude)
        XCTAssertEqual(document.forecast[1].forecast, 1)
        XCTAssertNil(document.backtest?.mase)
        XCTAssertNil(document.backtest?.smape)
        XCTAssertEqual(document.backtest?.origins, 2)
        let steps = try XCTUnwrap(try object(text)["forecast"] as? [[String: Any]])
        XCTAssertTrue(steps[0]["forecast"] is NSNull, "present as null, not left out: \(text)")
    }

    func testNoBacktestAndNoReasonAreNullNotMissing() throws {
        let parsed = try object(try json(result()))
        XCTAssertEqual(Set(parsed.keys), ["method", "backtest", "betterSimplerMethod", "fallbackReason", "forecast"])
        XCTAssertTrue(parsed["backtest"] is NSNull)
        XCTAssertTrue(parsed["betterSimplerMethod"] is NSNull)
        XCTAssertTrue(parsed["fallbackReason"] is NSNull)
    }

    func testNumbersAreRoundedAsInTheCSVAndTheTextIsStable() throws {
        let scored = result(points: [1234.56789, -0.00001, 2e20], backtest: BacktestScore(mase: 0.812345, smape: 7.5, origins: 4))
        let text = try json(scored)
        XCTAssertEqual(text, try json(scored))
        XCTAssertTrue(text.hasPrefix("{\"backtest\":{\"losesToSeasonalNaive\":false,\"mase\":0.8123,\"origins\":4,\"smape\":7.5},\"betterSimplerMethod\":null,"), text)
        XCTAssertTrue(text.hasSuffix("}\n"), text)
        let document = try JSONDecoder().decode(Document.self, from: Data(text.utf8))
        XCTAssertEqual(document.forecast.map(\.forecast), [1234.5679, 0, 2e20])
        XCTAssertFalse(text.contains("-0,"), "no negative zero: \(text)")
    }

    func testAForecastThatLosesToTheBaselineSaysSoAndNamesTheBetterMethod() throws {
        let baseline = MethodBacktest(selection: .seasonalNaive, method: "Seasonal naive", score: BacktestScore(mase: 0.5, smape: 4, origins: 4))
        let flagged = ForecastResult(
            method: "Theta", points: [10], lower80: [9], upper80: [11], lower95: [8], upper95: [12],
            backtest: BacktestScore(mase: 1.25, smape: 9, origins: 4), simplerBacktests: [baseline], fallbackReason: nil)
        let parsed = try object(try json(flagged))
        let backtest = try XCTUnwrap(parsed["backtest"] as? [String: Any])
        XCTAssertEqual(backtest["losesToSeasonalNaive"] as? Bool, true)
        let better = try XCTUnwrap(parsed["betterSimplerMethod"] as? [String: Any])
        XCTAssertEqual(better["method"] as? String, "Seasonal naive")
        XCTAssertEqual(better["selection"] as? String, "seasonalNaive")
        XCTAssertEqual(better["mase"] as? Double, 0.5)
    }
}
