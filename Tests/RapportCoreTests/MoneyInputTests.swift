import RapportCore
import XCTest

final class MoneyInputTests: XCTestCase {
    func cents(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Int64? {
        switch MoneyInput.parse(text) {
        case .success(let money): return money.minorUnits
        case .failure(let error):
            XCTFail("'\(text)' refused: \(error)", file: file, line: line)
            return nil
        }
    }

    func refusal(_ text: String) -> MoneyInputError? {
        if case .failure(let error) = MoneyInput.parse(text) { return error }
        return nil
    }

    func testTheFormsPeopleType() {
        XCTAssertEqual(cents("1,250,000"), 125_000_000)
        XCTAssertEqual(cents("1.2M"), 120_000_000)
        XCTAssertEqual(cents("950k"), 95_000_000)
        XCTAssertEqual(cents("$12,400.50"), 1_240_050)
        XCTAssertEqual(cents("12400.5"), 1_240_050)
        XCTAssertEqual(cents("3b"), 300_000_000_000)
        XCTAssertEqual(cents("1.25 m"), 125_000_000)
        XCTAssertEqual(cents("$ 5"), 500)
        XCTAssertEqual(cents("  42  "), 4_200)
        XCTAssertEqual(cents(".5"), 50)
        XCTAssertEqual(cents("5."), 500)
        XCTAssertEqual(cents("0"), 0)
        XCTAssertEqual(cents("007"), 700)
    }

    func testPrecisionIsExactAndTrailingZerosAreFine() {
        XCTAssertEqual(cents("12.500"), 1_250)
        XCTAssertEqual(cents("1.23456k"), 123_456)  // $1,234.56
        XCTAssertEqual(cents("1.2345678900m"), 123_456_789)  // $1,234,567.89
        XCTAssertEqual(refusal("12.345"), .finerThanACent)
        XCTAssertEqual(refusal("1.234567k"), .finerThanACent)
    }

    func testNegativesAreRefused() {
        for negative in ["-5", "-$5", "$-5", "−5", "- 1.2M"] {
            XCTAssertEqual(refusal(negative), .negative, negative)
        }
        XCTAssertEqual(cents("-0"), 0)
    }

    func testGarbageIsRefused() {
        for garbage in ["abc", "$", "k", "1.2.3", "1,2", "1,2500", "12,34,567", ",500", "1e6", "5 dollars", "١٢", "12k5", "1,000.5.0", "--", "-abc", "(5)"] {
            XCTAssertEqual(refusal(garbage), .notAnAmount, garbage)
        }
        XCTAssertEqual(refusal(""), .empty)
        XCTAssertEqual(refusal("   "), .empty)
    }

    func testAbsurdAmountsAreRefused() {
        XCTAssertEqual(cents("999,999,999,999.99"), 99_999_999_999_999)
        XCTAssertEqual(refusal("1,000,000,000,000"), .tooLarge)
        XCTAssertEqual(refusal("1000b"), .tooLarge)
        XCTAssertEqual(refusal("99999999999999999999999999999"), .tooLarge)
        XCTAssertEqual(refusal("92233720368547758.07"), .tooLarge)
    }

    func testMessagesAreOneLine() {
        for error in [MoneyInputError.empty, .notAnAmount, .negative, .finerThanACent, .tooLarge] {
            XCTAssertFalse(error.description.contains("\n"))
            XCTAssertFalse(error.description.isEmpty)
        }
    }
}
