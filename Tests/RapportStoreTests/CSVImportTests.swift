import Foundation
import RapportCore
@testable import RapportStore
import XCTest

/// CSV imports planned and applied on a real SQLite: Salesforce- and HubSpot-style exports of
/// the same book, matching, re-imports and undo.
final class CSVImportTests: XCTestCase {
    static let salesforce = """
        Account Name,Account ID,Annual Revenue,Industry,Billing Country,Account Owner,Type,Renewal Date\r
        Acme Corp,0015g001,"$1,234,500.00",Software,France,Jane Doe,Customer - Direct,04/03/2027\r
        Müller GmbH,0015g002,"1.234,50 €",Manufacturing,Germany,Jane Doe,Customer,13/05/2027\r
        東京商事株式会社,0015g003,EUR 1 234,Trading,Japan,Ken Sato,Prospect,2027-01-31\r

        """
    static let hubspot = """
        Company name,Record ID,Company owner,Annual Revenue,Industry,Country/Region,Website URL
        MULLER gmbh,9001,Jane Doe,"2,000,000",Manufacturing,Germany,muller.de
        Café Lumière,9002,Ann Roux,500k,Food,France,cafe.fr

        """

    func rows(_ text: String) throws -> (header: [String], rows: [CSVRow]) {
        var reader = CSVReader(bytes: Array(text.utf8))
        let header = try XCTUnwrap(reader.next()).fields
        var rows: [CSVRow] = []
        while let row = try reader.next() { rows.append(row) }
        return (header, rows)
    }

    func planAccounts(_ text: String, in database: AppDatabase, order: DateOrder? = nil) throws -> ImportPlan {
        let (header, rows) = try rows(text)
        let mapping = try ColumnMapping.make(header: header, kind: .accounts, overrides: [:]).get()
        let parsed = ImportRowParser(mapping: mapping, dateOrder: order, rows: rows).accounts(rows)
        return try database.planAccountImport(parsed.drafts, problems: parsed.problems, source: "test.csv")
    }

    func planContacts(_ text: String, in database: AppDatabase) throws -> ImportPlan {
        let (header, rows) = try rows(text)
        let mapping = try ColumnMapping.make(header: header, kind: .contacts, overrides: [:]).get()
        let parsed = ImportRowParser(mapping: mapping, dateOrder: nil, rows: rows).contacts(rows)
        return try database.planContactImport(parsed.drafts, problems: parsed.problems, source: "test.csv")
    }

    func testSalesforceThenHubSpotMatchesTheSharedCompanyAndReimportCreatesNothing() throws {
        let database = try AppDatabase.empty()
        let first = try planAccounts(Self.salesforce, in: database)
        XCTAssertEqual(first.problems, [])
        XCTAssertEqual(first.counts, "3 created, 0 updated, 0 unchanged")
        // A plan writes nothing.
        XCTAssertEqual(try database.accountCount(), 0)
        _ = try database.save(.importRecords(first.changes)).saved()

        let accounts = try database.accounts().sorted { $0.name < $1.name }
        XCTAssertEqual(accounts.map(\.name), ["Acme Corp", "Müller GmbH", "東京商事株式会社"])
        XCTAssertEqual(accounts.map(\.annualRecurringRevenue), [Money(minorUnits: 123_450_000), Money(minorUnits: 123_450), Money(minorUnits: 123_400)])
        // 13/05/2027 in the same column says day first, so 04/03/2027 is 4 March.
        XCTAssertEqual(accounts.map(\.renewalDate), [Day(year: 2027, month: 3, day: 4), Day(year: 2027, month: 5, day: 13), Day(year: 2027, month: 1, day: 31)])
        XCTAssertEqual(accounts.map(\.region), ["France", "Germany", "Japan"])

        let again = try planAccounts(Self.salesforce, in: database)
        XCTAssertEqual(again.counts, "0 created, 0 updated, 3 unchanged")
        XCTAssertTrue(again.changes.isEmpty)

        let hubspot = try planAccounts(Self.hubspot, in: database)
        XCTAssertEqual(hubspot.counts, "1 created, 1 updated, 0 unchanged")
        XCTAssertEqual(hubspot.updated, [ImportPlan.Entry(line: 2, subject: "Müller GmbH", fields: ["ARR"])])
        _ = try database.save(.importRecords(hubspot.changes)).saved()
        let after = try database.accounts()
        XCTAssertEqual(after.count, 4)
        let muller = try XCTUnwrap(after.first { $0.name == "Müller GmbH" })
        XCTAssertEqual(muller.annualRecurringRevenue, Money.major(2_000_000))
        XCTAssertEqual(muller.industry, "Manufacturing")
    }

    func testOneUndoTakesTheWholeImportAway() throws {
        let database = try AppDatabase.empty()
        _ = try database.addAccount("Acme Corp")
        let plan = try planAccounts(Self.salesforce, in: database)
        XCTAssertEqual(plan.counts, "2 created, 1 updated, 0 unchanged")
        let summary = try database.save(.importRecords(plan.changes)).saved()
        XCTAssertEqual(summary.description, "imported test.csv: 2 created, 1 updated")
        _ = try database.save(.undo).saved()
        let accounts = try database.accounts()
        XCTAssertEqual(accounts.map(\.name), ["Acme Corp"])
        XCTAssertEqual(accounts.first?.industry, "")
        XCTAssertEqual(try database.accountCount(), 1)
    }

    func testAnEditPlannedOnAnOlderVersionWritesNothing() throws {
        let database = try AppDatabase.empty()
        let acme = try database.addAccount("Acme Corp")
        let plan = try planAccounts(Self.salesforce, in: database)
        var renamed = acme
        renamed.owner = "Someone Else"
        _ = try database.save(.editAccount(RecordEdit(original: acme, edited: renamed))).saved()
        XCTAssertThrowsError(try database.save(.importRecords(plan.changes))) { error in
            XCTAssertTrue("\(error)".contains("changed since the import was planned"), "\(error)")
        }
        XCTAssertEqual(try database.accountCount(), 1)
    }

    func testAnAmbiguousDateColumnIsAProblemUntilTheOrderIsGiven() throws {
        let database = try AppDatabase.empty()
        let text = "Company,Renewal Date\nAcme,03/04/2027\nBeta,05/06/2027\n"
        let plan = try planAccounts(text, in: database)
        XCTAssertEqual(plan.problems.map(\.description), [
            "line 2, column 2 (Renewal Date): '03/04/2027' could be day/month or month/day and no other date in the column settles it — pass --date-format dmy or --date-format mdy",
            "line 3, column 2 (Renewal Date): '05/06/2027' could be day/month or month/day and no other date in the column settles it — pass --date-format dmy or --date-format mdy",
        ])
        let settled = try planAccounts(text, in: database, order: .mdy)
        XCTAssertEqual(settled.problems, [])
        XCTAssertEqual(settled.changes.newAccounts.map(\.renewalDate), [Day(year: 2027, month: 3, day: 4), Day(year: 2027, month: 5, day: 6)])
    }

    func testBadCellsNameLineColumnAndValue() throws {
        let database = try AppDatabase.empty()
        let plan = try planAccounts("Company,ARR,Tier\nAcme,12.345.67x,gold\n,5,smb\n", in: database)
        XCTAssertEqual(plan.problems.map(\.description), [
            "line 2, column 2 (ARR): '12.345.67x' is not an amount — expected 1,250,000, $12,400.50, 1.234,50 € or 1.2M",
            "line 2, column 3 (Tier): 'gold' — expected one of Strategic, Enterprise, Mid-market, SMB",
            "line 3: no name — every new account needs one",
        ])
        XCTAssertTrue(plan.changes.isEmpty)
    }

    func testContactsFindTheirAccountByNameOrEmailDomainAndMatchByEmail() throws {
        let database = try AppDatabase.empty()
        let acme = try database.addAccount("Acme Corp")
        let acmeID = try XCTUnwrap(acme.id)
        let contacts = """
            First Name,Last Name,Email,Account Name,Title
            Zoë,Lefèvre,zoe@acme.com,ACME corp,CFO
            Ken,Sato,ken@acme.com,,CTO
            Nobody,Here,no@else.org,Unknown Ltd,

            """
        let plan = try planContacts(contacts, in: database)
        // Ken's account comes from his email's domain only after Zoë's email is stored.
        XCTAssertEqual(plan.created.map(\.subject), ["Zoë Lefèvre (Acme Corp)"])
        XCTAssertEqual(plan.problems.map(\.line), [3, 4])
        XCTAssertTrue(plan.problems[1].message.hasPrefix("no account is named 'Unknown Ltd'"), plan.problems[1].message)
        _ = try database.save(.importRecords(plan.changes)).saved()

        let second = try planContacts(contacts, in: database)
        XCTAssertEqual(second.created.map(\.subject), ["Ken Sato (Acme Corp)"])
        XCTAssertEqual(second.unchanged.map(\.subject), ["Zoë Lefèvre (Acme Corp)"])
        _ = try database.save(.importRecords(second.changes)).saved()
        let stored = try database.contacts(accountID: acmeID)
        XCTAssertEqual(stored.map(\.name).sorted(), ["Ken Sato", "Zoë Lefèvre"])
        // The first contact of an account is its main point of contact, as when added by hand.
        XCTAssertEqual(stored.filter(\.isMainContact).map(\.name), ["Zoë Lefèvre"])
    }
}
