import Foundation
import RapportCore
import RapportStore
import XCTest

final class StoreFileTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)

    func testNewStoreIsPrivateWhateverTheUmask() throws {
        for mask: mode_t in [0o000, 0o022, 0o077] {
            let directory = try TemporaryDirectory()
            let path = directory.file("nested/deeper/rapport.sqlite")
            let previous = umask(mask)
            defer { umask(previous) }
            let database = try AppDatabase.open(path: path)
            try database.writeDemoBook(DemoBook(seed: 1, accountCount: 2, today: today))
            XCTAssertEqual(permissions(of: path), 0o600, "umask \(String(mask, radix: 8))")
            XCTAssertEqual(permissions(of: path + "-wal"), 0o600, "umask \(String(mask, radix: 8))")
            XCTAssertEqual(permissions(of: path + "-shm"), 0o600, "umask \(String(mask, radix: 8))")
            XCTAssertEqual(permissions(of: directory.file("nested/deeper")), 0o700)
            XCTAssertEqual(permissions(of: directory.file("nested")), 0o700)
        }
    }

    func testDataSurvivesReopening() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("r.sqlite")
        do {
            let database = try AppDatabase.open(path: path)
            try database.writeDemoBook(DemoBook(seed: 1, accountCount: 3, today: today))
        }
        XCTAssertEqual(try AppDatabase.open(path: path).accountCount(), 3)
    }

    func testAFileThatIsNotSQLiteIsRefusedAndLeftUntouched() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.sqlite")
        let content = Data("name,arr\nAcme,100\n".utf8)
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: content))
        XCTAssertThrowsError(try AppDatabase.open(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .notSQLite(path: path))
            XCTAssertTrue("\(error)".contains("not a Rapport store"))
        }
        XCTAssertEqual(FileManager.default.contents(atPath: path), content)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"))
    }

    func testAStoreFromANewerRapportIsRefusedAndLeftUntouched() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("future.sqlite")
        do {
            _ = try AppDatabase.open(path: path)
        }
        // A later version would have recorded a migration this binary does not know.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"INSERT INTO grdb_migrations VALUES ('v9 from the future')\"); c.commit()", path]
        try sqlite.run()
        sqlite.waitUntilExit()
        XCTAssertEqual(sqlite.terminationStatus, 0)
        let before = FileManager.default.contents(atPath: path)
        XCTAssertThrowsError(try AppDatabase.open(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .newerSchema(path: path, unknownMigrations: ["v9 from the future"]))
        }
        XCTAssertEqual(FileManager.default.contents(atPath: path), before)
    }

    /// A real store with its header kept and the pages after it scribbled over.
    func makeDamagedStore(in directory: TemporaryDirectory) throws -> String {
        let path = directory.file("damaged.sqlite")
        let database = try AppDatabase.open(path: path)
        try database.writeDemoBook(DemoBook(seed: 1, accountCount: 20, today: today))
        try database.close()
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: 8192)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 12_288))
        try handle.close()
        return path
    }

    func testADamagedStoreIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = try makeDamagedStore(in: directory)
        let before = FileManager.default.contents(atPath: path)
        XCTAssertThrowsError(try AppDatabase.open(path: path)) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains(path), message)
            XCTAssertTrue(message.contains("damaged") || message.contains("not a Rapport store"), message)
        }
        XCTAssertEqual(FileManager.default.contents(atPath: path), before)
    }

    func testClosingFoldsTheLogIntoTheFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("closed.sqlite")
        let database = try AppDatabase.open(path: path)
        try database.writeDemoBook(DemoBook(seed: 1, accountCount: 5, today: today))
        try database.close()
        let log = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int
        XCTAssertEqual(log ?? 0, 0)
        XCTAssertEqual(try AppDatabase.open(path: path).accountCount(), 5)
    }

    func testPreloadingGivesTheSameListAsOpeningAndLoading() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("book.sqlite")
        do {
            let database = try AppDatabase.open(path: path)
            try database.writeDemoBook(DemoBook(seed: 4, accountCount: 12, today: today))
            try database.close()
        }
        let (database, overviews) = try AppDatabase.openPreloading(path: path, today: today, calendar: FiscalCalendar())
        XCTAssertEqual(overviews, try database.accountOverviews(today: today, calendar: FiscalCalendar()))
        XCTAssertEqual(overviews.count, 12)
        // A new store takes the plain path.
        let fresh = try AppDatabase.openPreloading(path: directory.file("new/book.sqlite"), today: today, calendar: FiscalCalendar())
        XCTAssertEqual(fresh.overviews, [])
        XCTAssertEqual(permissions(of: directory.file("new/book.sqlite")), 0o600)
    }

    func testPreloadingRefusesADamagedStoreAndLeavesItUntouched() throws {
        let directory = try TemporaryDirectory()
        let path = try makeDamagedStore(in: directory)
        let before = FileManager.default.contents(atPath: path)
        XCTAssertThrowsError(try AppDatabase.openPreloading(path: path, today: today, calendar: FiscalCalendar())) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("damaged") || message.contains("not a Rapport store"), message)
        }
        XCTAssertEqual(FileManager.default.contents(atPath: path), before)
    }

    func testAFolderIsNotAStore() throws {
        let directory = try TemporaryDirectory()
        XCTAssertThrowsError(try AppDatabase.open(path: directory.path)) { error in
            XCTAssertEqual(error as? StoreError, .notAFile(path: directory.path))
        }
    }

    func testASecondProcessWaitsForTheLockInsteadOfFailing() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("shared.sqlite")
        let database = try AppDatabase.open(path: path)
        let account = try database.saveAccount(
            Account(name: "A", industry: "", region: "", tier: .enterprise, owner: "", annualRecurringRevenue: .zero, renewalDate: nil))
        // Another process takes the write lock and holds it for a second.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = [
            "python3", "-c",
            "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('BEGIN IMMEDIATE'); c.execute(\"INSERT INTO account (name) VALUES ('held')\"); print('locked', flush=True); time.sleep(1); c.execute('COMMIT')",
            path,
        ]
        let output = Pipe()
        holder.standardOutput = output
        try holder.run()
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        XCTAssertEqual(line.trimmingCharacters(in: .whitespacesAndNewlines), "locked")
        var renamed = account
        renamed.name = "B"
        // Without a busy timeout this would fail at once with "database is locked".
        XCTAssertNoThrow(try database.saveAccount(renamed))
        holder.waitUntilExit()
        XCTAssertEqual(holder.terminationStatus, 0)
        // The other process's row is there: its transaction finished before ours could start.
        XCTAssertEqual(try database.accounts().map(\.name), ["B", "held"])
        XCTAssertEqual(try database.account(id: XCTUnwrap(account.id))?.name, "B")
    }

    func testStoreLocationPrecedence() {
        let environment = ["HOME": "/home/ann", "XDG_DATA_HOME": "/data", "RAPPORT_STORE": "/env/store.sqlite"]
        XCTAssertEqual(StoreLocation.resolve(explicit: "/x.sqlite", environment: environment), "/x.sqlite")
        XCTAssertEqual(StoreLocation.resolve(explicit: nil, environment: environment), "/env/store.sqlite")
        XCTAssertEqual(StoreLocation.resolve(explicit: nil, environment: ["HOME": "/home/ann", "XDG_DATA_HOME": "/data"]), "/data/rapport/rapport.sqlite")
        XCTAssertEqual(StoreLocation.resolve(explicit: nil, environment: ["HOME": "/home/ann"]), "/home/ann/.local/share/rapport/rapport.sqlite")
        // A relative XDG_DATA_HOME is invalid by the spec and ignored.
        XCTAssertEqual(StoreLocation.resolve(explicit: nil, environment: ["HOME": "/h", "XDG_DATA_HOME": "rel"]), "/h/.local/share/rapport/rapport.sqlite")
        XCTAssertEqual(StoreLocation.demoStore(environment: environment), "/data/rapport/demo.sqlite")
    }
}
