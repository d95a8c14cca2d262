import Foundation
import RapportCore
import RapportViewModel
import XCTest

@testable import RapportScreen

/// Every built-in theme tells status by symbol as well as colour; the high-contrast theme
/// meets WCAG AAA; the colour-blind theme keeps good, watch and bad apart for red–green
/// colour blindness.
final class ThemeAccessibilityTests: XCTestCase {
    /// The dashboard drawn in each built-in theme has the same text as in no theme at all, and
    /// that text holds every badge symbol: colour only ever adds to what the symbols say.
    func testEveryBuiltinThemeKeepsTheBadgeSymbols() throws {
        let plain = try DemoScreen.demo(width: 120, height: 40).lines
        let text = plain.joined(separator: "\n")
        for symbol in ["●", "◐", "○", "▲", "■", "!"] { XCTAssertTrue(text.contains(symbol), "the demo dashboard shows \(symbol)") }
        for name in BuiltinThemes.sources.keys.sorted() {
            let theme = try ThemeLoader.load(named: name, userDirectory: nil)
            let screen = try DemoScreen.demo(width: 120, height: 40, theme: theme)
            XCTAssertEqual(screen.lines, plain, "\(name) draws other text than no theme does")
            screen.press(.tab)
            let initiatives = screen.lines.joined(separator: "\n")
            for label in ["● on track", "▲ at risk"] { XCTAssertTrue(initiatives.contains(label), "\(name): \(label)") }
        }
    }

    func testHighContrastTextStandsSevenToOneAgainstItsBackground() throws {
        let theme = try ThemeLoader.load(named: "high-contrast", userDirectory: nil)
        for role in ThemeRole.allCases {
            let style = theme[role]
            let foreground = try XCTUnwrap(style.foreground.exactRGB, "\(role.rawValue): no foreground colour of its own")
            let background = try XCTUnwrap(style.background.exactRGB, "\(role.rawValue): no background colour of its own")
            let ratio = ContrastRatio.between(foreground, background)
            XCTAssertGreaterThanOrEqual(ratio, 7, "\(role.rawValue): \(ratio):1")
            XCTAssertFalse(style.attributes.contains(.dim), "\(role.rawValue): dim lowers contrast by an amount no one can know")
        }
        // The computation itself, on WCAG's end points and a known pair.
        XCTAssertEqual(ContrastRatio.between((0, 0, 0), (255, 255, 255)), 21, accuracy: 0.001)
        XCTAssertEqual(ContrastRatio.between((0x77, 0x77, 0x77), (255, 255, 255)), 4.48, accuracy: 0.01)
    }

    /// Simulated protanopia and deuteranopia (Viénot, Brettel & Mollon 1999): good, watch and bad
    /// still lie at least ΔE 30 apart in CIELAB (about three times a difference anyone notices).
    func testColourBlindThemeKeepsGoodWatchAndBadApartWithoutRedAndGreen() throws {
        let theme = try ThemeLoader.load(named: "colour-blind", userDirectory: nil)
        for roles in [[ThemeRole.healthGood, .healthWatch, .healthAtRisk], [.kpiGood, .kpiWarn, .kpiBad], [.statusOnTrack, .statusAtRisk, .statusBlocked]] {
            let colours = try roles.map { try XCTUnwrap(theme[$0].foreground.exactRGB, $0.rawValue) }
            for simulation in [ColourBlindness.protanopia, .deuteranopia] {
                for (first, second) in [(0, 1), (1, 2), (0, 2)] {
                    let difference = ColourBlindness.difference(colours[first], colours[second], as: simulation)
                    XCTAssertGreaterThanOrEqual(difference, 30, "\(simulation): \(roles[first].rawValue) and \(roles[second].rawValue) look alike")
                }
            }
        }
        // The default theme's green and amber are what this guards against: they would fail here.
        let standard = ThemeLoader.defaultTheme
        let good = try XCTUnwrap(standard[.healthGood].foreground.exactRGB)
        let watch = try XCTUnwrap(standard[.healthWatch].foreground.exactRGB)
        XCTAssertLessThan(ColourBlindness.difference(good, watch, as: .deuteranopia), 30)
    }
}

/// WCAG 2's contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances.
enum ContrastRatio {
    static func between(_ first: (UInt8, UInt8, UInt8), _ second: (UInt8, UInt8, UInt8)) -> Double {
        let (lighter, darker) = (max(luminance(first), luminance(second)), min(luminance(first), luminance(second)))
        return (lighter + 0.05) / (darker + 0.05)
    }

    static func luminance(_ rgb: (UInt8, UInt8, UInt8)) -> Double {
        let (red, green, blue) = (ColourBlindness.linear(rgb.0), ColourBlindness.linear(rgb.1), ColourBlindness.linear(rgb.2))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue
    }
}

/// Dichromat simulation in linear RGB (Viénot, Brettel & Mollon 1999).
enum ColourBlindness: CustomStringConvertible {
    case protanopia, deuteranopia

    var matrix: [[Double]] {
        switch self {
        case .protanopia: return [[0.11238, 0.88762, 0], [0.11238, 0.88762, 0], [0.00401, -0.00401, 1]]
        case .deuteranopia: return [[0.29275, 0.70725, 0], [0.29275, 0.70725, 0], [-0.02234, 0.02234, 1]]
        }
    }

    var description: String { self == .protanopia ? "protanopia" : "deuteranopia" }

    func simulate(_ rgb: (UInt8, UInt8, UInt8)) -> (UInt8, UInt8, UInt8) {
        let linearRGB = [Self.linear(rgb.0), Self.linear(rgb.1), Self.linear(rgb.2)]
        let out = matrix.map { row in zip(row, linearRGB).map(*).reduce(0, +) }.map(Self.encoded)
        return (out[0], out[1], out[2])
    }

    /// CIE76 ΔE between two colours as someone with this colour blindness sees them.
    static func difference(_ first: (UInt8, UInt8, UInt8), _ second: (UInt8, UInt8, UInt8), as simulation: ColourBlindness) -> Double {
        let (a, b) = (lab(simulation.simulate(first)), lab(simulation.simulate(second)))
        return ((a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1) + (a.2 - b.2) * (a.2 - b.2)).squareRoot()
    }

    /// sRGB to CIELAB (D65).
    static func lab(_ rgb: (UInt8, UInt8, UInt8)) -> (Double, Double, Double) {
        let (red, green, blue) = (linear(rgb.0), linear(rgb.1), linear(rgb.2))
        let x = (0.4124 * red + 0.3576 * green + 0.1805 * blue) / 0.95047
        let y = 0.2126 * red + 0.7152 * green + 0.0722 * blue
        let z = (0.0193 * red + 0.1192 * green + 0.9505 * blue) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16 / 116 }
        return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
    }

    static func linear(_ component: UInt8) -> Double {
        let value = Double(component) / 255
        return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
    }

    static func encoded(_ value: Double) -> UInt8 {
        let clamped = min(1, max(0, value))
        let encoded = clamped <= 0.0031308 ? clamped * 12.92 : 1.055 * pow(clamped, 1 / 2.4) - 0.055
        return UInt8((encoded * 255).rounded())
    }
}

extension Color {
    /// A colour the theme spelled as #rrggbb; nil for the terminal's own and palette indexes,
    /// whose real colour only the terminal knows.
    var exactRGB: (UInt8, UInt8, UInt8)? {
        guard case .rgb(let red, let green, let blue) = self else { return nil }
        return (red, green, blue)
    }
}
