import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import XCTest

/// The store as a file: created private, refused (and left byte for byte) when it is not ours,
/// damaged or newer, and closed without leaving logs behind.
final class StoreFileTests: XCTestCase {
    let today = TestClock.today
    let basis = TestClock.basis

    func testDataSurvivesReopening() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("r.sqlite")
        let database = try AppDatabase.open(path: path, basis: basis)
        try database.writeDemoBook(DemoBook(seed: 1, accountCount: 3, today: today))
        let added = try database.addAccount("Zoë's Bakeries 🥐", arr: 1_000)
        let kpis = try database.kpis()
        try database.close()

        let reopened = try AppDatabase.open(path: path, basis: basis)
        XCTAssertEqual(try reopened.accountCount(), 4)
        XCTAssertEqual(try reopened.account(id: XCTUnwrap(added.id)), added)
        XCTAssertEqual(try reopened.kpis(), kpis)
        try reopened.close()
    }

    func testAFileThatIsNotSQLiteIsRefusedAndLeftUntouched() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.sqlite")
        let content = Data("name,arr\nAcme,100\n".utf8)
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: content))
        XCTAssertThrowsError(try AppDatabase.open(path: path, basis: basis)) { error in
            XCTAssertEqual(error as? StoreError, .notSQLite(path: path))
            XCTAssertTrue("\(error)".contains("not a Rapport store"), "\(error)")
        }
        XCTAssertEqual(bytes(of: path), content)
        XCTAssertFalse(fileExists(path + "-wal"))
        XCTAssertFalse(fileExists(path + "-shm"))
    }

    func testAStoreFromANewerRapportIsRefusedAndLeftUntouched() throws {
        // Given a store on which a later version recorded a migration this binary does not know
        let directory = try TemporaryDirectory()
        let path = directory.file("future.sqlite")
        try AppDatabase.open(path: path, basis: basis).close()
        let other = try DatabaseQueue(path: path)
        try other.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9 from the future')") }
        try other.close()
        let before = FolderSnapshot(directory.path)
        // When it is opened, then it is refused, naming the unknown step, and the folder is as
        // it was: not one byte changed, and no -wal or -shm left beside it
        for options in [OpenOptions(), .dashboard] {
            XCTAssertThrowsError(try AppDatabase.open(path: path, basis: basis, options: options)) { error in
                XCTAssertEqual(error as? StoreError, .newerSchema(path: path, unknownMigrations: ["v9 from the future"]))
                XCTAssertTrue("\(error)".contains("upgrade Rapport"), "\(error)")
            }
            XCTAssertEqual(FolderSnapshot(directory.path), before)
        }
    }

    func testAnotherProgramsSQLiteDatabaseIsRefusedAndLeftUntouched() throws {
        // Given an SQLite file some other program keeps its own tables in
        let directory = try TemporaryDirectory()
        let path = directory.file("budget.sqlite")
        let other = try DatabaseQueue(path: path)
        try other.write { db in
            try db.execute(sql: "CREATE TABLE expense (what TEXT, amount INTEGER); INSERT INTO expense VALUES ('rent', 1200)")
            try db.execute(sql: "CREATE TABLE category (name TEXT)")
        }
        try other.close()
        let before = bytes(of: path)
        // When it is opened as a store, then it is refused, naming its tables, and not one byte changes
        XCTAssertThrowsError(try AppDatabase.open(path: path, basis: basis)) { error in
            XCTAssertEqual(error as? StoreError, .otherProgramsDatabase(path: path, tables: ["category", "expense"]))
            XCTAssertTrue("\(error)".contains("not a Rapport store (an SQLite database with other tables: category, expense)"), "\(error)")
        }
        XCTAssertEqual(bytes(of: path), before)
        XCTAssertFalse(fileExists(path + "-wal"))
        XCTAssertFalse(fileExists(path + "-shm"))
    }

    /// A real store with its header kept and the pages after it scribbled over.
    func makeDamagedStore(in directory: TemporaryDirectory) throws -> String {
        let path = directory.file("damaged.sqlite")
        let database = try AppDatabase.open(path: path, basis: basis)
        try database.writeDemoBook(DemoBook(seed: 1, accountCount: 20, today: today))
        try database.close()
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: 8192)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 12_288))
        try handle.close()
        return path
    }

    func testADamagedStoreIsRefusedAndLeftUntouched() throws {
        let directory = try TemporaryDirectory()
        let path = try makeDamagedStore(in: directory)
        let before = FolderSnapshot(directory.path)
        XCTAssertThrowsError(try AppDatabase.open(path: path, basis: basis)) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains(path), message)
            XCTAssertTrue(message.contains("damaged") || message.contains("not a Rapport store"), message)
        }
        XCTAssertEqual(FolderSnapshot(directory.path), before)
    }

    func testADamagedStoreOpenedForTheDashboardIsNeverWritten() throws {
        // Given a damaged store, opened the dashboard's way (integrity checked after the first frame)
        let directory = try TemporaryDirectory()
        let path = try makeDamagedStore(in: directory)
        let before = bytes(of: path)
        // (the damage is past the pages a first look reads, so it opens at once, as designed)
        let database = try AppDatabase.open(path: path, basis: basis, options: .dashboard)
        // When the worker runs the deferred check, then it reports the damage
        let worker = StoreWorker(database: database)
        worker.startMaintenance()
        let reports = worker.waitForReports(timeout: 10)
        worker.stop()
        guard case .integrityChecked(let problem?)? = reports.first else { return XCTFail("reports: \(reports)") }
        XCTAssertEqual(database.completeIntegrityCheck(), problem, "the verdict is kept")
        // And a write and a refresh tried anyway are refused
        XCTAssertThrowsError(try database.addAccount("X")) { error in
            guard case .readOnly(let location, _) = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(location, path)
        }
        XCTAssertThrowsError(try database.refreshSummaries())
        try? database.close()
        // Then the file is as it was
        XCTAssertEqual(bytes(of: path), before)
    }

    func testClosingFoldsTheLogIntoTheFileAndLeavesNoLogs() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("closed.sqlite")
        let database = try AppDatabase.open(path: path, basis: basis)
        try database.writeDemoBook(DemoBook(seed: 1, accountCount: 5, today: today))
        _ = try database.addAccount("After the bulk load")
        XCTAssertTrue(fileExists(path + "-wal"), "an open store in WAL mode has its log")
        try database.close()
        XCTAssertFalse(fileExists(path + "-wal"))
        XCTAssertFalse(fileExists(path + "-shm"))
        let reopened = try AppDatabase.open(path: path, basis: basis)
        XCTAssertEqual(try reopened.accountCount(), 6)
        try reopened.close()
    }

    func testOpeningAndClosingWithoutAChangeLeavesTheFileByteIdentical() throws {
        // Given a store Rapport made and closed
        let directory = try TemporaryDirectory()
        let path = directory.file("quiet.sqlite")
        let setup = try AppDatabase.open(path: path, basis: basis)
        try setup.writeDemoBook(DemoBook(seed: 2, accountCount: 8, today: today))
        _ = try setup.addAccount("Acme")
        try setup.close()
        let before = try XCTUnwrap(bytes(of: path))
        for options in [OpenOptions(), OpenOptions.dashboard] {
            // When it is opened, read and closed without a change
            let database = try AppDatabase.open(path: path, basis: basis, options: options)
            XCTAssertEqual(try database.accountCount(), 9)
            _ = try database.kpis()
            _ = try database.accountPage(AccountPageRequest(sort: .name, anchor: .first, limit: 5))
            try database.close()
            // Then every byte is as it was and no log is left beside it
            XCTAssertEqual(bytes(of: path), before, "options \(options.integrityCheck)")
            XCTAssertFalse(fileExists(path + "-wal"))
            XCTAssertFalse(fileExists(path + "-shm"))
        }
    }

    func testAFolderIsNotAStore() throws {
        let directory = try TemporaryDirectory()
        XCTAssertThrowsError(try AppDatabase.open(path: directory.path, basis: basis)) { error in
            XCTAssertEqual(error as? StoreError, .notAFile(path: directory.path))
        }
    }

    func testAZeroLengthFileIsRefusedAsATruncatedStore() throws {
        // A store truncated to nothing must not silently become a new, empty book
        let directory = try TemporaryDirectory()
        let path = directory.file("empty.sqlite")
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data()))
        let before = FolderSnapshot(directory.path)
        XCTAssertThrowsError(try AppDatabase.open(path: path, basis: basis, options: .dashboard)) { error in
            XCTAssertEqual(error as? StoreError, .emptyFile(path: path))
            XCTAssertTrue("\(error)".contains("is empty (0 bytes)"), "\(error)")
        }
        XCTAssertEqual(FolderSnapshot(directory.path), before)
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
