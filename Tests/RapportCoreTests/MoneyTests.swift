import RapportCore
import XCTest

final class MoneyTests: XCTestCase {
    func testCompactFormats() {
        XCTAssertEqual(Money.major(22_700_000).compact, "$22.7M")
        XCTAssertEqual(Money.major(317_000).compact, "$317k")
        XCTAssertEqual(Money.major(9_950).compact, "$9,950")
        XCTAssertEqual(Money.major(-1_250_000).compact, "-$1.3M")
        XCTAssertEqual(Money(minorUnits: 0).compact, "$0")
    }

    func testFullFormatKeepsCents() {
        XCTAssertEqual(Money(minorUnits: 1_240_005).full, "$12,400.05")
        XCTAssertEqual(Money(minorUnits: -99).full, "-$0.99")
    }

    func testPercentOfZeroIsNil() {
        XCTAssertNil(Money.major(5).percent(of: .zero))
        XCTAssertEqual(Money.major(50).percent(of: .major(200)), 25)
    }
}
