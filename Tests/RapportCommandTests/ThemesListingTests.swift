import Foundation
import RapportScreen
import XCTest

@testable import rapport

/// `rapport themes`: every theme with a preview in its own colours, a broken one marked with
/// its error while the rest are still listed.
final class ThemesListingTests: XCTestCase {
    func testABrokenThemeIsMarkedAndTheRestListedWithTheirPreviews() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        try "[roles]\n\"text\" = { fg = \"acent\" }\n".write(to: folder.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        try "[palette]\nsea = \"#2080c0\"\n[roles]\n\"status.onTrack\" = { fg = \"sea\" }\n"
            .write(to: folder.appendingPathComponent("ocean.toml"), atomically: true, encoding: .utf8)

        let plain = ThemesCommand.listing(userDirectory: folder.path, colour: false, trueColor: false).map(\.rendered)
        let preview = "● on track  ▲ at risk  ■ blocked  ! late  ◐ watch  accent  muted  selected"
        XCTAssertEqual(plain, [
            "broken         yours     broken: \(folder.path)/broken.toml: roles.\"text\".fg: 'acent' is not a palette name or colour",
            "colour-blind   built-in  \(preview)",
            "default        built-in  \(preview)",
            "high-contrast  built-in  \(preview)",
            "light          built-in  \(preview)",
            "mono           built-in  \(preview)",
            "ocean          yours     \(preview)",
        ])

        let coloured = ThemesCommand.listing(userDirectory: folder.path, colour: true, trueColor: true).map(\.rendered)
        XCTAssertEqual(coloured[0], plain[0], "a broken theme has no colours to show")
        XCTAssertTrue(coloured[2].contains("\u{1B}[38;2;158;206;106m● on track\u{1B}[0m"), coloured[2])
        XCTAssertTrue(coloured[6].contains("\u{1B}[38;2;32;128;192m● on track\u{1B}[0m"), coloured[6])
        XCTAssertTrue(coloured[3].contains("\u{1B}[1;38;2;0;0;0;48;2;255;255;0mselected\u{1B}[0m"), coloured[3])
        // Without truecolor, the nearest of the 256 colours.
        let indexed = ThemesCommand.listing(userDirectory: folder.path, colour: true, trueColor: false).map(\.rendered)
        XCTAssertTrue(indexed[2].contains("\u{1B}[38;5;"), indexed[2])
        XCTAssertFalse(indexed[2].contains("38;2;"), indexed[2])
    }

    /// A run's text cannot smuggle a control sequence: the policy is applied where the line is
    /// printed, and the only escapes are the ones built from the style's numbers.
    func testAStyledLineShowsHostileTextAsPlaceholdersAndKeepsOnlyItsOwnEscapes() {
        let line = StyledLine([StyledLine.Run("evil\u{1B}]0;owned\u{07}name", codes: [1, 38, 5, 196]), StyledLine.Run(" plain\u{9B}31m")])
        XCTAssertEqual(line.rendered.filter { $0 == "\u{1B}" }.count, 2, "the run's own SGR and its reset only: \(line.rendered.debugDescription)")
        XCTAssertTrue(line.rendered.hasPrefix("\u{1B}[1;38;5;196m"), line.rendered.debugDescription)
        XCTAssertFalse(line.rendered.unicodeScalars.contains { $0 == "\u{07}" || $0 == "\u{9B}" }, line.rendered.debugDescription)
    }
}
