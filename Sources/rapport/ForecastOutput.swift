import Foundation
import RapportForecast

/// The text `rapport forecast` prints: one row per step ahead with its period label, the point
/// forecast and the 80% and 95% bounds, plus the method and its backtest.
enum ForecastOutput {
    /// `period,forecast,lower80,upper80,lower95,upper95,method,mase`; method and MASE repeat on
    /// every row so that each row stands alone in a spreadsheet (MASE empty without a backtest).
    static func csv(_ result: ForecastResult, after last: SeriesPeriod) -> String {
        var lines = ["period,forecast,lower80,upper80,lower95,upper95,method,mase"]
        let mase = result.backtest.map { number($0.mase) } ?? ""
        for (step, period) in last.following(result.points.count).enumerated() {
            let numbers = [result.points, result.lower80, result.upper80, result.lower95, result.upper95].map { number($0[step]) }
            lines.append(([period.label] + numbers + [csvField(result.method), mase]).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One JSON object on one line, shaped as `ForecastJSON` says, keys sorted so that the same
    /// forecast always prints the same text.
    static func json(_ result: ForecastResult, after last: SeriesPeriod) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(ForecastJSON(result, after: last))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Up to four decimals without trailing zeros (`1234.5`, `-0.0833`, `12`), or six significant
    /// digits with an exponent beyond 1e15; always a valid CSV number.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        if abs(value) >= 1e15 { return String(format: "%.6g", value) }
        var text = String(format: "%.4f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
