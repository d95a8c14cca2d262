import Foundation
import XCTest

/// Compares rendered lines with a text snapshot checked into `__Snapshots__`.
/// `RAPPORT_RECORD_SNAPSHOTS=1 swift test` writes the snapshots anew.
func assertSnapshot(_ lines: [String], named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let directory = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let url = directory.appendingPathComponent("\(name).txt")
    // Trailing spaces are kept but made visible at the line end, so editors cannot strip them.
    let text = lines.map { $0 + "⏎" }.joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["RAPPORT_RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        do {
            try text.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            XCTFail("could not record \(url.path): \(error)", file: file, line: line)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("no snapshot at \(url.path) — record it with RAPPORT_RECORD_SNAPSHOTS=1 swift test", file: file, line: line)
        return
    }
    if expected != text {
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = text.components(separatedBy: "\n")
        let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
        let expectedLine = firstDifference < expectedLines.count ? expectedLines[firstDifference] : "(none)"
        let actualLine = firstDifference < actualLines.count ? actualLines[firstDifference] : "(none)"
        XCTFail(
            """
            snapshot \(name) differs at line \(firstDifference + 1):
              expected: \(expectedLine)
              actual:   \(actualLine)
            whole actual screen:
            \(text)
            (re-record with RAPPORT_RECORD_SNAPSHOTS=1 swift test if the change is intended)
            """, file: file, line: line)
    }
}
