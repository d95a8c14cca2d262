import Foundation
import GRDB
import RapportCore
import RapportForecast
@testable import RapportStore
import XCTest

/// `kill -9` while the dashboard is writing (progress bumps, undo, redo as fast as keys
/// arrive) never damages the store, never leaves a progress history out of step with its
/// initiative, and never leaves a log the next start refuses.
final class KillDuringWritesTests: XCTestCase {
    func testKillNineDuringWritesKeepsTheStoreWholeAndTheHistoryInStep() throws {
        try requireTmux()
        let loops = Int(ProcessInfo.processInfo.environment["RAPPORT_KILL_LOOPS"] ?? "") ?? 50
        let scratch = try Scratch()
        let store = scratch.file("killed.sqlite")
        let made = try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "20", "--today", "2026-11-18"])
        XCTAssertEqual(made.status, 0, made.standardError)
        let command = "exec \(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) --today 2026-11-18"
        let session = try TmuxSession(command: command)
        try session.tmux(["set-option", "-t", session.name, "remain-on-exit", "on"])

        var generator = SeededGenerator(seed: 9)
        var updates = 0
        for loop in 0..<loops {
            if loop > 0 { try session.tmux(["respawn-pane", "-k", "-t", session.name, command]) }
            try session.waitFor("Initiatives")
            let pid = try XCTUnwrap(Int32(session.format("#{pane_pid}")), "loop \(loop)")
            // A burst of writes on the first accounts' initiatives, then SIGKILL somewhere in it
            let keys = (0..<40).map { _ in ["+", "+", "-", "u", "\u{12}", "j"][generator.int(in: 0...5)] }.joined()
            try session.press("Tab")
            try session.type(keys)
            usleep(UInt32(generator.int(in: 0...150)) * 1000)
            XCTAssertEqual(kill(pid, SIGKILL), 0, "loop \(loop)")
            try session.waitForScreen { _ in (try? session.format("#{pane_dead}")) == "1" }

            // Then the store opens (its log is not taken for damaged), passes the full check,
            // and every initiative's last recorded change is what the initiative holds
            let database = try AppDatabase.open(path: store, basis: SummaryBasis(today: Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)))
            try database.close()
            let check = try DatabaseQueue(path: store)
            try check.read { db in
                XCTAssertEqual(try String.fetchAll(db, sql: "PRAGMA integrity_check"), ["ok"], "loop \(loop)")
                XCTAssertEqual(try Int.fetchOne(db, sql: Self.historyOutOfStep), 0, "loop \(loop): history out of step")
                XCTAssertEqual(try Int.fetchOne(db, sql: Self.brokenChain), 0, "loop \(loop): a change's 'before' is not the previous 'after'")
                updates = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM progress_update") ?? 0
            }
            try check.close()
        }
        print("kill -9 during writes: \(loops) kills, \(updates) progress changes recorded, 0 integrity failures, 0 histories out of step")
        XCTAssertGreaterThan(updates, 0, "the kills landed among writes")
    }

    /// Initiatives whose latest progress change disagrees with their stored progress or status.
    static let historyOutOfStep = """
        SELECT COUNT(*) FROM initiative i
        JOIN progress_update p ON p.id = (SELECT MAX(id) FROM progress_update WHERE initiative_id = i.id)
        WHERE p.progress <> i.progress OR p.status <> i.status
        """

    /// Consecutive changes of one initiative whose "before" is not the previous "after".
    static let brokenChain = """
        SELECT COUNT(*) FROM progress_update later
        JOIN progress_update earlier ON earlier.id = (
            SELECT MAX(id) FROM progress_update WHERE initiative_id = later.initiative_id AND id < later.id)
        WHERE later.previous_progress <> earlier.progress OR later.previous_status <> earlier.status
        """
}
