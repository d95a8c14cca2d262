import RapportCore
import RapportScreen
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// The empty book's hint can be followed as shown: the key that adds an account, and the demo
/// commands whole (never "rapport demo --store …/rappor…"), whatever the store's path.
final class EmptyBookHintTests: XCTestCase {
    func emptyScreen(storePath: String, keymap: Keymap = .standard, width: Int = 80, height: Int = 24) throws -> [String] {
        let database = try AppDatabase.inMemory(basis: SummaryBasis(today: DemoScreen.today))
        let driver = Driver(database: database, storeName: "rapport.sqlite", today: DemoScreen.today)
        driver.send(.resized(ScreenSize(width: width, height: height)))
        var renderer = FrameRenderer(theme: TestThemes.plain, keymap: keymap, storePath: storePath)
        return renderer.render(driver.state, width: width, height: height).lines
    }

    /// The hint's text inside the accounts pane, border and padding stripped.
    func hintLines(_ lines: [String]) -> [String] {
        lines.filter { $0.hasPrefix("┃ ") }.map { String($0.dropFirst(2).dropLast()).trimmingCharacters(in: .whitespaces) }
    }

    func testAShortPathShowsTheCommandOnOneLine() throws {
        let hint = hintLines(try emptyScreen(storePath: "/home/sam/.local/share/rapport/rapport.sqlite"))
        XCTAssertTrue(hint.contains("Your book is empty — n adds an account here."), hint.joined(separator: "\n"))
        XCTAssertTrue(hint.contains("rapport --demo"))
        XCTAssertTrue(hint.contains("rapport demo --store /home/sam/.local/share/rapport/rapport.sqlite"), hint.joined(separator: "\n"))
        XCTAssertTrue(hint.contains("This store lives at /home/sam/.local/share/rapport/rapport.sqlite"), hint.joined(separator: "\n"))
        XCTAssertFalse(hint.joined().contains("…"), hint.joined(separator: "\n"))
    }

    func testALongPathGoesOnALineOfItsOwnAndIsNeverCut() throws {
        let path = "/Users/sam/Library/Mobile Documents/Clients/rapport.sqlite"
        let lines = try emptyScreen(storePath: path, height: 30)
        assertSnapshot(lines, named: "empty-long-path-80x30")
        let hint = hintLines(lines)
        let quoted = "'\(path)'"
        let command = try XCTUnwrap(hint.firstIndex(of: "rapport demo --store \\"), hint.joined(separator: "\n"))
        XCTAssertEqual(hint[command + 1], quoted, "the path, quoted for the shell, on the next line")
        XCTAssertFalse(hint.joined().contains("…"), hint.joined(separator: "\n"))
        let livesAt = try XCTUnwrap(hint.firstIndex(of: "This store lives at"), hint.joined(separator: "\n"))
        XCTAssertEqual(hint[livesAt + 1], path)
    }

    func testAPathTooLongForAnyLineLeavesItOutOfTheCommandRatherThanCutIt() throws {
        let path = "/" + Array(repeating: "very-long-folder-name", count: 5).joined(separator: "/") + "/rapport.sqlite"
        let hint = hintLines(try emptyScreen(storePath: path, height: 30))
        XCTAssertTrue(hint.contains("rapport demo --store PATH"), hint.joined(separator: "\n"))
        XCTAssertFalse(hint.joined().contains("…"), hint.joined(separator: "\n"))
        // The path where the store lives, wrapped at its slashes, reads back whole.
        let livesAt = try XCTUnwrap(hint.firstIndex(of: "This store (PATH) lives at"), hint.joined(separator: "\n"))
        let wrapped = hint[(livesAt + 1)...].prefix { !$0.contains("shows every key") }
        XCTAssertGreaterThan(wrapped.count, 1)
        XCTAssertEqual(wrapped.joined(), path)
    }

    func testTheAddKeyComesFromTheKeymap() throws {
        let keymap = Keymap(bindings: Keymap.standard.bindings.map { binding in
            binding.command == .newRecord && binding.context == .accounts
                ? KeyBinding([.char("a")], .newRecord, .accounts, binding.help) : binding
        })
        let hint = hintLines(try emptyScreen(storePath: "/tmp/r.sqlite", keymap: keymap))
        XCTAssertTrue(hint.contains("Your book is empty — a adds an account here."), hint.joined(separator: "\n"))
    }
}
