import RapportCore
import XCTest

final class FieldValidationTests: XCTestCase {
    func testRequiredRefusesBlankText() {
        XCTAssertEqual(FieldValidation.required(""), "required")
        XCTAssertEqual(FieldValidation.required("  \t "), "required")
        XCTAssertNil(FieldValidation.required(" Ada "))
    }

    func testMaxLengthCountsWhatTheUserSees() {
        XCTAssertNil(FieldValidation.maxLength(String(repeating: "a", count: 200), limit: 200))
        XCTAssertEqual(FieldValidation.maxLength(String(repeating: "a", count: 201), limit: 200), "at most 200 characters")
        // Two bytes each, but 200 characters: allowed.
        XCTAssertNil(FieldValidation.maxLength(String(repeating: "é", count: 200), limit: 200))
        // One emoji sequence of eleven bytes is one character.
        XCTAssertNil(FieldValidation.maxLength(String(repeating: "👩‍💻", count: 200), limit: 200))
        XCTAssertEqual(FieldValidation.maxLength(String(repeating: "👩‍💻", count: 201), limit: 200), "at most 200 characters")
    }

    func testAHugePasteIsRefusedByLength() {
        let paste = String(repeating: "The quick brown fox jumps over the lazy dog. ", count: 25_000)  // ~1.1 MB
        XCTAssertEqual(FieldValidation.maxLength(paste, limit: FieldValidation.shortTextLimit), "at most 200 characters")
        XCTAssertEqual(FieldValidation.maxLength(paste, limit: FieldValidation.longTextLimit), "at most 5000 characters")
        let cleaned = TextInputSanitizer.typed(paste + "\u{1B}[2J")
        XCTAssertEqual(cleaned.utf8.count, paste.utf8.count + 3)  // ESC dropped, "[2J" kept
    }

    func testEmailShape() {
        for good in ["ada@example.com", " ada@example.com ", "a.b+c@sub.example.co.uk", "zoë@exämple.de"] {
            XCTAssertNil(FieldValidation.email(good), good)
        }
        XCTAssertEqual(FieldValidation.email("ada"), "one @, as in name@example.com")
        XCTAssertEqual(FieldValidation.email("ada@@example.com"), "one @, as in name@example.com")
        XCTAssertEqual(FieldValidation.email("ada@work@example.com"), "one @, as in name@example.com")
        XCTAssertEqual(FieldValidation.email("@example.com"), "a name before the @, as in name@example.com")
        for badDomain in ["ada@", "ada@example", "ada@example..com", "ada@.example.com", "ada@example.com."] {
            XCTAssertEqual(FieldValidation.email(badDomain), "a domain after the @, as in name@example.com", badDomain)
        }
        XCTAssertEqual(FieldValidation.email("ada lovelace@example.com"), "no spaces in an email address")
        XCTAssertEqual(FieldValidation.email("ada@exam\tple.com"), "no spaces in an email address")
        // Looks like ada@example.com, but is not the same address.
        XCTAssertEqual(FieldValidation.email("ada\u{200B}@example.com"), "no spaces in an email address")
        XCTAssertEqual(FieldValidation.email("ada@example.com\u{202E}"), "no spaces in an email address")
    }

    func testEmptyEmailIsAllowedUnlessRequired() {
        XCTAssertNil(FieldValidation.email(""))
        XCTAssertNil(FieldValidation.email("   "))
        XCTAssertEqual(FieldValidation.email("", required: true), "required")
    }

    func testIntegerInRange() {
        let influence = FieldValidation.influenceRange
        XCTAssertNil(FieldValidation.integer("3", in: influence))
        XCTAssertNil(FieldValidation.integer(" 5 ", in: influence))
        XCTAssertNil(FieldValidation.integer("1", in: influence))
        for bad in ["0", "6", "-1", "2.5", "three", "3x", "99999999999999999999999", "٣"] {
            XCTAssertEqual(FieldValidation.integer(bad, in: influence), "a whole number 1–5", bad)
        }
        XCTAssertNil(FieldValidation.integer("", in: influence))
        XCTAssertEqual(FieldValidation.integer("", in: influence, required: true), "required")
        XCTAssertEqual(FieldValidation.integerValue(" 4 ", in: influence), 4)
        XCTAssertNil(FieldValidation.integerValue("9", in: influence))
        XCTAssertNil(FieldValidation.integerValue("", in: influence))
    }

    func testCadenceDays() {
        XCTAssertNil(FieldValidation.cadenceDays("14"))
        XCTAssertNil(FieldValidation.cadenceDays("365"))
        XCTAssertNil(FieldValidation.cadenceDays(""))  // no cadence
        for bad in ["0", "366", "-7", "2w", "fortnight"] {
            XCTAssertEqual(FieldValidation.cadenceDays(bad), "a number of days, 1–365", bad)
        }
        XCTAssertEqual(FieldValidation.cadenceDays(" ", required: true), "required")
    }

    func testMoneyAndDateFieldsUseTheirParsersMessages() {
        XCTAssertNil(FieldValidation.money("1.2M"))
        XCTAssertNil(FieldValidation.money(""))
        XCTAssertEqual(FieldValidation.money("", required: true), "required")
        XCTAssertEqual(FieldValidation.money("-5"), "must not be negative")
        XCTAssertEqual(FieldValidation.money("lots"), "not an amount — use 1,250,000, 1.2M, 950k or $12,400.50")
        let today = day("2026-11-27")
        XCTAssertNil(FieldValidation.date("fri", today: today))
        XCTAssertNil(FieldValidation.date("", today: today))
        XCTAssertEqual(FieldValidation.date("", today: today, required: true), "required")
        XCTAssertEqual(
            FieldValidation.date("2026-02-30", today: today),
            "'2026-02-30' is not a date — use 2026-12-15, +7d, fri or next month")
    }

    func testFirstReportsTheFirstProblem() {
        let text = String(repeating: "x", count: 300)
        XCTAssertEqual(
            FieldValidation.first(FieldValidation.required(text), FieldValidation.maxLength(text, limit: 200)),
            "at most 200 characters")
        XCTAssertEqual(FieldValidation.first(FieldValidation.required(""), FieldValidation.maxLength("", limit: 200)), "required")
        XCTAssertNil(FieldValidation.first(nil, nil))
    }

    func testTrimmed() {
        XCTAssertEqual(FieldValidation.trimmed("  Ada Lovelace \t"), "Ada Lovelace")
        XCTAssertEqual(FieldValidation.trimmed("   "), "")
    }
}
