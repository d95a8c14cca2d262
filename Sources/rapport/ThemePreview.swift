import RapportCore
import RapportScreen

/// One line that shows a theme at a glance: the status badges and a few roles, each drawn in
/// the theme's own style. Symbols come first, so the line reads the same without colour.
enum ThemePreview {
    static let samples: [(text: String, role: ThemeRole)] = [
        ("● on track", .statusOnTrack), ("▲ at risk", .statusAtRisk), ("■ blocked", .statusBlocked), ("! late", .overdue),
        ("◐ watch", .healthWatch), ("accent", .paneBorderFocused), ("muted", .textDim), ("selected", .selection),
    ]

    /// The line as plain text.
    static var plain: [StyledLine.Run] { [StyledLine.Run(samples.map(\.text).joined(separator: "  "))] }

    /// The line with each sample in its style. `trueColor` false maps colours to the nearest of
    /// the 256 xterm colours, which every colour terminal since the 1990s shows.
    static func coloured(_ theme: Theme, trueColor: Bool) -> [StyledLine.Run] {
        var runs: [StyledLine.Run] = []
        for sample in samples {
            if !runs.isEmpty { runs.append(StyledLine.Run("  ")) }
            runs.append(StyledLine.Run(sample.text, codes: sgrCodes(theme[sample.role], trueColor: trueColor)))
        }
        return runs
    }

    static func sgrCodes(_ style: Style, trueColor: Bool) -> [Int] {
        let attributes: [(Style.Attributes, Int)] = [(.bold, 1), (.dim, 2), (.italic, 3), (.underline, 4), (.reverse, 7)]
        var codes = attributes.filter { style.attributes.contains($0.0) }.map(\.1)
        codes += colourCodes(style.foreground, layer: 38, trueColor: trueColor)
        codes += colourCodes(style.background, layer: 48, trueColor: trueColor)
        return codes
    }

    private static func colourCodes(_ colour: Color, layer: Int, trueColor: Bool) -> [Int] {
        switch colour {
        case .default: return []
        case .ansi(let index), .indexed(let index): return [layer, 5, Int(index)]
        case .rgb(let red, let green, let blue):
            if trueColor { return [layer, 2, Int(red), Int(green), Int(blue)] }
            return colour.nearestIndex(among: 256).map { [layer, 5, Int($0)] } ?? []
        }
    }
}
