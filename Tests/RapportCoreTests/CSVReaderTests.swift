import RapportCore
import XCTest

final class CSVReaderTests: XCTestCase {
    func read(_ text: String, delimiter: CSVDelimiter? = nil, limit: Int = CSVReader.defaultMaximumFieldBytes) throws -> [CSVRow] {
        try read(Array(text.utf8), delimiter: delimiter, limit: limit)
    }

    func read(_ bytes: [UInt8], delimiter: CSVDelimiter? = nil, encoding: TextEncoding = .utf8, limit: Int = CSVReader.defaultMaximumFieldBytes) throws -> [CSVRow] {
        var reader = CSVReader(bytes: bytes, delimiter: delimiter, encoding: encoding, maximumFieldBytes: limit)
        var rows: [CSVRow] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }

    func error(_ text: String, limit: Int = CSVReader.defaultMaximumFieldBytes) -> CSVReadError? {
        error(Array(text.utf8), limit: limit)
    }

    func error(_ bytes: [UInt8], limit: Int = CSVReader.defaultMaximumFieldBytes) -> CSVReadError? {
        do {
            _ = try read(bytes, limit: limit)
            return nil
        } catch let error as CSVReadError {
            return error
        } catch {
            XCTFail("unexpected \(error)")
            return nil
        }
    }

    func testQuotingDoubledQuotesAndEmbeddedNewlinesKeepTheirLines() throws {
        let rows = try read("name,notes\r\n\"Acme, Inc\",\"said \"\"hi\"\"\nthen left\"\r\nBeta,\r\n")
        XCTAssertEqual(rows, [
            CSVRow(line: 1, fields: ["name", "notes"]),
            CSVRow(line: 2, fields: ["Acme, Inc", "said \"hi\"\nthen left"]),
            CSVRow(line: 4, fields: ["Beta", ""]),
        ])
    }

    func testBOMIsDroppedAndTheDelimiterComesFromTheHeaderLine() throws {
        let semicolons = try read("\u{FEFF}Name;ARR\nAcme;\"1.234,50\"\n")
        XCTAssertEqual(semicolons.map(\.fields), [["Name", "ARR"], ["Acme", "1.234,50"]])
        let tabs = try read("Name\tARR\nAcme\t5\n")
        XCTAssertEqual(tabs.map(\.fields), [["Name", "ARR"], ["Acme", "5"]])
        // A comma inside a quoted header does not count.
        let quotedComma = try read("\"a,b\";c\n1;2\n")
        XCTAssertEqual(quotedComma.map(\.fields), [["a,b", "c"], ["1", "2"]])
        let forced = try read("a;b\n1;2\n", delimiter: .comma)
        XCTAssertEqual(forced.map(\.fields), [["a;b"], ["1;2"]])
    }

    func testBlankLinesAreSkippedAndTheLastLineNeedsNoNewline() throws {
        let rows = try read("a,b\n\n1,2\n\n\n3,4")
        XCTAssertEqual(rows, [CSVRow(line: 1, fields: ["a", "b"]), CSVRow(line: 3, fields: ["1", "2"]), CSVRow(line: 6, fields: ["3", "4"])])
    }

    func testEachBadInputNamesWhere() {
        XCTAssertEqual(error(""), .emptyFile)
        XCTAssertEqual(error("\u{FEFF}"), .emptyFile)
        XCTAssertEqual(error("\n\r\n"), .emptyFile)
        XCTAssertEqual(error("a,b\n1,2,3\n"), .raggedRow(line: 2, expected: 2, found: 3))
        XCTAssertEqual(error("a,b\n1,2\n3\n"), .raggedRow(line: 3, expected: 2, found: 1))
        XCTAssertEqual(error("a,b\n1,2\n3,\"open\n4,5\n6,7\n"), .unterminatedQuote(line: 3, column: 2))
        XCTAssertEqual(error("a,b\n\"x\"y,2\n"), .textAfterClosingQuote(line: 2, column: 1))
        XCTAssertEqual(error("a,b\n1,5\" screen\n"), .strayQuote(line: 2, column: 2))
        XCTAssertEqual(error([0x61, 0x0A, 0x50, 0x4B, 0x00, 0x03]), .notText(line: 2, byte: 3))
        XCTAssertEqual(error([0x61, 0x2C, 0x62, 0x0A, 0x31, 0x2C, 0x41, 0xE9, 0x0A]), .invalidUTF8(line: 2, byte: 4))
    }

    func testAFieldPastTheCapIsAnErrorNamingItsStart() {
        let big = "a,b\n1,2\n3,\"" + String(repeating: "x", count: 2_000) + "\"\n"
        XCTAssertEqual(error(big, limit: 1_000), .fieldTooLarge(line: 3, column: 2, limitBytes: 1_000))
    }

    func testTenMegabyteFieldIsRefusedWithTheDefaultCap() {
        var bytes = Array("name,notes\nAcme,".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 10 * 1_048_576)
        XCTAssertEqual(error(bytes), .fieldTooLarge(line: 2, column: 2, limitBytes: CSVReader.defaultMaximumFieldBytes))
    }

    func testRowsSplitAcrossChunksReadTheSame() throws {
        let text = Array("name,notes\r\n\"Ac\"\"me\",\"x\ny\"\r\nB,2\r\n".utf8)
        for size in 1...7 {
            var offset = 0
            var reader = CSVReader {
                guard offset < text.count else { return nil }
                defer { offset += size }
                return Array(text[offset..<min(offset + size, text.count)])
            }
            var rows: [[String]] = []
            while let row = try reader.next() { rows.append(row.fields) }
            XCTAssertEqual(rows, [["name", "notes"], ["Ac\"me", "x\ny"], ["B", "2"]], "chunks of \(size)")
        }
    }

    func testLatin1AndWindows1252Decode() throws {
        let bytes: [UInt8] = Array("name,arr\n".utf8) + [0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x2C, 0x80, 0x35, 0x0A]
        XCTAssertEqual(try read(bytes, encoding: .windows1252)[1].fields, ["Müller", "€5"])
        XCTAssertEqual(try read(bytes, encoding: .latin1)[1].fields, ["Müller", "\u{80}5"])
    }

    func testSnifferTellsUTF8DamagedUTF8AndWindows1252Apart() {
        func sniff(_ bytes: [UInt8]) -> EncodingSniffer {
            var sniffer = EncodingSniffer()
            sniffer.feed(bytes)
            sniffer.finish()
            return sniffer
        }
        XCTAssertTrue(sniff(Array("Zoë,東京\n".utf8)).isUTF8)
        let windows = sniff(Array("a\nJos".utf8) + [0xE9, 0x0A])
        XCTAssertFalse(windows.isUTF8)
        XCTAssertTrue(windows.looksLikeWindows1252)
        XCTAssertEqual(windows.firstInvalid?.line, 2)
        XCTAssertEqual(windows.firstInvalid?.byte, 4)
        XCTAssertEqual(windows.firstLetter?.text, "é")
        let damaged = sniff(Array("Zoë\n".utf8) + [0x41, 0xE9, 0x0A])
        XCTAssertFalse(damaged.isUTF8)
        XCTAssertFalse(damaged.looksLikeWindows1252)
        XCTAssertEqual(damaged.firstInvalid?.line, 2)
        // A truncated sequence at the end of the file.
        XCTAssertFalse(sniff([0x41, 0xE2, 0x82]).isUTF8)
    }
}
