import Foundation
import RapportForecast
import XCTest

/// Hundreds of window sizes, down to 1×1 and up to 200×60, with keys in between: the dashboard
/// never crashes, and once back at 80×24 the screen is exactly what a fresh start draws there.
final class ResizeStormTests: XCTestCase {
    /// Keys that move around without changing the store.
    static let keys: [TerminalKey] = [
        .char("j"), .char("k"), .down, .up, .pageDown, .pageUp, .tab, .backTab, .enter, .escape, .right, .left,
        .char("?"), .char("/"), .char("a"), .char("G"), .char("g"), .char("M"), .char("m"), .char("t"),
    ]

    /// Closes whatever the keys left open (help, filter, detail) and selects the first account.
    func returnToTheFirstAccount(_ terminal: PseudoTerminal) {
        for _ in 0..<4 { terminal.press(.escape, timeout: 0.3) }
        terminal.press(.char("g"), timeout: 0.3)
        terminal.settle(quiet: 0.2)
    }

    func testAStormOfResizesEndsWithTheRightFrame() throws {
        try requireTmux()
        var generator = SeededGenerator(seed: 42)
        let scratch = try Scratch()
        let store = try PseudoTerminal.demoStore(in: scratch, accounts: 30)
        let terminal = try PseudoTerminal.dashboard(store: store, width: 80, height: 24)
        let resizes = 300
        var smallest = 0
        var keysSent = 0
        for index in 0..<resizes {
            if index % 10 == 0 {
                terminal.resize(width: 1, height: 1)
                smallest += 1
            } else {
                terminal.resize(width: generator.int(in: 1...200), height: generator.int(in: 1...60))
            }
            if generator.int(in: 0...1) == 0 {
                terminal.send(Self.keys[generator.int(in: 0...(Self.keys.count - 1))])
                keysSent += 1
            }
            // Some resizes land while a frame is being drawn, some between frames.
            terminal.pump(waitingAtMost: generator.int(in: 0...1) == 0 ? 0 : 0.01)
        }
        terminal.resize(width: 80, height: 24)
        terminal.awaitFrame(timeout: 2, quiet: 0.2)
        returnToTheFirstAccount(terminal)
        XCTAssertNil(terminal.waitForExit(timeout: 0), "the dashboard ended during the storm:\n\(terminal.text().suffix(3000))")

        let fresh = try PseudoTerminal.dashboard(store: store, width: 80, height: 24)
        returnToTheFirstAccount(fresh)
        let afterStorm = try replayedScreen(terminal.output, in: scratch, name: "storm")
        let expected = try replayedScreen(fresh.output, in: scratch, name: "fresh")
        let matches = afterStorm == expected
        print("resize storm: \(resizes) resizes (\(smallest) at 1×1, the rest up to 200×60), \(keysSent) keys between, 0 crashes, final 80×24 frame \(matches ? "matches" : "differs from") a fresh start")
        XCTAssertTrue(afterStorm.contains { $0.contains("Accounts (30)") }, afterStorm.joined(separator: "\n"))
        XCTAssertEqual(afterStorm, expected, "after the storm:\n\(afterStorm.joined(separator: "\n"))\nfresh:\n\(expected.joined(separator: "\n"))")

        for session in [terminal, fresh] {
            session.send(.char("q"))
            XCTAssertEqual(session.waitForExit(), 0)
            assertRestored(session, before: session.output.count, "after the storm")
        }
    }

    /// What an 80×24 terminal shows after receiving `bytes`: they are played back into a tmux
    /// pane of that size, whose screen is then read. Whatever earlier frames drew at other sizes
    /// must have been wiped by the program's repaint at 80×24.
    func replayedScreen(_ bytes: [UInt8], in scratch: Scratch, name: String) throws -> [String] {
        let recording = scratch.file("\(name).bytes")
        try Data(bytes).write(to: URL(fileURLWithPath: recording))
        let done = scratch.file("\(name).done")
        let session = try TmuxSession(command: "cat \(shellQuote(recording)); touch \(shellQuote(done)); sleep 60", width: 80, height: 24)
        XCTAssertTrue(session.waitForFile(done), "the replay did not finish")
        return try session.screen()
    }
}
