import Foundation
import GRDB
import RapportCore
import RapportForecast
@testable import RapportStore
import XCTest

/// `kill -9` in the middle of `rapport import` leaves nothing of the import: the import is one
/// transaction, so the store opens cleanly afterwards with the accounts it had before and
/// none of the file's.
final class KillDuringImportTests: XCTestCase {
    static let rows = 50_000

    func testKillNineWhileAnImportWritesLeavesNoneOfIt() throws {
        let scratch = try Scratch()
        let store = scratch.file("book.sqlite")
        let made = try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "20", "--today", "2026-11-18"])
        XCTAssertEqual(made.status, 0, made.standardError)
        let csv = scratch.file("bulk.csv")
        var text = "Account Name,Annual Revenue,Industry,Billing Country\n"
        for index in 0..<Self.rows { text += "Bulk Import \(index),\(1000 + index),Software,France\n" }
        XCTAssertTrue(FileManager.default.createFile(atPath: csv, contents: Data(text.utf8)))

        var generator = SeededGenerator(seed: 12)
        var killedWhileWriting = 0
        let loops = 5
        for loop in 0..<loops {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: RapportBinary.path)
            process.arguments = ["import", csv, "--kind", "accounts", "--store", store, "--today", "2026-11-18"]
            var environment = ProcessInfo.processInfo.environment
            for (key, value) in hermeticSettings { environment[key] = value }
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The write transaction has begun once pages spill into the log (beyond the one
            // byte a fresh log is primed with); then a different delay each loop.
            let began = Date()
            while process.isRunning, Self.logSize(store) <= 1, Date().timeIntervalSince(began) < 120 { usleep(2_000) }
            usleep(UInt32(generator.int(in: 0...600)) * 1000)
            let wasWriting = process.isRunning && Self.logSize(store) > 1
            XCTAssertTrue(process.isRunning, "loop \(loop): the import finished before the kill; the file is too small to catch it writing")
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .uncaughtSignal, "loop \(loop)")
            if wasWriting { killedWhileWriting += 1 }

            let database = try openStore(store)
            XCTAssertEqual(try database.accountCount(), 20, "loop \(loop): the accounts from before, and none of the import's")
            try database.close()
            let check = try DatabaseQueue(path: store)
            try check.read { db in
                XCTAssertEqual(try String.fetchAll(db, sql: "PRAGMA integrity_check"), ["ok"], "loop \(loop)")
                XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM account WHERE name LIKE 'Bulk Import %'"), 0, "loop \(loop)")
                XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM change_log WHERE description LIKE 'imported bulk.csv%'"), 0, "loop \(loop)")
            }
            try check.close()
        }
        print("kill -9 during import: \(loops) kills of a \(Self.rows)-row import, \(killedWhileWriting) while it wrote, 0 rows of it left behind")
        XCTAssertEqual(killedWhileWriting, loops, "every kill landed while the import was writing")
    }

    static func logSize(_ store: String) -> UInt64 {
        ((try? FileManager.default.attributesOfItem(atPath: store + "-wal"))?[.size] as? UInt64) ?? 0
    }
}
