import RapportCore
import XCTest

final class TextInputSanitizerTests: XCTestCase {
    func testOrdinaryTextIsUntouched() {
        for text in ["Ada Lovelace", "Zoë Ørsted-Łukasz", "東京支社", "Café (é as e + U+0301): Cafe\u{301}", "👩‍💻 on call", "🇯🇵 🏳️‍🌈 👍🏽", ""] {
            XCTAssertEqual(TextInputSanitizer.typed(text), text, text)
        }
    }

    func testLineBreaksAndTabsBecomeSpaces() {
        XCTAssertEqual(TextInputSanitizer.typed("a\tb\nc\r\nd\re"), "a b c d e")
        XCTAssertEqual(TextInputSanitizer.typed("one\u{2028}two\u{85}three"), "one two three")
    }

    func testControlCharactersAreDropped() {
        XCTAssertEqual(TextInputSanitizer.typed("\u{1B}[31mred\u{1B}[0m"), "[31mred[0m")
        XCTAssertEqual(TextInputSanitizer.typed("bell\u{07}\u{00}\u{08}"), "bell")
        XCTAssertEqual(TextInputSanitizer.typed("del\u{7F}"), "del")
        XCTAssertEqual(TextInputSanitizer.typed("csi\u{9B}2J"), "csi2J")  // one-byte C1 CSI
    }

    func testBidiAndZeroWidthCharactersAreDropped() {
        // "invoice_exe.pdf" written to display as "invoice_fdp.exe".
        XCTAssertEqual(TextInputSanitizer.typed("invoice_\u{202E}fdp.exe"), "invoice_fdp.exe")
        XCTAssertEqual(TextInputSanitizer.typed("\u{2067}abc\u{2069}\u{200E}\u{200F}\u{061C}"), "abc")
        XCTAssertEqual(TextInputSanitizer.typed("ada\u{200B}@exam\u{2060}ple.com\u{FEFF}"), "ada@example.com")
        XCTAssertEqual(TextInputSanitizer.typed("a\u{200C}b\u{200D}c"), "abc")
    }

    func testAJoinerInsideAnEmojiIsKept() {
        let family = "👨\u{200D}👩\u{200D}👧"
        XCTAssertEqual(TextInputSanitizer.typed("team \(family)\u{1B}"), "team \(family)")
        // A joiner hanging off the end of an emoji joins nothing.
        XCTAssertEqual(TextInputSanitizer.typed("👍\u{200D}x"), "👍x")
        XCTAssertEqual(TextInputSanitizer.typed("1\u{200D}2"), "12")
    }

    func testNothingInvisibleSurvivesAnyScalar() {
        // Every scalar of the first planes' interesting ranges, each between two letters.
        let ranges: [ClosedRange<UInt32>] = [0x00...0x2FF, 0x600...0x6FF, 0x2000...0x206F, 0xFE00...0xFFFF]
        var text = ""
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                text.unicodeScalars.append("a")
                text.unicodeScalars.append(scalar)
            }
        }
        let cleaned = TextInputSanitizer.typed(text)
        let invisible = cleaned.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFEFF, 0xFFF9...0xFFFB:
                return true
            default: return false
            }
        }
        XCTAssertEqual(invisible.map { String($0.value, radix: 16) }, [])
    }

    func testAHugePasteIsCleanedWhole() {
        let line = "row\u{1B}[K\t\u{202E}cell\r\n"
        let cleaned = TextInputSanitizer.typed(String(repeating: line, count: 20_000))
        XCTAssertEqual(cleaned, String(repeating: "row[K cell ", count: 20_000))
    }
}
