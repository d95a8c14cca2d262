import Foundation
import RapportCore
import RapportScreen
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// Screens reached by a flow of keys: the notice of a too small terminal, a save that met a
/// change made elsewhere, a list scrolled far down, a search that matched beyond the names.
final class ScreenFlowSnapshotTests: XCTestCase {
    func testTooSmallNoticeAt50x15NamesTheQuitKey() throws {
        let screen = try DemoScreen.demo(width: 50, height: 15)
        XCTAssertEqual(screen.state.keyContexts, [.tooSmall], "a too small terminal offers only the notice's keys")
        let lines = screen.lines
        assertSnapshot(lines, named: "too-small-50x15")
        let quit = try XCTUnwrap(Keymap.standard.key(for: .quit, in: .tooSmall))
        let text = TooSmallText.of(lines)
        XCTAssertEqual(text, "Terminal 50×15 is too small — enlarge it to at least 60×18 (\(quit) quits)", "wrapped, never cut")
        // The whole notice, on a line wide enough for it, names the key the keymap quits with.
        screen.resize(width: 200, height: 15)
        XCTAssertTrue(TooSmallText.of(screen.lines).hasSuffix("at least 60×18 (\(quit) quits)"), TooSmallText.of(screen.lines))
        // Another keymap's quit key is the one named.
        let keymap = Keymap(bindings: [KeyBinding([.char("x")], .quit, .tooSmall, "Quit", hint: "leaves")])
        var renderer = FrameRenderer(theme: TestThemes.plain, keymap: keymap, storePath: DemoScreen.storePath)
        let other = TooSmallText.of(renderer.render(screen.state, width: 200, height: 15).lines)
        XCTAssertTrue(other.hasSuffix("(x leaves)"), other)
        screen.press(.char("q"))
        XCTAssertTrue(screen.driver.quit, "q quits from the notice")
    }

    func testFormConflictPromptAt80x24() throws {
        let screen = try DemoScreen.demo(width: 80, height: 24)
        let account = try XCTUnwrap(screen.state.focused.overview?.account)
        screen.press(.char("e"))
        guard case .form(let session) = screen.state.overlay, case .account = session.form else {
            return XCTFail("no account form: \(String(describing: screen.state.overlay))")
        }
        // Another window changes the owner and the industry while the form is open.
        var theirs = account
        theirs.owner = "Someone Else"
        theirs.industry = "Shipping"
        let outcome = try screen.driver.database.apply(.editAccount(RecordEdit(original: account, edited: theirs)), at: screen.driver.clock)
        guard case .saved = outcome else { return XCTFail("the other edit was not saved: \(outcome)") }
        // This form changes the owner too (name, industry, region, tier, owner).
        screen.press(.tab, .tab, .tab, .tab)
        screen.type(" Jr")
        screen.press(.enter)
        guard case .form(let conflicted) = screen.state.overlay, let conflict = conflicted.conflict else {
            return XCTFail("no conflict: \(String(describing: screen.state.overlay))")
        }
        XCTAssertEqual(conflict.overlapping, ["owner"])
        XCTAssertEqual(screen.state.keyContexts, [.conflict])
        let lines = screen.lines
        assertSnapshot(lines, named: "form-conflict-80x24")
        let prompt = Keymap.standard.hints(for: [.conflict]).map(\.text).joined(separator: " · ")
        XCTAssertTrue(lines.contains { $0.contains(prompt) }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.contains("Saving replaces their owner with yours.") }, lines.joined(separator: "\n"))
        XCTAssertEqual(try screen.driver.database.account(id: account.id ?? 0)?.owner, "Someone Else", "nothing saved over theirs yet")
    }

    /// PgDn far down, then up a row: the list keeps its top row until the cursor reaches it.
    /// (Stacked, the accounts pane is as tall as the selected account's initiatives leave it,
    /// so the rows below the top may come and go; the top row is what must not move.)
    func testListScrolledFarDownDoesNotJumpMovingUp() throws {
        let screen = try DemoScreen.demo(width: 100, height: 30)
        let firstScreen = AccountRows.of(screen.frame())
        screen.press(.pageDown, .pageDown, .pageDown)
        let bottom = screen.state.accounts.selected
        XCTAssertGreaterThan(bottom, firstScreen.count, "the cursor left the first screen")
        let before = AccountRows.of(screen.frame())
        XCTAssertEqual(AccountRows.selected(screen), before.last, "paging down leaves the cursor on the bottom row")
        screen.press(.up)
        XCTAssertEqual(screen.state.accounts.selected, bottom - 1)
        XCTAssertEqual(AccountRows.of(screen.frame()), before, "moving up inside the view scrolls nothing")
        assertSnapshot(screen.lines, named: "list-scrolled-up-one-100x30")
        // Up to the top row, the top row stays; one more and the list moves by one row.
        while AccountRows.selected(screen) != before.first, screen.state.accounts.selected > 0 {
            screen.press(.up)
            XCTAssertEqual(AccountRows.of(screen.frame()).first, before.first, "at \(AccountRows.selected(screen))")
        }
        XCTAssertEqual(screen.state.accounts.selected, bottom - before.count + 1)
        screen.press(.up)
        let moved = AccountRows.of(screen.frame())
        XCTAssertEqual(moved.first, AccountRows.selected(screen))
        XCTAssertEqual(moved.dropFirst().first, before.first, "scrolled by one row, not a page")
    }

    /// A book larger than the loaded window: pages arrive and old ones go while paging down,
    /// and moving up a row still scrolls nothing.
    func testLargeBookKeepsItsTopRowWhilePagesComeAndGo() throws {
        let screen = DemoScreen(driver: try DemoScreen.demoDriver(accounts: 700), width: 100, height: 30)
        for _ in 0..<30 { screen.press(.pageDown) }
        XCTAssertFalse(screen.state.accounts.reachesStart, "the window dropped its first rows")
        let before = AccountRows.of(screen.frame())
        XCTAssertEqual(before.last, AccountRows.selected(screen))
        screen.press(.up)
        XCTAssertEqual(AccountRows.of(screen.frame()), before)
        screen.press(.pageUp, .pageUp)
        let top = AccountRows.of(screen.frame())
        XCTAssertEqual(top.first, AccountRows.selected(screen), "paging up puts the cursor on the top row")
    }

    func testSearchTypedWithSlashSaysWhereItMatched() throws {
        let screen = try DemoScreen.demo(width: 100, height: 30)
        let contact = try XCTUnwrap(
            screen.driver.database.contacts(accountID: try XCTUnwrap(screen.state.accounts.selectedID)).first)
        let surname = try XCTUnwrap(contact.name.split(separator: " ").last.map(String.init))
        screen.press(.char("/"))
        screen.type(surname.lowercased())
        XCTAssertTrue(screen.state.accounts.isTyping)
        let lines = screen.lines
        assertSnapshot(lines, named: "search-contact-100x30")
        XCTAssertTrue(lines.contains { $0.contains("Matched in") }, lines.joined(separator: "\n"))
        XCTAssertFalse(screen.state.accounts.matchLabels.isEmpty)
        XCTAssertTrue(
            screen.state.accounts.matchLabels.values.contains { $0.contains(contact.name) }, "\(screen.state.accounts.matchLabels)")
    }
}

/// The notice of a too small terminal, from a frame's lines.
enum TooSmallText {
    /// The notice's lines joined back into its text.
    static func of(_ lines: [String]) -> String {
        lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}

/// The account names in the accounts pane of a stacked dashboard, top to bottom.
enum AccountRows {
    static func of(_ buffer: Buffer) -> [String] {
        let lines = buffer.lines
        guard let header = lines.firstIndex(where: { $0.contains("Account ") && $0.contains("ARR") }) else { return [] }
        var names: [String] = []
        for line in lines[(header + 1)...] {
            guard line.hasPrefix("│") || line.hasPrefix("┃") else { break }
            // Columns stand at least two spaces apart; names have single spaces.
            let cell = line.dropFirst().components(separatedBy: "  ").first ?? ""
            let name = cell.trimmingCharacters(in: .whitespaces)
            if name.isEmpty { break }
            names.append(name)
        }
        return names
    }

    /// The selected account's name, as the rows read it (the demo's names all fit at 100 columns).
    static func selected(_ screen: DemoScreen) -> String { screen.state.accounts.selectedEntry?.summary.name ?? "(no selection)" }
}
