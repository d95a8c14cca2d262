import Foundation
import RapportCore
@testable import RapportStore
import XCTest

/// A book file that cannot be restored is refused whole, with the file and the JSON path.
final class BookRestoreValidationTests: XCTestCase {
    /// A valid book file of two accounts, as an object to spoil.
    private func validBook() throws -> [String: Any] {
        let database = try AppDatabase.empty()
        let acme = try database.addAccount("Acme", arr: 1_000, renewal: TestClock.today.adding(days: 30))
        let globex = try database.addAccount("Globex")
        _ = try database.addContact("Ada", to: acme.id ?? 0, main: true)
        _ = try database.addContact("Bo", to: globex.id ?? 0, main: true)
        var text = ""
        try database.exportBookJSON(to: ExportStream { text += $0 })
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func refusal(_ book: [String: Any], file: String = "book.json") throws -> String {
        let data = try JSONSerialization.data(withJSONObject: book)
        return try refusal(data, file: file)
    }

    private func refusal(_ data: Data, file: String = "book.json") throws -> String {
        let target = try AppDatabase.empty()
        do {
            _ = try target.restoreBook(from: data, file: file)
            XCTFail("restored a bad file")
        } catch {
            XCTAssertEqual(try target.accountCount(), 0, "nothing written")
            return String(describing: error)
        }
        return ""
    }

    private func spoiled(_ book: [String: Any], _ table: String, _ index: Int, _ change: (inout [String: Any]) -> Void) -> [String: Any] {
        var book = book
        var records = book[table] as? [[String: Any]] ?? []
        change(&records[index])
        book[table] = records
        return book
    }

    func testAValidFileRestores() throws {
        let target = try AppDatabase.empty()
        let summary = try target.restoreBook(from: JSONSerialization.data(withJSONObject: validBook()), file: "book.json")
        XCTAssertEqual(summary.accounts, 2)
        XCTAssertEqual(try target.accounts().map(\.name).sorted(), ["Acme", "Globex"])
    }

    func testAnotherFormatOrVersionIsNamedAsSuch() throws {
        var book = try validBook()
        book["format"] = "something-else"
        XCTAssertEqual(try refusal(book), "book.json: format: expected \"rapport-book\", found \"something-else\"")
        book = try validBook()
        book["version"] = 3
        XCTAssertEqual(try refusal(book), "book.json: version: this Rapport reads versions 1 and 2, found 3 — use the Rapport that wrote it")
        XCTAssertEqual(try refusal(Data("name,arr\nAcme,1\n".utf8), file: "x.json"), "x.json: not a Rapport book file (not a JSON object)")
        XCTAssertEqual(try refusal(Data(), file: "empty.json"), "empty.json: not a Rapport book file (not a JSON object)")
    }

    func testAMissingFieldOrAWrongTypeNamesItsPath() throws {
        let book = try validBook()
        let missing = spoiled(book, "accounts", 1) { $0.removeValue(forKey: "renewal_date") }
        XCTAssertEqual(try refusal(missing), "book.json: accounts[1].renewal_date: missing (every field is required; write null for none)")
        let wrongType = spoiled(book, "accounts", 0) { $0["arr_minor"] = "1000" }
        XCTAssertEqual(try refusal(wrongType), "book.json: accounts[0].arr_minor: expected a whole number")
        let fraction = spoiled(book, "accounts", 0) { $0["arr_minor"] = 10.5 }
        let fractionRefusal = try refusal(fraction)
        XCTAssertEqual(fractionRefusal, "book.json: accounts[0].arr_minor: 10.5 is not a whole number (amounts are integers of minor units)")
        let nullName = spoiled(book, "contacts", 1) { $0["name"] = NSNull() }
        XCTAssertEqual(try refusal(nullName), "book.json: contacts[1].name: is null, expected text")
    }

    func testValuesAndReferencesAreCheckedBeforeAnythingIsWritten() throws {
        let book = try validBook()
        XCTAssertEqual(
            try refusal(spoiled(book, "accounts", 1) { $0["renewal_date"] = "2026-02-30" }),
            "book.json: accounts[1].renewal_date: \"2026-02-30\" is not a date (YYYY-MM-DD)")
        XCTAssertEqual(
            try refusal(spoiled(book, "contacts", 0) { $0["account_id"] = 99 }), "book.json: contacts[0].account_id: no account has id 99 in this file")
        XCTAssertEqual(
            try refusal(spoiled(book, "contacts", 0) { $0["influence"] = 9 }), "book.json: contacts[0].influence: 9 is outside 1–5")
        XCTAssertTrue(try refusal(spoiled(book, "contacts", 1) { $0["role"] = "boss" }).hasPrefix("book.json: contacts[1].role: \"boss\" is not one of \"sponsor\""))
        XCTAssertEqual(try refusal(spoiled(book, "accounts", 1) { $0["id"] = 1 }), "book.json: accounts[1].id: 1 appears twice")
    }
}
