import RapportScreen

enum TestThemes {
    static let plain = Theme(name: "plain", styles: [:])

    /// Every role its own foreground colour, so a snapshot can name the role of every run.
    static let roles = Theme(
        name: "roles",
        styles: Dictionary(uniqueKeysWithValues: ThemeRole.allCases.enumerated().map { index, role in
            let isSelection = role == .selection || role == .selectionUnfocused
            return (role, Style(foreground: .indexed(UInt8(index + 16)), background: isSelection ? .indexed(UInt8(index + 16)) : .default))
        }))

    static func role(for color: Color) -> String {
        guard case .indexed(let index) = color, Int(index) >= 16, Int(index) - 16 < ThemeRole.allCases.count else { return "-" }
        return ThemeRole.allCases[Int(index) - 16].rawValue
    }

    /// Per row: "columns role" runs, e.g. "0-5 header.title | 6-20 header".
    static func roleRuns(_ buffer: Buffer) -> [String] {
        (0..<buffer.area.height).map { y in
            var runs: [String] = []
            var start = 0
            var current = ""
            for x in 0...buffer.area.width {
                let name: String
                if x == buffer.area.width {
                    name = "\u{0}"
                } else {
                    let cell = buffer[x, y]
                    let background = cell.style.background == .default ? "" : "/" + role(for: cell.style.background)
                    name = role(for: cell.style.foreground) + background
                }
                if name != current {
                    if x > 0 && current != "-" { runs.append("\(start)-\(x - 1) \(current)") }
                    start = x
                    current = name
                }
            }
            return runs.joined(separator: " | ")
        }
    }
}
