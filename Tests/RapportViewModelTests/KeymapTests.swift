import Foundation
import RapportViewModel
import XCTest

final class KeymapTests: XCTestCase {
    let keymap = Keymap.standard

    func testContextsResolveMostSpecificFirst() {
        XCTAssertEqual(keymap.command(for: .escape, mode: .normal, focus: .accounts), .back)
        XCTAssertEqual(keymap.command(for: .escape, mode: .normal, focus: .initiatives), .focusPrevious)
        XCTAssertEqual(keymap.command(for: .escape, mode: .filter, focus: .accounts), .filterCancel)
        XCTAssertEqual(keymap.command(for: .escape, mode: .help, focus: .initiatives), .closeOverlay)
        XCTAssertEqual(keymap.command(for: .char("j"), mode: .normal, focus: .initiatives), .moveDown)
        XCTAssertEqual(keymap.command(for: .char("+"), mode: .normal, focus: .initiatives), .bumpProgress(5))
        XCTAssertNil(keymap.command(for: .char("+"), mode: .normal, focus: .accounts))
        XCTAssertEqual(keymap.command(for: .char("j"), mode: .filter, focus: .accounts), .filterInput("j"))
        XCTAssertNil(keymap.command(for: .char("j"), mode: .help, focus: .accounts))
        XCTAssertNil(keymap.command(for: .unknown, mode: .normal, focus: .accounts))
    }

    func testNoKeyIsBoundTwiceInOneContext() {
        for context in KeyContext.allCases {
            let keys = keymap.bindings(in: context).flatMap(\.keys)
            XCTAssertEqual(keys.count, Set(keys).count, "duplicate key in \(context)")
        }
    }

    func testHelpListsThePaneListAndGlobalKeys() {
        let sections = keymap.helpSections(focus: .initiatives)
        XCTAssertEqual(sections.map(\.title), ["Initiatives", "Lists", "Global"])
        XCTAssertTrue(sections[0].bindings.contains { $0.command == .cycleStatus(forward: true) })
        XCTAssertEqual(keymap.helpSections(focus: .accounts).map(\.title), ["Accounts", "Lists", "Global", "Filter (while typing)"])
    }

    func testTheReadmeKeyTableIsTheKeymap() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let begin = try XCTUnwrap(text.range(of: "<!-- keys:begin -->\n"), "README lacks the keys:begin marker")
        let end = try XCTUnwrap(text.range(of: "\n<!-- keys:end -->"), "README lacks the keys:end marker")
        XCTAssertEqual(
            String(text[begin.upperBound..<end.lowerBound]), keymap.markdownTable,
            "README's key table is out of date: replace it with the output of `swift run rapport keys`")
    }
}
