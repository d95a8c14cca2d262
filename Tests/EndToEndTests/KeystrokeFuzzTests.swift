import Foundation
import GRDB
import RapportForecast
import XCTest

/// Random keys, as a cat on the keyboard would type them, on a demo book: the dashboard never
/// crashes, and the store is intact afterwards. A key that quits (q, Ctrl-C) ends the run
/// cleanly; the dashboard is started again and the keys go on.
///
/// RAPPORT_FUZZ_SEED and RAPPORT_FUZZ_KEYS replay a run or make it longer.
final class KeystrokeFuzzTests: XCTestCase {
    /// Every kind of key the dashboard knows, and some it does not: letters, digits,
    /// punctuation, Enter, Esc, Tab, arrows, paging, Backspace and Ctrl keys. Ctrl-Z suspends,
    /// which a session leader's orphaned process group does not stop for, so the run goes on.
    static let keys: [TerminalKey] = {
        var keys: [TerminalKey] = []
        for character in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 +-=/?<>[]:.,'\"é東👩‍💻" {
            keys.append(.char(character))
        }
        for letter in "abcdefghijklmnopqrstuvwxyz" { keys.append(.ctrl(letter)) }
        keys += [.enter, .escape, .tab, .backTab, .backspace, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end]
        // The keys the dashboard is mostly driven with, again, so the walk reaches the forms and
        // the detail sections often rather than only now and then.
        keys += [.enter, .enter, .escape, .escape, .tab, .tab, .down, .down, .char("j"), .char("e"), .char("n"), .char("l")]
        return keys
    }()

    func testRandomKeysNeverCrashTheDashboard() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["RAPPORT_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_261_118
        let keyCount = environment["RAPPORT_FUZZ_KEYS"].flatMap { Int($0) } ?? 2_000
        var generator = SeededGenerator(seed: seed)
        let scratch = try Scratch()
        let store = try PseudoTerminal.demoStore(in: scratch, accounts: 30)
        // The editor (E) returns at once, as if saved unchanged.
        let editor = ["EDITOR": "true", "VISUAL": "true"]
        func start() throws -> PseudoTerminal { try PseudoTerminal.dashboard(store: store, environment: editor) }

        var terminal = try start()
        var sent = 0
        var quits = 0
        var crashes: [String] = []
        var recent: [TerminalKey] = []
        while sent < keyCount {
            // A burst of keys, then the frame: ncurses skips drawing while keys wait, so bursts
            // also exercise several keys between two frames.
            let burst = (0..<generator.int(in: 1...10)).map { _ in Self.keys[generator.int(in: 0...(Self.keys.count - 1))] }
            for key in burst { terminal.send(key) }
            sent += burst.count
            recent = Array((recent + burst).suffix(40))
            terminal.awaitFrame(timeout: 0.1, quiet: 0.02)
            guard let status = terminal.waitForExit(timeout: 0) else { continue }
            if status == 0 {
                quits += 1
            } else {
                crashes.append("exit status \(status) after keys \(recent):\n\(terminal.text().suffix(3000))")
            }
            terminal = try start()
        }
        // Out of whatever overlay the keys left open, then quit.
        var finalStatus: Int32?
        for _ in 0..<5 where finalStatus == nil {
            terminal.press(.escape)
            terminal.send(.ctrl("c"))
            finalStatus = terminal.waitForExit(timeout: 2)
        }
        if finalStatus != 0 { crashes.append("the last run ended with \(String(describing: finalStatus)):\n\(terminal.text().suffix(3000))") }
        assertRestored(terminal, before: terminal.output.count, "after the last quit")

        let integrity = try DatabaseQueue(path: store).read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        print("keystroke fuzz: seed \(seed), \(sent) keys, \(quits) quits (restarted), \(crashes.count) crashes, integrity \(integrity.joined(separator: "; "))")
        XCTAssertEqual(crashes.count, 0, crashes.first ?? "")
        XCTAssertEqual(integrity, ["ok"])
    }
}
