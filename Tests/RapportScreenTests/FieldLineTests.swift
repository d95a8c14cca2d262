@testable import RapportScreen
import XCTest

/// A line of figures drops its least important fields whole, never cutting one.
final class FieldLineTests: XCTestCase {
    func line() -> FieldLine {
        var line = FieldLine()
        line.add("Actual $125", .text, priority: 100)
        line.add("target $3,470", .text, priority: 80, separator: .init(" · ", .text))
        line.add("on pace $112: 112%", .text, priority: 60, separator: .init(" · ", .text))
        line.add("day 1 of 31", .text, priority: 40, separator: .init("   ", .text))
        return line
    }

    func drawn(_ line: FieldLine, width: Int) -> String {
        var buffer = Buffer(width: width, height: 1)
        line.render(at: 0, y: 0, width: width, into: &buffer, theme: TestThemes.plain)
        return buffer.lines[0].trimmingCharacters(in: .whitespaces)
    }

    func testEverythingFitsWhenThereIsRoom() {
        XCTAssertEqual(drawn(line(), width: 80), "Actual $125 · target $3,470 · on pace $112: 112%   day 1 of 31")
    }

    func testTheLeastImportantFieldsGoFirstAndWhole() {
        XCTAssertEqual(drawn(line(), width: 60), "Actual $125 · target $3,470 · on pace $112: 112%")
        XCTAssertEqual(drawn(line(), width: 40), "Actual $125 · target $3,470")
        XCTAssertEqual(drawn(line(), width: 26), "Actual $125")
    }

    func testAFieldKeptFirstDrawsNoSeparator() {
        var line = FieldLine()
        line.add("label", .text, priority: 1)
        line.add("vs 2025 +7%", .text, priority: 90, separator: .init(" ", .text))
        XCTAssertEqual(drawn(line, width: 12), "vs 2025 +7%", "the label went; its follower starts the line")
    }

    func testOfEqualPrioritiesTheLaterGoesFirst() {
        var line = FieldLine()
        line.add("one", .text, priority: 5)
        line.add("two", .text, priority: 5, separator: .init(" ", .text))
        line.add("three", .text, priority: 5, separator: .init(" ", .text))
        XCTAssertEqual(drawn(line, width: 8), "one two")
    }
}
