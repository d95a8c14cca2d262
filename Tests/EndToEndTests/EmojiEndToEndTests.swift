import Foundation
import RapportCore
import RapportStore
import XCTest

/// Emoji sequences in a real terminal: tmux decides what the user sees.
final class EmojiEndToEndTests: XCTestCase {
    /// Columns as tmux 3.3 counts them for the text these rows hold: ASCII and box drawing are
    /// one, an emoji picture (a zero-width-joiner sequence or a flag) two.
    private func columns(_ text: Substring) -> Int {
        text.reduce(0) { total, character in
            let first = character.unicodeScalars.first?.value ?? 0
            let isPicture = character.unicodeScalars.first?.properties.isEmojiPresentation == true || (0x1F1E6...0x1F1FF).contains(first)
            return total + (isPicture ? 2 : 1)
        }
    }

    func testZeroWidthJoinerSequencesAndFlagsAppearWholeAndKeepTheColumnsInLine() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = scratch.file("book.sqlite")
        let database = try openStore(store)
        let renewal = Day(year: 2027, month: 3, day: 1)
        for name in ["👩\u{200D}💻 Dev Studio", "🇯🇵 Tokyo Trading", "Plain Works"] {
            _ = try database.apply(
                .addAccount(Account(
                    name: name, industry: "Software", region: "APAC", tier: .enterprise, owner: "Dana",
                    annualRecurringRevenue: .major(120_000), renewalDate: renewal)),
                at: Date())
        }
        try database.close()
        let command = "\(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) --today 2026-11-18"
        let session = try TmuxSession(command: command)
        let screen = try session.waitFor("Plain Works")
        let shown = screen.joined(separator: "\n")
        let rows = try ["👩\u{200D}💻 Dev Studio", "🇯🇵 Tokyo Trading", "Plain Works"].map { name in
            // A row of the accounts pane, which begins with its left border.
            try XCTUnwrap(screen.first { $0.hasPrefix("┃") && $0.contains(name) }, "\(name) is not on screen whole:\n\(shown)")
        }
        // The ARR column starts at the same terminal column in every row.
        let arrColumns = try rows.map { row -> Int in
            let range = try XCTUnwrap(row.range(of: "$120k"), "no ARR in \(row)")
            return columns(row[..<range.lowerBound])
        }
        XCTAssertEqual(Set(arrColumns).count, 1, "ARR starts at columns \(arrColumns):\n\(shown)")
        // So does the pane's right border.
        let borders = rows.map { row in columns(row[..<(row.dropFirst().firstIndex(of: "┃") ?? row.endIndex)]) }
        XCTAssertEqual(Set(borders).count, 1, "right border at columns \(borders):\n\(shown)")
        try session.press("q")
    }
}
