import Foundation
import RapportCore
import XCTest

/// The one text policy: what may be stored from typing (`typed`, `typedLines`), what may be
/// drawn (`displayable`) and what may be printed as one line (`oneLine`).
final class TextSafetyTests: XCTestCase {
    func testOrdinaryTextIsUntouched() {
        for text in ["Ada Lovelace", "Zoë Ørsted-Łukasz", "東京支社", "Café (é as e + U+0301): Cafe\u{301}", "👩‍💻 on call", "🇯🇵 🏳️‍🌈 👍🏽", ""] {
            XCTAssertEqual(TextSafety.typed(text), text, text)
            XCTAssertEqual(TextSafety.displayable(text), text, text)
        }
        // The fast path: text with nothing to handle (a joiner inside an emoji takes the slow one).
        XCTAssertTrue(TextSafety.isSafe("Zoë 東京"))
        XCTAssertTrue(TextSafety.isSafe(""))
        XCTAssertFalse(TextSafety.isSafe("👩‍💻"))
        XCTAssertFalse(TextSafety.isSafe("a\u{7F}"))
    }

    func testTypedLineBreaksAndTabsBecomeSpaces() {
        XCTAssertEqual(TextSafety.typed("a\tb\nc\r\nd\re"), "a b c d e", "CR LF is one break, so one space")
        XCTAssertEqual(TextSafety.typed("one\u{2028}two\u{85}three\u{2029}four"), "one two three four")
    }

    /// A paste from a terminal carries colour codes: the whole sequence goes, not only the ESC.
    func testTypedDropsWholeEscapeSequences() {
        XCTAssertEqual(TextSafety.typed("\u{1B}[31mred\u{1B}[0m"), "red")
        XCTAssertEqual(TextSafety.typed("\u{1B}[38;2;255;0;0mtrue colour\u{1B}[m"), "true colour")
        XCTAssertEqual(TextSafety.typed("csi\u{9B}2Jx"), "csix", "the one-byte C1 CSI and its parameters")
        XCTAssertEqual(TextSafety.typed("a\u{1B}]0;pwned\u{07}b"), "ab", "OSC ended by BEL")
        XCTAssertEqual(TextSafety.typed("a\u{1B}]8;;https://x.example\u{1B}\\link\u{1B}]8;;\u{1B}\\b"), "alinkb", "OSC 8 links ended by ST")
        XCTAssertEqual(TextSafety.typed("a\u{9D}0;title\u{9C}b"), "ab", "the one-byte C1 OSC, ended by C1 ST")
        XCTAssertEqual(TextSafety.typed("a\u{1B}Pq#0;2;0;0;0\u{1B}\\b"), "ab", "DCS (sixel)")
        XCTAssertEqual(TextSafety.typed("a\u{90}data\u{9C}b"), "ab", "the one-byte C1 DCS")
        XCTAssertEqual(TextSafety.typed("a\u{1B}]0;never ends"), "a", "an unterminated string runs to the end, as a terminal swallows it")
        XCTAssertEqual(TextSafety.typed("\u{1B}OAup"), "up", "SS3 arrows")
        XCTAssertEqual(TextSafety.typed("\u{1B}(Bx\u{1B}7y"), "xy", "nF and two-character escapes")
        XCTAssertEqual(TextSafety.typed("team\u{1B}"), "team", "a lone ESC at the end")
        XCTAssertEqual(TextSafety.typed("a\u{1B}\u{1B}[1mb"), "ab")
    }

    func testTypedDropsControlCharactersDelAndNul() {
        XCTAssertEqual(TextSafety.typed("bell\u{07}\u{00}\u{08}"), "bell")
        XCTAssertEqual(TextSafety.typed("del\u{7F}"), "del")
        XCTAssertEqual(TextSafety.typed("n\u{0}u\u{0}l"), "nul", "NUL never reaches the store")
        XCTAssertEqual(TextSafety.typed("c\u{81}1\u{8F}"), "c1", "C1 controls")
    }

    func testTypedDropsBidiAndZeroWidthCharacters() {
        // "invoice_exe.pdf" written to display as "invoice_fdp.exe".
        XCTAssertEqual(TextSafety.typed("invoice_\u{202E}fdp.exe"), "invoice_fdp.exe")
        XCTAssertEqual(TextSafety.typed("\u{2067}abc\u{2069}\u{200E}\u{200F}\u{061C}"), "abc")
        XCTAssertEqual(TextSafety.typed("ada\u{200B}@exam\u{2060}ple.com\u{FEFF}"), "ada@example.com")
        XCTAssertEqual(TextSafety.typed("a\u{200C}b\u{200D}c"), "abc")
    }

    func testAJoinerInsideAnEmojiIsKept() {
        let family = "👨\u{200D}👩\u{200D}👧"
        XCTAssertEqual(TextSafety.typed("team \(family)\u{1B}"), "team \(family)")
        XCTAssertEqual(TextSafety.displayable("team \(family)"), "team \(family)")
        XCTAssertEqual(TextSafety.typed("🏳️\u{200D}🌈"), "🏳️\u{200D}🌈", "after a presentation selector too")
        // A joiner hanging off the end of an emoji joins nothing.
        XCTAssertEqual(TextSafety.typed("👍\u{200D}x"), "👍x")
        XCTAssertEqual(TextSafety.typed("1\u{200D}2"), "12", "digits are keycap bases, not emoji that join")
    }

    /// Every scalar of the interesting ranges, each between two letters, alone: nothing unsafe is
    /// left whichever it is (a C1 string start swallows the rest, so each is tried on its own),
    /// but the "\n" that `typedLines` keeps on purpose.
    func testNothingUnsafeSurvivesAnyScalar() {
        let ranges: [ClosedRange<UInt32>] = [0x00...0x2FF, 0x600...0x6FF, 0x2000...0x206F, 0xFE00...0xFFFF]
        var survivors: [String] = []
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a\(Character(scalar))b"
            let lines = TextSafety.typedLines(text).unicodeScalars.filter { $0 != "\n" }
            for cleaned in [TextSafety.typed(text), String(lines), TextSafety.displayable(text), TextSafety.oneLine(text)]
            where cleaned.unicodeScalars.contains(where: TextSafety.isUnsafe) {
                survivors.append(String(value, radix: 16))
            }
        }
        XCTAssertEqual(survivors, [])
    }

    func testHazardNamesWhyACharacterIsUnsafe() {
        XCTAssertEqual(TextSafety.hazard(of: "\u{0}"), .nul)
        XCTAssertEqual(TextSafety.hazard(of: "\n"), .lineBreak)
        XCTAssertEqual(TextSafety.hazard(of: "\t"), .lineBreak)
        XCTAssertEqual(TextSafety.hazard(of: "\u{2028}"), .lineBreak)
        XCTAssertEqual(TextSafety.hazard(of: "\u{1B}"), .control)
        XCTAssertEqual(TextSafety.hazard(of: "\u{7F}"), .control)
        XCTAssertEqual(TextSafety.hazard(of: "\u{9B}"), .c1Control)
        XCTAssertEqual(TextSafety.hazard(of: "\u{202E}"), .bidi)
        XCTAssertEqual(TextSafety.hazard(of: "\u{200B}"), .invisible)
        XCTAssertEqual(TextSafety.hazard(of: "\u{FEFF}"), .invisible)
        XCTAssertNil(TextSafety.hazard(of: "a"))
        XCTAssertNil(TextSafety.hazard(of: "東"))
        XCTAssertNil(TextSafety.hazard(of: " "))
    }

    func testTypedLinesKeepsLineBreaks() {
        XCTAssertEqual(TextSafety.typedLines("one\r\ntwo\rthree\nfour"), "one\ntwo\nthree\nfour", "every break becomes \\n")
        XCTAssertEqual(TextSafety.typedLines("a\n\nb"), "a\n\nb", "blank lines stay")
        XCTAssertEqual(TextSafety.typedLines("\u{1B}[1mbold\u{1B}[0m\tnote\nnext\u{202E}"), "bold note\nnext")
    }

    /// Drawn text hides nothing: each unsafe character shows as ␦ where it was.
    func testDisplayableShowsEachUnsafeCharacterAsThePlaceholder() {
        XCTAssertEqual(TextSafety.displayable("a\u{1B}[31mb"), "a␦[31mb")
        XCTAssertEqual(TextSafety.displayable("x\r\ny\tz\nw"), "x y z w", "breaks and tabs are spaces, CR LF one")
        XCTAssertEqual(TextSafety.displayable("\u{202E}gnp.exe"), "␦gnp.exe")
        XCTAssertEqual(TextSafety.displayable("a\u{200D}b\u{0}c\u{9B}"), "a␦b␦c␦")
        XCTAssertEqual(TextSafety.placeholder, "␦")
    }

    /// A message for stderr: one line, its lines joined with "; ", nothing obeyed.
    func testOneLineFoldsLinesAndNeverLetsEscapeThrough() {
        XCTAssertEqual(
            TextSafety.oneLine("*** in database main ***\nPage 3: never used\r\n\n  Page 9: btreeInitPage() returns error code 11  \n"),
            "*** in database main ***; Page 3: never used; Page 9: btreeInitPage() returns error code 11")
        XCTAssertEqual(TextSafety.oneLine("no such table\u{1B}[2J: x"), "no such table␦[2J: x")
        XCTAssertEqual(TextSafety.oneLine("tab\there"), "tab here", "a tab is a gap, not a line")
        XCTAssertEqual(TextSafety.oneLine("plain"), "plain")
        let hostile = TextSafety.oneLine("a\u{1B}]0;x\u{07}\nb\u{9B}1m\u{2028}c")
        XCTAssertFalse(hostile.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x07 }, hostile)
        XCTAssertFalse(hostile.contains("\n"), hostile)
    }

    /// A large paste is cleaned whole, and quickly: one pass, not a pass per character.
    func testALargePasteStaysFast() {
        let line = "row\u{1B}[K\t\u{202E}cell\r\n"
        let paste = String(repeating: line, count: 20_000)
        let start = Date()
        let cleaned = TextSafety.typed(paste)
        let lines = TextSafety.typedLines(paste)
        let shown = TextSafety.displayable(paste)
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(cleaned, String(repeating: "row cell ", count: 20_000))
        XCTAssertEqual(lines, String(repeating: "row cell\n", count: 20_000))
        XCTAssertEqual(shown, String(repeating: "row␦[K ␦cell ", count: 20_000))
        // Milliseconds in a release build; the bound only catches a quadratic slip.
        XCTAssertLessThan(elapsed, 5, "cleaning 300k characters took \(elapsed)s")
    }
}
