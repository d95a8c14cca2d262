import RapportCore
import XCTest

/// What a metric measures decides how it is typed, stored, shown and aggregated.
final class MetricKindTests: XCTestCase {
    func testKindOfAMetricByName() {
        XCTAssertEqual(MetricKind.of(metric: MetricPoint.revenue), .revenue)
        XCTAssertEqual(MetricKind.of(metric: "nps"), .score)
        XCTAssertEqual(MetricKind.of(metric: "csat"), .score)
        XCTAssertEqual(MetricKind.of(metric: "active users"), .count)
        XCTAssertEqual(MetricKind.of(metric: "seats"), .count)
    }

    func testFlowsAreSummedAndLevelsAveraged() {
        XCTAssertEqual(MetricKind.revenue.aggregation, .sum)
        XCTAssertEqual(MetricKind.count.aggregation, .average)
        XCTAssertEqual(MetricKind.score.aggregation, .average)
        XCTAssertEqual(MetricKind.revenue.unitsPerWhole, 100, "revenue is kept in cents")
        XCTAssertEqual(MetricKind.count.unitsPerWhole, 1)
    }

    func testStoredIntegersReadAsMoneyOrQuantity() {
        XCTAssertEqual(MetricKind.revenue.value(12_345), .money(Money(minorUnits: 12_345)))
        XCTAssertEqual(MetricKind.count.value(7), .quantity(Quantity(7)))
        XCTAssertEqual(MetricKind.score.value(-12), .quantity(Quantity(-12)))
    }

    func testRevenueIsTypedAsMoney() {
        XCTAssertEqual(MetricKind.revenue.parse("100k"), .success(10_000_000))
        XCTAssertEqual(MetricKind.revenue.parse("$100,000"), .success(10_000_000))
        XCTAssertEqual(MetricKind.revenue.parse("1.2M"), .success(120_000_000))
        XCTAssertEqual(MetricKind.revenue.parse("$12,400.50"), .success(1_240_050))
    }

    func testCountsAndScoresAreTypedAsWholeNumbers() {
        XCTAssertEqual(MetricKind.score.parse("1,200"), .success(1_200))
        XCTAssertEqual(MetricKind.score.parse("1.5k"), .success(1_500))
        XCTAssertEqual(MetricKind.score.parse("-12"), .success(-12))
        XCTAssertEqual(MetricKind.score.parse("−12"), .success(-12), "the typographic minus")
        XCTAssertEqual(MetricKind.count.parse(" 12k "), .success(12_000))
        XCTAssertEqual(MetricKind.count.parse("+40"), .success(40))
        XCTAssertEqual(MetricKind.count.parse("2M"), .success(2_000_000))
        XCTAssertEqual(MetricKind.count.parse("-0"), .success(0))
    }

    /// Every refusal says what was wrong and what would do, in the words shown beside the field.
    func testRefusalsSayWhy() {
        func message(_ kind: MetricKind, _ typed: String) -> String? {
            guard case .failure(let error) = kind.parse(typed) else { return nil }
            return error.description
        }
        XCTAssertEqual(message(.count, "-12"), "cannot be negative")
        XCTAssertEqual(message(.count, "1.5"), "a whole number, like 1200 or 1.5k")
        XCTAssertEqual(message(.score, "lots"), "not a number — use 1200, 1,200 or 12k")
        XCTAssertEqual(message(.score, "$5"), "not a number — use 1200, 1,200 or 12k", "a score is not money")
        XCTAssertEqual(message(.count, "1,20"), "not a number — use 1200, 1,200 or 12k")
        XCTAssertEqual(message(.count, "  "), "no number given — use 1200, 1,200 or 12k")
        XCTAssertEqual(message(.count, "99999999999999999999"), "too large")
        XCTAssertEqual(message(.revenue, "-5"), "must not be negative")
        XCTAssertEqual(message(.revenue, "12.345"), "at most 2 decimals (cents)")
        XCTAssertEqual(message(.revenue, "twelve"), "not an amount — use 1,250,000, 1.2M, 950k or $12,400.50")
        XCTAssertEqual(message(.revenue, ""), "enter an amount like 1,250,000, 1.2M or 950k")
        XCTAssertEqual(message(.revenue, "2000b"), "too large — amounts stop below 1,000,000,000,000")
        XCTAssertNil(message(.revenue, "100k"))
    }
}

final class QuantityTests: XCTestCase {
    func testCompactShapesMatchMoneysWithoutACurrency() {
        XCTAssertEqual(Quantity(0).compact, "0")
        XCTAssertEqual(Quantity(999).compact, "999")
        XCTAssertEqual(Quantity(1_200).compact, "1,200")
        XCTAssertEqual(Quantity(9_999).compact, "9,999")
        XCTAssertEqual(Quantity(10_000).compact, "10k")
        XCTAssertEqual(Quantity(12_499).compact, "12k")
        XCTAssertEqual(Quantity(12_500).compact, "13k")
        XCTAssertEqual(Quantity(1_250_000).compact, "1.3M")
        XCTAssertEqual(Quantity(2_000_000_000).compact, "2.0B")
        XCTAssertEqual(Quantity(-1_500).compact, "-1,500")
        XCTAssertEqual(Quantity(-25_000).compact, "-25k")
        XCTAssertEqual(Money.major(1_250_000).compact, "$1.3M", "the same shape as money's")
    }

    func testFullIsGroupedAndExact() {
        XCTAssertEqual(Quantity(1_234_567).full, "1,234,567")
        XCTAssertEqual(Quantity(-1_234_567).full, "-1,234,567")
        XCTAssertEqual(Quantity(12).description, "12")
        // A damaged or crafted store can hold any integer; showing it must not trap.
        XCTAssertEqual(Quantity(.min).full, "-9,223,372,036,854,775,808")
        XCTAssertEqual(Quantity(.max).full, "9,223,372,036,854,775,807")
        XCTAssertEqual(Quantity(.min).compact, "-9223372036.9B")
    }

    func testArithmeticAndOrder() {
        XCTAssertEqual(Quantity(5) + Quantity(7), Quantity(12))
        XCTAssertEqual(Quantity(5) - Quantity(7), Quantity(-2))
        XCTAssertLessThan(Quantity(-1), Quantity.zero)
    }
}

final class MetricValueTests: XCTestCase {
    func testSubtractionKeepsTheKind() {
        XCTAssertEqual(MetricValue.money(Money(minorUnits: 500)) - .money(Money(minorUnits: 200)), .money(Money(minorUnits: 300)))
        XCTAssertEqual(MetricValue.quantity(Quantity(5)) - .quantity(Quantity(8)), .quantity(Quantity(-3)))
        XCTAssertTrue((MetricValue.quantity(Quantity(5)) - .quantity(Quantity(8))).isNegative)
        XCTAssertEqual(MetricValue.money(.zero).with(stored: 250), .money(Money(minorUnits: 250)))
        XCTAssertEqual(MetricValue.quantity(.zero).with(stored: 250), .quantity(Quantity(250)))
        XCTAssertEqual(MetricValue.money(Money(minorUnits: 250)).stored, 250)
    }

    func testPercentOfABase() {
        XCTAssertEqual(MetricValue.quantity(Quantity(50)).percent(of: .quantity(Quantity(200))) ?? 0, 25, accuracy: 0.0001)
        XCTAssertEqual(MetricValue.money(Money(minorUnits: -30)).percent(of: .money(Money(minorUnits: 120))) ?? 0, -25, accuracy: 0.0001)
        XCTAssertNil(MetricValue.quantity(Quantity(5)).percent(of: .quantity(.zero)), "no base, no percentage")
    }

    func testShownAsItsKind() {
        XCTAssertEqual(MetricValue.money(.major(12_400)).full, "$12,400.00")
        XCTAssertEqual(MetricValue.money(.major(12_400)).compact, "$12k")
        XCTAssertEqual(MetricValue.quantity(Quantity(12_400)).full, "12,400")
        XCTAssertEqual(MetricValue.quantity(Quantity(12_400)).compact, "12k")
        XCTAssertEqual(MetricValue.quantity(Quantity(-3)).description, "-3")
    }
}
