import Foundation
import XCTest

@testable import rapport

/// Reading a series file line by line, never holding more than a line.
final class SeriesLineReaderTests: XCTestCase {
    /// Hands out `data` in chunks, counting what was taken.
    final class CountingSource {
        let data: Data
        private(set) var handedOut = 0

        init(_ data: Data) { self.data = data }

        func read(_ count: Int) -> Data {
            let end = min(data.count, handedOut + count)
            defer { handedOut = end }
            return data.subdata(in: handedOut..<end)
        }
    }

    private func lines(_ text: String, chunkSize: Int) throws -> [String] {
        let source = CountingSource(Data(text.utf8))
        var reader = SeriesLineReader(file: "data.csv", chunkSize: chunkSize, read: source.read)
        var result: [String] = []
        while let line = try reader.next() {
            XCTAssertEqual(reader.lineNumber, result.count + 1)
            result.append(line)
        }
        return result
    }

    func testEveryKindOfLineBreakSplitsEvenAcrossChunks() throws {
        // CR LF split over two chunks is still one break.
        for chunkSize in [1, 2, 3, 64] {
            XCTAssertEqual(try lines("a\r\nb\rc\n\nd", chunkSize: chunkSize), ["a", "b", "c", "", "d"], "chunks of \(chunkSize)")
            XCTAssertEqual(try lines("é,1\r\n", chunkSize: chunkSize), ["é,1"], "chunks of \(chunkSize)")
        }
        XCTAssertEqual(try lines("", chunkSize: 4), [])
    }

    func testALineOverTheLimitIsAnErrorNamingItAndStopsTheReading() throws {
        var data = Data("period,value\n".utf8)
        data.append(Data(repeating: UInt8(ascii: "1"), count: 3 * SeriesLineReader.maximumLineBytes))
        data.append(Data(",2\n".utf8))
        let source = CountingSource(data)
        var reader = SeriesLineReader(file: "data.csv", chunkSize: 65_536, read: source.read)
        XCTAssertThrowsError(try SeriesCSV.parse(lines: &reader)) { error in
            XCTAssertEqual(
                "\(error)", "data.csv:2: the line is longer than 1 MB; a series file has one short line per period")
        }
        // What was read stops soon after the limit: the rest of the line is never held.
        XCTAssertLessThanOrEqual(source.handedOut, SeriesLineReader.maximumLineBytes + 2 * 65_536)
    }

    func testALineAtTheLimitIsRead() throws {
        let line = String(repeating: " ", count: SeriesLineReader.maximumLineBytes - 8) + "2024-01,"
        XCTAssertEqual(line.utf8.count, SeriesLineReader.maximumLineBytes)
        let parsed = try SeriesCSV.parse("period,value\n" + line + "\n2024-02,3\n", file: "data.csv")
        XCTAssertEqual(parsed.values, [nil, 3])
    }

    func testTextThatIsNotUTF8NamesItsLine() throws {
        var data = Data("period,value\n2024-01,1\n2024-02,".utf8)
        data.append(contentsOf: [0xFF, 0xFE])
        let source = CountingSource(data)
        var reader = SeriesLineReader(file: "data.csv", chunkSize: 7, read: source.read)
        XCTAssertThrowsError(try SeriesCSV.parse(lines: &reader)) { error in
            XCTAssertEqual("\(error)", "data.csv:3: the line is not UTF-8 text")
        }
    }
}
