/// A one-line chart of a series: "▁▂▃▅▆▇█". Missing values are blanks.
public enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func text(_ values: [Int64?]) -> String {
        let present = values.compactMap { $0 }
        guard let low = present.min(), let high = present.max() else {
            return String(repeating: " ", count: values.count)
        }
        return String(values.map { value -> Character in
            guard let value else { return " " }
            guard high > low else { return levels[3] }
            let position = Double(value - low) / Double(high - low)
            return levels[min(levels.count - 1, Int(position * Double(levels.count - 1) + 0.5))]
        })
    }
}
