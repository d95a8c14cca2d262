import RapportCore
import XCTest

final class ImportValueTests: XCTestCase {
    func testAmountsAsExportsWriteThem() {
        let cases: [(String, Int64)] = [
            ("$1,234.50", 123_450), ("1.234,50 €", 123_450), ("EUR 1 234", 123_400), ("1 234,5", 123_450), ("1'234.50", 123_450),
            ("1,234", 123_400), ("1.234", 123_400), ("12,5", 1_250), ("1.234.567", 123_456_700), ("1.2M", 120_000_000), ("£950k", 95_000_000),
            ("USD 12", 1_200), ("0", 0),
        ]
        for (text, cents) in cases {
            XCTAssertEqual(try ImportAmount.parse(text).get(), Money(minorUnits: cents), text)
        }
        XCTAssertEqual(ImportAmount.parse("(1,234)"), .failure(.negative))
        XCTAssertEqual(ImportAmount.parse("abc"), .failure(.notAnAmount))
        XCTAssertEqual(ImportAmount.parse("12.345.67x"), .failure(.notAnAmount))
        XCTAssertEqual(ImportAmount.parse("12 apples"), .failure(.notAnAmount))
        XCTAssertEqual(ImportAmount.parse("1,234.50 USD"), .success(Money(minorUnits: 123_450)))
        XCTAssertEqual(ImportAmount.parse("1.2.3,4,5"), .failure(.notAnAmount))
        XCTAssertEqual(ImportAmount.parse("12.345"), .success(Money(minorUnits: 1_234_500)))
    }

    func testDateStyles() {
        let day = ImportDate.Reading.day(Day(year: 2026, month: 3, day: 4) ?? Day(daysSinceEpoch: 0))
        for text in ["2026-03-04", "2026/03/04", "4 Mar 2026", "Mar 4, 2026", "March 4 2026", "2026-03-04 10:00:00", "2026-03-04T10:00:00Z", "04-Mar-2026"] {
            XCTAssertEqual(ImportDate.read(text), day, text)
        }
        XCTAssertEqual(ImportDate.read("03/04/2026"), .numeric(first: 3, second: 4, year: 2026))
        XCTAssertNil(ImportDate.read("soon"))
        XCTAssertNil(ImportDate.read("2026-02-30"))
        XCTAssertEqual(ImportDate.impliedOrder(of: [.numeric(first: 3, second: 4, year: 2026), .numeric(first: 13, second: 5, year: 2026)]), .dmy)
        XCTAssertEqual(ImportDate.impliedOrder(of: [.numeric(first: 5, second: 31, year: 2026)]), .mdy)
        XCTAssertNil(ImportDate.impliedOrder(of: [.numeric(first: 3, second: 4, year: 2026)]))
        let ambiguous = ImportDate.Reading.numeric(first: 3, second: 4, year: 2026)
        XCTAssertEqual(ImportDate.resolve(ambiguous, order: .dmy), .some(Day(year: 2026, month: 4, day: 3)))
        XCTAssertEqual(ImportDate.resolve(ambiguous, order: .mdy), .some(Day(year: 2026, month: 3, day: 4)))
        XCTAssertEqual(ImportDate.resolve(ambiguous, order: nil), Day??.none)
        XCTAssertEqual(ImportDate.resolve(.numeric(first: 4, second: 4, year: 2026), order: nil), .some(Day(year: 2026, month: 4, day: 4)))
        // Read month first, 13/05 has no month 13.
        XCTAssertEqual(ImportDate.resolve(.numeric(first: 13, second: 5, year: 2026), order: .mdy), .some(nil))
    }

    func testHeadersFromSalesforceHubSpotAndSpreadsheetsMapAndTheRestAreNamed() throws {
        let salesforce = try ColumnMapping.make(
            header: ["Account Name", "Account ID", "Annual Revenue", "Industry", "Billing Country", "Account Owner", "Type", "Shoe Size"],
            kind: .accounts, overrides: [:]).get()
        XCTAssertEqual(salesforce.columns, [.name: 0, .arr: 2, .industry: 3, .region: 4, .owner: 5])
        XCTAssertEqual(salesforce.ignored.map(\.column), ["Account ID", "Type", "Shoe Size"])
        XCTAssertEqual(salesforce.mappedDescription, "Account Name → name, Annual Revenue → arr, Industry → industry, Billing Country → region, Account Owner → owner")
        let hubspot = try ColumnMapping.make(
            header: ["Company name", "Record ID", "Company owner", "Country/Region", "Website URL", "Company Domain Name"], kind: .accounts,
            overrides: [:]).get()
        XCTAssertEqual(hubspot.columns, [.name: 0, .owner: 2, .region: 3, .domain: 4])
        XCTAssertEqual(hubspot.ignored.last?.reason, "domain comes from an earlier column")
        let contacts = try ColumnMapping.make(header: ["E-mail", "Company", "Full Name", "Phone Number"], kind: .contacts, overrides: [:]).get()
        XCTAssertEqual(contacts.columns, [.email: 0, .account: 1, .name: 2, .phone: 3])
    }

    func testMapOverridesAndTheirErrors() throws {
        let overrides = try ColumnMapping.parseOverrides("Client=name, Renews = renewal ,Notes=").get()
        XCTAssertEqual(overrides, ["Client": "name", "Renews": " renewal ", "Notes": ""])
        let mapping = try ColumnMapping.make(header: ["Client", "Renews", "Notes", "Company"], kind: .accounts, overrides: overrides).get()
        XCTAssertEqual(mapping.columns, [.name: 0, .renewal: 1])
        XCTAssertEqual(mapping.ignored.map(\.reason), ["--map leaves it out", "name comes from the column --map names"])
        XCTAssertThrowsError(try ColumnMapping.make(header: ["A"], kind: .accounts, overrides: ["B": "name"]).get())
        XCTAssertThrowsError(try ColumnMapping.make(header: ["A"], kind: .accounts, overrides: ["A": "shoe"]).get())
        XCTAssertThrowsError(try ColumnMapping.parseOverrides("nonsense").get())
    }

    func testAFileWithNoKnownColumnIsNotAnExportOfThatKind() {
        guard case .failure(let error) = ColumnMapping.make(header: ["x7Gq!!", "zz"], kind: .accounts, overrides: [:]) else {
            return XCTFail("garbage mapped")
        }
        XCTAssertTrue(error.description.hasPrefix("no column is one Rapport knows for accounts"), error.description)
        guard case .failure(let missing) = ColumnMapping.make(header: ["Industry"], kind: .accounts, overrides: [:]) else {
            return XCTFail("no name column accepted")
        }
        XCTAssertTrue(missing.description.hasPrefix("no column gives the account's name"), missing.description)
    }
}
