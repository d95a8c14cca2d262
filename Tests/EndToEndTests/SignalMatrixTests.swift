import Foundation
import XCTest

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every signal that ends or stops the dashboard, while idle and with a form open: the terminal
/// is given back as it was found, and the process is gone within 2 s (a crash included: the
/// report prints, nothing waits for a key).
final class SignalMatrixTests: XCTestCase {
    /// The bound the issue sets; measured exits are a few tens of milliseconds.
    let exitBound: TimeInterval = 2

    enum Situation: String, CaseIterable {
        case idle, formOpen = "form open"
    }

    func launch(_ situation: Situation, scratch: Scratch, launch: PseudoTerminal.Launch = .sessionLeader) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal.dashboard(store: try PseudoTerminal.demoStore(in: scratch), launch: launch)
        if situation == .formOpen {
            let before = terminal.output.count
            terminal.send(.char("e"))
            XCTAssertTrue(terminal.waitFor("Edit account", after: before), terminal.text(from: before))
            terminal.settle()
        }
        return terminal
    }

    /// Sends `signalNumber` and returns how long the program took to end, after checking it
    /// died of that signal and gave the terminal back.
    func endBySignal(_ signalNumber: Int32, _ name: String, _ situation: Situation) throws -> TimeInterval {
        let scratch = try Scratch()
        let terminal = try launch(situation, scratch: scratch)
        let sent = Date()
        try terminal.signal(signalNumber)
        // Long enough to see a 30 s wait for a key, should there be one again.
        let status = terminal.waitForExit(timeout: 45)
        let elapsed = Date().timeIntervalSince(sent)
        let label = "SIG\(name), \(situation.rawValue)"
        XCTAssertEqual(status, 128 + signalNumber, "\(label): exit status\n\(terminal.text())")
        XCTAssertLessThan(elapsed, exitBound, "\(label): took \(elapsed) s to exit\n\(terminal.text())")
        assertRestored(terminal, before: terminal.output.count, label)
        return elapsed
    }

    func testTerminatingSignalsRestoreTheTerminalAndExit() throws {
        var worst = 0.0
        for situation in Situation.allCases {
            for (signalNumber, name) in [(SIGINT, "INT"), (SIGTERM, "TERM"), (SIGHUP, "HUP"), (SIGQUIT, "QUIT")] {
                worst = max(worst, try endBySignal(signalNumber, name, situation))
            }
        }
        print("signal matrix: INT TERM HUP QUIT × idle, form open: worst exit \(String(format: "%.3f", worst)) s (bound \(exitBound) s)")
    }

    func testCrashesRestoreTheTerminalPrintTheReportAndExitWithoutWaiting() throws {
        var worst = 0.0
        for situation in Situation.allCases {
            for (signalNumber, name) in [(SIGSEGV, "SEGV"), (SIGABRT, "ABRT")] {
                worst = max(worst, try endBySignal(signalNumber, name, situation))
            }
        }
        print("signal matrix: SEGV ABRT × idle, form open: worst exit \(String(format: "%.3f", worst)) s (bound \(exitBound) s)")
    }

    /// The report comes after the terminal is handed back, so it is on the shell's screen.
    func testACrashReportIsPrintedAfterTheTerminalIsRestored() throws {
        let scratch = try Scratch()
        let terminal = try launch(.idle, scratch: scratch)
        try terminal.signal(SIGSEGV)
        XCTAssertNotNil(terminal.waitForExit(timeout: 45))
        let report = try XCTUnwrap(terminal.output.firstRange(of: Array("Program crashed".utf8)), terminal.text())
        assertRestored(terminal, before: report.lowerBound, "before the crash report")
    }

    /// SIGTSTP from outside (`kill -TSTP`) and Ctrl-Z: the terminal is handed back while the
    /// program is stopped, taken over again after `fg`, and quitting then restores it once more.
    func testStoppingAndContinuingRestoresAndRetakesTheTerminal() throws {
        var worstStop = 0.0
        for situation in Situation.allCases {
            for stop in ["SIGTSTP", "Ctrl-Z"] {
                let label = "\(stop), \(situation.rawValue)"
                let scratch = try Scratch()
                let terminal = try launch(situation, scratch: scratch, launch: .underJobControlShell)
                let sent = Date()
                if stop == "Ctrl-Z" {
                    // A form takes Ctrl-Z as a key too: it suspends from anywhere.
                    terminal.send(.ctrl("z"))
                } else {
                    try terminal.signal(SIGTSTP)
                }
                let stopped = try XCTUnwrap(terminal.waitForStop(timeout: 10), "\(label): did not stop\n\(terminal.text())")
                worstStop = max(worstStop, Date().timeIntervalSince(sent))
                assertRestored(terminal, before: stopped, "\(label): while stopped")

                let resumedAt = terminal.output.count
                terminal.continueInForeground()
                XCTAssertTrue(terminal.waitFor("Accounts (", after: resumedAt), "\(label): no redraw after fg\n\(terminal.text(from: resumedAt))")
                terminal.settle()
                for mode in TerminalMode.allCases {
                    XCTAssertTrue(mode.isLeftOn(in: terminal.output, before: terminal.output.count), "\(label): \(mode) not back on after fg")
                }
                if situation == .formOpen {
                    XCTAssertTrue(terminal.text(from: resumedAt).contains("Edit account"), "\(label): the form is gone after fg")
                    terminal.send(.escape)
                    terminal.settle()
                }
                terminal.send(.char("q"))
                XCTAssertEqual(terminal.waitForExit(timeout: 10), 0, "\(label): quit after fg\n\(terminal.text(from: resumedAt))")
                assertRestored(terminal, before: terminal.output.count, "\(label): after quitting")
            }
        }
        print("signal matrix: TSTP and Ctrl-Z × idle, form open, then fg and quit: worst stop \(String(format: "%.3f", worstStop)) s")
    }

    /// Ctrl-Z in $EDITOR stops the whole job, the dashboard waiting for the editor included;
    /// `fg` continues both, and the dashboard takes the terminal back when the editor ends.
    func testStoppingTheEditorStopsTheDashboardWithIt() throws {
        let scratch = try Scratch()
        // An "editor" that does what Ctrl-Z in vi does: stop its process group.
        let terminal = try PseudoTerminal.dashboard(
            store: try PseudoTerminal.demoStore(in: scratch), environment: ["EDITOR": "kill -TSTP 0; true"], launch: .underJobControlShell)
        let sent = Date()
        terminal.send(.char("E"))
        let stopped = try XCTUnwrap(terminal.waitForStop(timeout: 10), "the job did not stop\n\(terminal.text())")
        assertRestored(terminal, before: stopped, "stopped in the editor")
        let resumedAt = terminal.output.count
        terminal.continueInForeground()
        XCTAssertTrue(terminal.waitFor("Accounts (", after: resumedAt), "no redraw after the editor\n\(terminal.text(from: resumedAt))")
        terminal.settle()
        terminal.send(.char("q"))
        XCTAssertEqual(terminal.waitForExit(timeout: 10), 0)
        print("signal matrix: Ctrl-Z in the editor stopped the job in \(String(format: "%.3f", Date().timeIntervalSince(sent))) s; fg and quit")
    }
}
