import Foundation
import RapportCore
import RapportViewModel
import XCTest

final class KeymapTests: XCTestCase {
    let keymap = Keymap.standard

    func state(_ mode: Mode, _ focus: Pane, section: DetailSection? = nil) -> AppState {
        var state = AppState(storeName: "s", today: Day(daysSinceEpoch: 0), calendar: FiscalCalendar())
        state.mode = mode
        state.focus = focus
        if let section { state.detail = AccountDetail(accountID: 1, section: section) }
        return state
    }

    func testContextsResolveMostSpecificFirst() {
        XCTAssertEqual(keymap.command(for: .escape, in: state(.normal, .accounts)), .back)
        XCTAssertEqual(keymap.command(for: .escape, in: state(.normal, .initiatives)), .focusPrevious)
        XCTAssertEqual(keymap.command(for: .escape, in: state(.filter, .accounts)), .filterCancel)
        XCTAssertEqual(keymap.command(for: .escape, in: state(.help, .initiatives)), .closeOverlay)
        XCTAssertEqual(keymap.command(for: .char("j"), in: state(.normal, .initiatives)), .moveDown)
        XCTAssertEqual(keymap.command(for: .char("+"), in: state(.normal, .initiatives)), .bumpProgress(5))
        XCTAssertNil(keymap.command(for: .char("+"), in: state(.normal, .accounts)))
        XCTAssertEqual(keymap.command(for: .char("j"), in: state(.filter, .accounts)), .filterInput("j"))
        XCTAssertNil(keymap.command(for: .char("j"), in: state(.help, .accounts)))
        XCTAssertNil(keymap.command(for: .unknown, in: state(.normal, .accounts)))
    }

    func testTheDetailViewTakesEscAndTabBeforeItsSections() {
        XCTAssertEqual(keymap.command(for: .escape, in: state(.normal, .accounts, section: .initiatives)), .closeDetail)
        XCTAssertEqual(keymap.command(for: .tab, in: state(.normal, .accounts, section: .contacts)), .nextSection)
        XCTAssertEqual(keymap.command(for: .char("+"), in: state(.normal, .accounts, section: .initiatives)), .bumpProgress(5))
        XCTAssertNil(keymap.command(for: .char("+"), in: state(.normal, .initiatives, section: .contacts)))
        XCTAssertEqual(keymap.command(for: .enter, in: state(.normal, .accounts)), .openDetail)
        XCTAssertEqual(
            keymap.helpSections(for: state(.help, .accounts, section: .initiatives)).map(\.title),
            ["Account detail", "Initiatives", "Lists", "Global"])
    }

    func testNoKeyIsBoundTwiceInOneContext() {
        for context in KeyContext.allCases {
            let keys = keymap.bindings(in: context).flatMap(\.keys)
            XCTAssertEqual(keys.count, Set(keys).count, "duplicate key in \(context)")
        }
    }

    func testHelpListsThePaneListAndGlobalKeys() {
        let sections = keymap.helpSections(for: state(.normal, .initiatives))
        XCTAssertEqual(sections.map(\.title), ["Initiatives", "Lists", "Global"])
        XCTAssertTrue(sections[0].bindings.contains { $0.command == .cycleStatus(forward: true) })
        XCTAssertEqual(keymap.helpSections(for: state(.help, .accounts)).map(\.title), ["Accounts", "Lists", "Global", "Filter (while typing)"])
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
