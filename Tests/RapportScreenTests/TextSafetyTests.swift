import RapportCore
import RapportScreen
import XCTest

final class TextSafetyTests: XCTestCase {
    /// What the screen draws goes through `TextSafety.displayable`: nothing unsafe reaches a
    /// cell, every unsafe character shows as ␦ and breaks read as spaces.
    func testControlCharactersAndEscapeSequencesNeverSurvive() {
        let hostile = "Acme\u{1B}[2J\u{1B}]0;pwned\u{07}\r\nCorp\u{08}\u{7F}\u{9B}31m\u{202E}gnp.exe\u{200B}\u{2066}x\u{FEFF}"
        var buffer = Buffer(width: 60, height: 1)
        buffer.write(hostile, x: 0, y: 0, style: .plain)
        XCTAssertFalse(buffer.cells.contains { $0.text.unicodeScalars.contains { TextSafety.isUnsafe($0) } })
        let line = buffer.lines[0]
        XCTAssertTrue(line.hasPrefix("Acme␦[2J␦]0;pwned␦ Corp"), line)
        XCTAssertEqual(TextFit.truncate("tab\there", to: 20), "tab here")
        XCTAssertEqual(TextFit.truncate("plain ASCII stays", to: 20), "plain ASCII stays")
        XCTAssertEqual(TextFit.truncate("Zoë 東京 👩‍💻", to: 20), "Zoë 東京 👩‍💻", "emoji joiners inside an emoji are kept")
    }

    func testBufferWritesAreSanitizedAndMeasured() {
        var buffer = Buffer(width: 12, height: 1)
        buffer.write("a\u{1B}[31mb", x: 0, y: 0, style: .plain)
        XCTAssertEqual(buffer.lines, ["a␦[31mb     "])
        XCTAssertFalse(buffer.cells.contains { $0.text.unicodeScalars.contains { TextSafety.isUnsafe($0) } })
    }

    func testDisplayWidth() {
        XCTAssertEqual(DisplayWidth.of("abc"), 3)
        XCTAssertEqual(DisplayWidth.of("東京精密"), 8)
        XCTAssertEqual(DisplayWidth.of("서울"), 4)
        XCTAssertEqual(DisplayWidth.of("🥐"), 2)
        XCTAssertEqual(DisplayWidth.of("👩‍💻"), 2)
        XCTAssertEqual(DisplayWidth.of("❤️"), 2)
        XCTAssertEqual(DisplayWidth.of("🇯🇵"), 2)
        XCTAssertEqual(DisplayWidth.of("é"), 1)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1, "a combining accent adds no width")
        XCTAssertEqual(DisplayWidth.of("ﾃｽﾄ"), 3, "half-width katakana are narrow")
        XCTAssertEqual(DisplayWidth.of("ＡＢ"), 4, "full-width Latin is wide")
    }

    /// Emoji sequences are one grapheme cluster each and two columns, as tmux draws them.
    func testEmojiSequencesAreTwoColumns() {
        XCTAssertEqual(DisplayWidth.of("👨\u{200D}👩\u{200D}👧\u{200D}👦"), 2, "a family is one picture")
        XCTAssertEqual(DisplayWidth.of("🏳\u{FE0F}\u{200D}🌈"), 2)
        XCTAssertEqual(DisplayWidth.of("👍🏽"), 2, "a skin tone modifies, it adds no column")
        XCTAssertEqual(DisplayWidth.of("🇯🇵🇺🇸"), 4, "regional indicators pair up into flags")
        XCTAssertEqual(DisplayWidth.of("🇯"), 1, "a lone regional indicator is a letter")
    }

    func testEmojiSequencesFillOneCellAndItsContinuation() {
        var buffer = Buffer(width: 8, height: 1)
        let written = buffer.write("👩\u{200D}💻|🇯🇵|x", x: 0, y: 0, style: .plain)
        XCTAssertEqual(written, 7)
        XCTAssertEqual(buffer[0, 0], Cell(text: "👩\u{200D}💻", style: .plain, width: 2))
        XCTAssertTrue(buffer[1, 0].isContinuation)
        XCTAssertEqual(buffer[2, 0].text, "|")
        XCTAssertEqual(buffer[3, 0], Cell(text: "🇯🇵", style: .plain, width: 2))
        XCTAssertTrue(buffer[4, 0].isContinuation)
        XCTAssertEqual(buffer[5, 0].text, "|")
        XCTAssertEqual(buffer.lines, ["👩\u{200D}💻|🇯🇵|x "])
    }

    func testWideCharactersTakeTwoCellsAndNeverStraddleTheEdge() {
        var buffer = Buffer(width: 5, height: 1)
        let written = buffer.write("東京精", x: 0, y: 0, style: .plain)
        XCTAssertEqual(written, 5)
        XCTAssertEqual(buffer.lines, ["東京 "])
        XCTAssertEqual(buffer[1, 0].width, 0, "the right half of 東 is a continuation")
        // Overwriting half of a wide character blanks the other half.
        buffer.write("x", x: 1, y: 0, style: .plain)
        XCTAssertEqual(buffer.lines, [" x京 "])
    }

    func testTruncationByDisplayWidth() {
        XCTAssertEqual(TextFit.truncate("Müller Präzision GmbH", to: 10), "Müller…", "cut at a word boundary")
        XCTAssertEqual(TextFit.truncate("東京精密 KK", to: 6), "東京…")
        XCTAssertEqual(DisplayWidth.of(TextFit.pad("東京精密 KK", to: 7)), 7)
        XCTAssertEqual(TextFit.pad("ab", to: 5, alignment: .right), "   ab")
        XCTAssertEqual(TextFit.truncate("anything", to: 0), "")
    }

    func testDiffReportsOnlyChangedCells() {
        var first = Buffer(width: 4, height: 2)
        first.write("abcd", x: 0, y: 0, style: .plain)
        var second = first
        second.write("X", x: 2, y: 1, style: .plain)
        let changes = second.diff(from: first)
        XCTAssertEqual(changes.count, 1)
        XCTAssertEqual(changes.first?.x, 2)
        XCTAssertEqual(changes.first?.y, 1)
        XCTAssertEqual(second.diff(from: nil).count, 8)
        XCTAssertEqual(second.diff(from: Buffer(width: 3, height: 2)).count, 8, "a new size repaints everything")
    }
}
