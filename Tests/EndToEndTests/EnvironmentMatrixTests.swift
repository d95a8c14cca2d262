import Foundation
import XCTest

/// The dashboard under every terminal type a fresh Debian machine knows and with a UTF-8 and
/// an ASCII locale, with and without colour: it draws, quits, and gives the terminal back with
/// the modes it had; a terminal that cannot address the cursor gets a one-line error instead.
final class EnvironmentMatrixTests: XCTestCase {
    static let terminals = ["xterm-256color", "xterm", "xterm-mono", "screen", "tmux-256color", "vt100", "linux", "dumb"]
    static let locales = ["C.UTF-8", "POSIX"]

    func testEveryTerminalTypeAndLocale() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = scratch.file("book.sqlite")
        XCTAssertEqual(try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "5", "--today", "2026-11-18"]).status, 0)
        var drawn = 0
        var refused = 0
        for (index, (terminal, locale)) in Self.terminals.flatMap({ terminal in Self.locales.map { (terminal, $0) } }).enumerated() {
            let label = "TERM=\(terminal) LANG=\(locale)"
            let run = scratch.file("run-\(index)")
            let noColor = index % 2 == 0 ? "NO_COLOR=1 " : ""
            // The modes before and after, and the exit status, are written for the test to read
            let script = """
                stty -g > \(run).before; \
                TERM=\(terminal) LANG=\(locale) LC_ALL=\(locale) \(noColor)\(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) 2> \(run).err; \
                echo $? > \(run).status; stty -g > \(run).after; sleep 60
                """
            let session = try TmuxSession(command: script, width: 100, height: 30)
            let screen = try session.waitForScreen(timeout: 10) { lines in
                lines.contains { $0.contains("Accounts (5)") } || FileManager.default.fileExists(atPath: run + ".status")
            }
            if screen.contains(where: { $0.contains("Accounts (5)") }) {
                drawn += 1
                try session.type("q")
            }
            XCTAssertTrue(session.waitForFile(run + ".after"), "\(label): did not end")
            let status = scratch.read("run-\(index).status")?.trimmingCharacters(in: .whitespacesAndNewlines)
            let errors = scratch.read("run-\(index).err") ?? ""
            if terminal == "dumb" {
                refused += 1
                XCTAssertEqual(status, "1", label)
                XCTAssertEqual(errors.split(separator: "\n").count, 1, "\(label): \(errors)")
                XCTAssertTrue(errors.contains("cannot move the cursor"), "\(label): \(errors)")
            } else {
                XCTAssertEqual(status, "0", "\(label): \(errors)")
                XCTAssertEqual(errors, "", label)
            }
            XCTAssertEqual(scratch.read("run-\(index).before"), scratch.read("run-\(index).after"), "\(label): the terminal's modes are as they were")
        }
        print("environment matrix: \(Self.terminals.count * Self.locales.count) runs, \(drawn) drawn and quit, \(refused) refused in one line, modes restored every time")
        XCTAssertEqual(drawn + refused, Self.terminals.count * Self.locales.count)
    }
}
