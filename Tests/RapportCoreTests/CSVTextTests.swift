import RapportCore
import XCTest

final class CSVTextTests: XCTestCase {
    func testCellsASpreadsheetWouldRunAsFormulasAreNeutralised() {
        XCTAssertEqual(CSVText.field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"")
        XCTAssertEqual(CSVText.field("+1 555 0100"), "'+1 555 0100")
        XCTAssertEqual(CSVText.field("-2+3"), "'-2+3")
        XCTAssertEqual(CSVText.field("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(CSVText.field("\tcmd"), "'\tcmd")
        XCTAssertEqual(CSVText.field("\rcmd"), "\"'\rcmd\"")
        XCTAssertEqual(CSVText.field("-"), "'-")
        XCTAssertEqual(CSVText.field("-12e3"), "'-12e3")
        XCTAssertEqual(CSVText.field("Plain = fine"), "Plain = fine")
    }

    func testNegativeNumbersStayNumbers() {
        XCTAssertEqual(CSVText.field("-1200.50"), "-1200.50")
        XCTAssertEqual(CSVText.field("-7"), "-7")
        XCTAssertEqual(CSVText.field("-0.05"), "-0.05")
        XCTAssertEqual(CSVText.field("-1200."), "'-1200.")
    }

    func testQuotesCommasAndLineBreaksAreQuotedAsRFC4180Says() {
        XCTAssertEqual(CSVText.record(["a,b", "say \"hi\"", "two\nlines", "crlf\r\nend", "plain"]),
                       "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"crlf\r\nend\",plain\r\n")
        XCTAssertEqual(CSVText.record(["", "東京精密", "Ålesund"]), ",東京精密,Ålesund\r\n")
    }

    func testStoredIntegersBecomePlainDecimals() {
        XCTAssertEqual(CSVText.decimal(120_050, unitsPerWhole: 100), "1200.50")
        XCTAssertEqual(CSVText.decimal(-120_050, unitsPerWhole: 100), "-1200.50")
        XCTAssertEqual(CSVText.decimal(-5, unitsPerWhole: 100), "-0.05")
        XCTAssertEqual(CSVText.decimal(0, unitsPerWhole: 100), "0.00")
        XCTAssertEqual(CSVText.decimal(Int64.min, unitsPerWhole: 100), "-92233720368547758.08")
        XCTAssertEqual(CSVText.decimal(-42, unitsPerWhole: 1), "-42")
    }
}
