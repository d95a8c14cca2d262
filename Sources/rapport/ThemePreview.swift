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
    static var plain: String { samples.map(\.text).joined(separator: "  ") }

    /// The line with SGR escapes for each sample's style. `trueColor` false maps colours to the
    /// nearest of the 256 xterm colours, which every colour terminal since the 1990s shows.
    static func coloured(_ theme: Theme, trueColor: Bool) -> String {
        samples.map { sample in
            let codes = sgrCodes(theme[sample.role], trueColor: trueColor)
            let text = TextSafety.displayable(sample.text)
            return codes.isEmpty ? text : "\u{1B}[\(codes.joined(separator: ";"))m\(text)\u{1B}[0m"
        }.joined(separator: "  ")
    }

    static func sgrCodes(_ style: Style, trueColor: Bool) -> [String] {
        let attributes: [(Style.Attributes, String)] = [(.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.reverse, "7")]
        var codes = attributes.filter { style.attributes.contains($0.0) }.map(\.1)
        codes += colourCodes(style.foreground, layer: "38", trueColor: trueColor)
        codes += colourCodes(style.background, layer: "48", trueColor: trueColor)
        return codes
    }

    private static func colourCodes(_ colour: Color, layer: String, trueColor: Bool) -> [String] {
        switch colour {
        case .default: return []
        case .ansi(let index), .indexed(let index): return [layer, "5", String(index)]
        case .rgb(let red, let green, let blue):
            if trueColor { return [layer, "2", String(red), String(green), String(blue)] }
            return colour.nearestIndex(among: 256).map { [layer, "5", String($0)] } ?? []
        }
    }
}
