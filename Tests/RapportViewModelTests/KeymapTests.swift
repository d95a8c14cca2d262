import Foundation
import RapportCore
import RapportStore
import RapportViewModel
import XCTest

/// The keymap resolves keys in the contexts a state shows, most specific first, and is the one
/// source for help, hints and the README's table.
final class KeymapTests: XCTestCase {
    let keymap = Keymap.standard

    func state(pane: Pane = .accounts, overlay: Overlay? = nil, typing: Bool = false, section: DetailSection? = nil) -> AppState {
        var state = AppState(storeName: "s", today: Day(daysSinceEpoch: 0), calendar: FiscalCalendar())
        state.pane = pane
        state.overlay = overlay
        state.accounts.isTyping = typing
        if let section { state.detail = DetailModel(scope: .account(1), section: section) }
        return state
    }

    func command(_ key: Key, _ state: AppState) -> Command? { keymap.command(for: key, in: state.keyContexts) }

    func testContextsResolveMostSpecificFirst() {
        XCTAssertEqual(command(.escape, state()), .clearFilter)
        XCTAssertEqual(command(.escape, state(pane: .initiatives)), .focusPrevious)
        XCTAssertEqual(command(.escape, state(typing: true)), .filterCancel)
        XCTAssertEqual(command(.escape, state(pane: .initiatives, overlay: .help)), .closeOverlay)
        XCTAssertEqual(command(.char("j"), state(pane: .initiatives)), .moveDown)
        XCTAssertEqual(command(.char("+"), state(pane: .initiatives)), .bumpProgress(5))
        XCTAssertNil(command(.char("+"), state()))
        XCTAssertEqual(command(.char("j"), state(typing: true)), .filterInput("j"))
        XCTAssertEqual(command(.down, state(typing: true)), .moveDown, "arrows still move while typing")
        XCTAssertEqual(command(.char("j"), state(overlay: .help)), .moveDown, "j scrolls help")
        XCTAssertNil(command(.char("o"), state(overlay: .help)))
        XCTAssertNil(command(.unknown, state()))
        XCTAssertEqual(command(.tab, state()), .focusNext)
        XCTAssertEqual(command(.char("l"), state()), .logInteraction)
        XCTAssertEqual(command(.char("n"), state()), .newRecord)
    }

    func testAFormTakesEveryKeyAndAConflictOnlyItsOwn() {
        let form = FormSession(form: .account(AccountForm(editing: nil)))
        for key: Key in [.char("q"), .char("u"), .tab, .escape, .ctrl("c"), .paste("x")] {
            XCTAssertEqual(command(key, state(overlay: .form(form))), .formKey(key), "\(key)")
        }
        var conflicted = form
        conflicted.conflict = EditConflict(subject: "account A", changedElsewhere: ["name"], changedHere: ["industry"], stored: .account(
            Account(name: "A", industry: "", region: "", tier: .midMarket, owner: "", annualRecurringRevenue: .zero, renewalDate: nil)))
        let conflict = state(overlay: .form(conflicted))
        XCTAssertEqual(conflict.keyContexts, [.conflict])
        XCTAssertEqual(command(.char("o"), conflict), .conflictOverwrite)
        XCTAssertEqual(command(.char("r"), conflict), .conflictReload)
        XCTAssertEqual(command(.escape, conflict), .conflictKeepEditing)
        XCTAssertNil(command(.char("x"), conflict))
        XCTAssertNil(command(.char("q"), conflict), "a decision is pending: q does not quit behind it")
    }

    func testTheDetailViewTakesEscTabAndLogBeforeItsSections() {
        XCTAssertEqual(command(.escape, state(section: .initiatives)), .closeDetail)
        XCTAssertEqual(command(.tab, state(section: .contacts)), .nextSection)
        XCTAssertEqual(command(.char("l"), state(section: .pipeline)), .logInteraction)
        XCTAssertEqual(command(.char("+"), state(section: .initiatives)), .bumpProgress(5))
        XCTAssertNil(command(.char("+"), state(pane: .initiatives, section: .contacts)), "the dashboard's pane is hidden")
        XCTAssertEqual(command(.char("n"), state(section: .timeline)), .logInteraction)
        XCTAssertEqual(command(.char("n"), state(section: .metrics)), .newRecord)
        XCTAssertEqual(command(.shiftLeft, state(section: .metrics)), .stepPeriod(-1))
        XCTAssertNil(command(.shiftLeft, state(section: .overview)))
        XCTAssertEqual(command(.enter, state()), .openDetail)
        XCTAssertNil(command(.enter, state(section: .overview)))
        XCTAssertEqual(
            keymap.helpSections(for: state(section: .initiatives).keyContexts).map(\.title),
            ["Account detail", "Initiatives", "Lists", "Global"])
    }

    func testNoKeyIsBoundTwiceInOneContext() {
        for context in KeyContext.allCases {
            let keys = keymap.bindings(in: context).flatMap(\.keys)
            XCTAssertEqual(keys.count, Set(keys).count, "duplicate key in \(context)")
        }
    }

    func testHelpListsWhatEachKeyReallyDoesThere() {
        let sections = keymap.helpSections(for: state(pane: .initiatives).keyContexts)
        XCTAssertEqual(sections.map(\.title), ["Initiatives", "Lists", "Dashboard", "Global"])
        XCTAssertTrue(sections[0].bindings.contains { $0.command == .cycleStatus(forward: true) })
        XCTAssertEqual(
            keymap.helpSections(for: state().keyContexts).map(\.title), ["Accounts", "Lists", "Dashboard", "Global", "Filter (while typing)"])
        // Esc is the initiatives pane's: the dashboard's sections do not offer it again.
        XCTAssertFalse(sections.dropFirst().flatMap(\.bindings).contains { $0.keys.contains(.escape) })
    }

    func testHintsShareALabelAndSkipKeysAMoreSpecificContextTook() {
        XCTAssertEqual(
            keymap.hints(for: state(typing: true).keyContexts).map(\.text), ["Enter keep", "Esc clear", "↑↓ move"])
        XCTAssertEqual(keymap.key(for: .newRecord, in: .metrics), "n")
        XCTAssertNil(keymap.key(for: .newRecord, in: .bookMetrics))
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
