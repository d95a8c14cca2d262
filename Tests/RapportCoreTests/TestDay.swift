import RapportCore
import XCTest

/// A day from a literal in a test; a typo in the literal fails the test instead of crashing it.
func day(_ iso: String, file: StaticString = #filePath, line: UInt = #line) -> Day {
    guard let parsed = Day(iso: iso) else {
        XCTFail("not a date: \(iso)", file: file, line: line)
        return Day(daysSinceEpoch: 0)
    }
    return parsed
}
