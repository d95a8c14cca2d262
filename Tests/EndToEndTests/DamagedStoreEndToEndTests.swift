import Foundation
import GRDB
import XCTest

/// What a person sees when the store is not one Rapport can use: one line naming the file and
/// what to do, the folder left as it was; or, for damage found after the first frame, the
/// dashboard kept read-only and saying so.
final class DamagedStoreEndToEndTests: XCTestCase {
    /// Every file in the folder with its bytes.
    func snapshot(_ folder: String) -> [String: Data] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return Dictionary(uniqueKeysWithValues: names.map { ($0, FileManager.default.contents(atPath: folder + "/" + $0) ?? Data()) })
    }

    /// Runs `rapport demo --store path` (it opens the store like the dashboard, without needing
    /// a terminal) as `user` when given, and checks the refusal.
    func assertRefused(_ path: String, in scratch: Scratch, saying expected: String, asUser user: String? = nil,
                       file: StaticString = #filePath, line: UInt = #line) throws {
        let before = snapshot(scratch.path)
        let result: CommandResult
        if let user {
            result = try runCommand("/usr/bin/env", ["setpriv", "--reuid=\(user)", "--regid=\(user)", "--clear-groups", RapportBinary.path, "demo", "--store", path])
        } else {
            result = try runCommand(RapportBinary.path, ["demo", "--store", path])
        }
        XCTAssertEqual(result.status, 1, result.standardError, file: file, line: line)
        XCTAssertEqual(result.standardError.split(separator: "\n").count, 1, result.standardError, file: file, line: line)
        XCTAssertTrue(result.standardError.contains(expected), result.standardError, file: file, line: line)
        XCTAssertTrue(result.standardError.contains(path), "names the file: \(result.standardError)", file: file, line: line)
        XCTAssertEqual(snapshot(scratch.path), before, "the folder is as it was", file: file, line: line)
    }

    func testAZeroLengthFileAFolderAndATruncatedStoreAreRefused() throws {
        let scratch = try Scratch()
        let empty = scratch.file("empty.sqlite")
        XCTAssertTrue(FileManager.default.createFile(atPath: empty, contents: Data()))
        try assertRefused(empty, in: scratch, saying: "is empty (0 bytes)")
        let folder = scratch.file("folder.sqlite")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        try assertRefused(folder, in: scratch, saying: "is not a regular file")
        let store = scratch.file("truncated.sqlite")
        XCTAssertEqual(try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "5"]).status, 0)
        let whole = try XCTUnwrap(FileManager.default.contents(atPath: store))
        XCTAssertTrue(FileManager.default.createFile(atPath: store, contents: whole.prefix(whole.count / 2)))
        try assertRefused(store, in: scratch, saying: "is damaged")
    }

    func testAStoreThisUserMayNotReadOrWriteSaysPermissionDenied() throws {
        // Root reads everything, so the binary runs as `nobody` when the tests run as root
        let user: String? = getuid() == 0 ? "65534" : nil
        let scratch = try Scratch()
        chmod(scratch.path, 0o755)
        let locked = scratch.file("locked.sqlite")
        XCTAssertEqual(try runCommand(RapportBinary.path, ["demo", "--store", locked, "--accounts", "2"]).status, 0)
        let readOnly = scratch.file("read-only.sqlite")
        try FileManager.default.copyItem(atPath: locked, toPath: readOnly)
        chmod(locked, 0o000)
        try assertRefused(locked, in: scratch, saying: "cannot read \(locked): permission denied", asUser: user)
        if user == nil { chmod(readOnly, 0o444) } else { chmod(readOnly, 0o644) }
        try assertRefused(readOnly, in: scratch, saying: "cannot write \(readOnly) or its folder: permission denied", asUser: user)
    }

    func testADamagedLogIsRefusedWithAWayForward() throws {
        // Given a store whose log holds committed changes, as a crash leaves it, damaged early on
        let scratch = try Scratch()
        let store = scratch.file("crashed.sqlite")
        XCTAssertEqual(try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "3"]).status, 0)
        let writer = try DatabaseQueue(path: store)
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
            for number in 1...4 { try db.execute(sql: "UPDATE account SET notes = 'note \(number)' WHERE id = 1") }
            // Copy the files while the connection is open: what a crash would leave
            for suffix in ["", "-wal", "-shm"] {
                try FileManager.default.copyItem(atPath: store + suffix, toPath: scratch.file("copy.sqlite" + suffix))
            }
        }
        try writer.close()
        let copy = scratch.file("copy.sqlite")
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: copy + "-wal"))
        try handle.seek(toOffset: 32 + 24 + 200)
        try handle.write(contentsOf: Data([0xFF, 0x00, 0xFF]))
        try handle.close()
        try FileManager.default.removeItem(atPath: store)
        // When it is opened, then it is refused, saying what would be lost and what to do
        try assertRefused(copy, in: scratch, saying: "write-ahead log, is damaged (")
        let result = try runCommand(RapportBinary.path, ["demo", "--store", copy])
        XCTAssertTrue(result.standardError.contains("move \(copy)-wal aside"), result.standardError)
    }

    func testOpeningAndQuittingWithoutAChangeLeavesTheFolderByteIdentical() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = scratch.file("quiet.sqlite")
        XCTAssertEqual(try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "6", "--today", "2026-11-18"]).status, 0)
        let before = snapshot(scratch.path)
        // Browsing is reading: moving, opening an account, filtering, the help
        let session = try TmuxSession(command: "\(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) --today 2026-11-18")
        try session.waitFor("Accounts (6)")
        try session.type("jj")
        try session.press("Enter")
        try session.press("Escape")
        try session.type("/a")
        try session.press("Escape")
        try session.type("?")
        try session.press("Escape")
        // (the integrity check after the first frame has time to finish, as in real use)
        usleep(500_000)
        try session.type("q")
        try session.waitForScreen { _ in (try? session.format("#{pane_pid}")) == "" }
        XCTAssertEqual(snapshot(scratch.path), before, "same bytes, no -wal or -shm left")
    }

    func testDamageFoundAfterTheFirstFrameKeepsTheDashboardReadOnly() throws {
        try requireTmux()
        // Given a store whose initiative index disagrees with its rows (only the full check sees it)
        let scratch = try Scratch()
        let store = scratch.file("stale-index.sqlite")
        XCTAssertEqual(try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "6"]).status, 0)
        let shell = try DatabaseQueue(path: store)
        try shell.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA writable_schema = ON")
            try db.execute(sql: "UPDATE sqlite_master SET sql = 'CREATE INDEX initiative_by_account ON initiative(title)' WHERE name = 'initiative_by_account'")
        }
        try shell.close()
        let before = snapshot(scratch.path)
        // When the dashboard opens it, then it shows the book, warns, and marks itself read-only
        let session = try TmuxSession(command: "\(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) --today 2026-11-18")
        let screen = try session.waitFor("READ-ONLY: damaged store")
        XCTAssertTrue(screen.joined().contains("This store is damaged (row 1 missing from index initiative_by_account"), screen.joined(separator: "\n"))
        // And a write is refused with a reason
        try session.press("Tab")
        try session.type("+")
        try session.waitFor("Not saved: this store is damaged")
        try session.type("q")
        // (the session ends with the program; its server answers nothing after that)
        try session.waitForScreen { _ in (try? session.format("#{pane_pid}")) == "" }
        // Then every byte is as it was, and no log is left beside it
        XCTAssertEqual(snapshot(scratch.path), before)
    }
}
