import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import XCTest

/// A write-ahead log damaged in its middle would lose committed changes without a word;
/// such a store is refused and left as it was. A log only torn by a crash opens as before.
final class DamagedLogTests: XCTestCase {
    let basis = TestClock.basis
    let frameSize = WriteAheadLogCheck.frameHeaderSize + 4096

    /// The store, its log and its index as a crash would leave them: copied while the store is
    /// open, after `accounts` accounts were added one transaction each, never checkpointed.
    func crashCopy(accounts: Int, in directory: TemporaryDirectory, name: String = "crashed.sqlite",
                   thenMore extra: Int = 0) throws -> (path: String, logAfterExtra: Data?) {
        let source = directory.file("live-\(name)")
        let database = try AppDatabase.open(path: source, basis: basis)
        for number in 1...accounts { _ = try database.addAccount("Account \(number)") }
        let copy = directory.file(name)
        for suffix in ["", "-wal", "-shm"] {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: copy + suffix)
        }
        for number in 0..<extra { _ = try database.addAccount("Later \(number)") }
        let laterLog = extra > 0 ? bytes(of: source + "-wal") : nil
        try database.close()
        try FileManager.default.removeItem(atPath: source)
        return (copy, laterLog)
    }

    func flipByte(in path: String, at offset: Int) throws {
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(offset))
        let byte = try XCTUnwrap(handle.readData(ofLength: 1).first)
        try handle.seek(toOffset: UInt64(offset))
        try handle.write(contentsOf: Data([byte ^ 0x5A]))
    }

    func assertRefused(_ path: String, in directory: TemporaryDirectory, mentioning detail: String,
                       file: StaticString = #filePath, line: UInt = #line) {
        let before = FolderSnapshot(directory.path)
        for options in [OpenOptions(), .dashboard] {
            XCTAssertThrowsError(try AppDatabase.open(path: path, basis: basis, options: options), file: file, line: line) { error in
                guard case .damagedLog = error as? StoreError else { return XCTFail("\(error)", file: file, line: line) }
                let message = "\(error)"
                XCTAssertTrue(message.contains(detail), message, file: file, line: line)
                XCTAssertTrue(message.contains("move \(path)-wal aside"), message, file: file, line: line)
            }
        }
        XCTAssertEqual(FolderSnapshot(directory.path), before, "the store, its log and its index are as they were", file: file, line: line)
    }

    func testAnIntactCrashCopyOpensWithEveryCommittedChange() throws {
        let directory = try TemporaryDirectory()
        let (path, _) = try crashCopy(accounts: 5, in: directory)
        let database = try AppDatabase.open(path: path, basis: basis)
        XCTAssertEqual(try database.accountCount(), 5)
        try database.close()
    }

    func testDamageInTheMiddleOfTheLogIsRefused() throws {
        let directory = try TemporaryDirectory()
        let (path, _) = try crashCopy(accounts: 5, in: directory)
        // A byte of the second frame's page: every commit from there on is unreadable
        try flipByte(in: path + "-wal", at: WriteAheadLogCheck.headerSize + frameSize + WriteAheadLogCheck.frameHeaderSize + 100)
        XCTAssertEqual(
            WriteAheadLogCheck.inspect(storeFile: path),
            .damaged(lostCommits: try committedFrames(in: path + "-wal", after: 2), firstBadFrame: 2))
        assertRefused(path, in: directory, mentioning: "from frame 2 on cannot be read")
    }

    func testDamageToTheLastCommitIsFoundThroughTheSharedIndex() throws {
        // Given a log whose very last frame (the last commit) is damaged: no commit follows it,
        // as after a crash, but the index the writer left says that commit had completed
        let directory = try TemporaryDirectory()
        let (path, _) = try crashCopy(accounts: 3, in: directory)
        let frames = try XCTUnwrap(bytes(of: path + "-wal")).count / frameSize
        try flipByte(in: path + "-wal", at: WriteAheadLogCheck.headerSize + (frames - 1) * frameSize + WriteAheadLogCheck.frameHeaderSize + 7)
        XCTAssertEqual(WriteAheadLogCheck.inspect(storeFile: path), .damaged(lostCommits: 1, firstBadFrame: frames))
        assertRefused(path, in: directory, mentioning: "1 committed change from frame")
    }

    func testADamagedLogHeaderIsRefused() throws {
        let directory = try TemporaryDirectory()
        let (path, _) = try crashCopy(accounts: 2, in: directory)
        try flipByte(in: path + "-wal", at: 17)  // a salt
        assertRefused(path, in: directory, mentioning: "its header is damaged")
    }

    func testALogTornByACrashOpensWithWhatWasCommitted() throws {
        // Given the files after 4 commits, and then the log of a 5th transaction cut off halfway
        // through its last frame, as a crash while writing leaves it (the index still says 4)
        let directory = try TemporaryDirectory()
        let (path, laterLog) = try crashCopy(accounts: 4, in: directory, thenMore: 1)
        let torn = try XCTUnwrap(laterLog)
        let cut = torn.count - frameSize / 2
        XCTAssertTrue(FileManager.default.createFile(atPath: path + "-wal", contents: torn.prefix(cut)))
        XCTAssertEqual(WriteAheadLogCheck.inspect(storeFile: path), .readable)
        // When it is opened, then the 4 committed accounts are there
        let database = try AppDatabase.open(path: path, basis: basis)
        XCTAssertEqual(try database.accountCount(), 4)
        try database.close()
    }

    func testNoLogAndAnEmptyLogAreReadable() throws {
        let directory = try TemporaryDirectory()
        XCTAssertEqual(WriteAheadLogCheck.inspect(storeFile: directory.file("none.sqlite")), .readable)
        XCTAssertTrue(FileManager.default.createFile(atPath: directory.file("empty.sqlite-wal"), contents: Data()))
        XCTAssertEqual(WriteAheadLogCheck.inspect(storeFile: directory.file("empty.sqlite")), .readable)
    }

    /// Commit frames of the log's generation numbered above `frame`.
    func committedFrames(in log: String, after frame: Int) throws -> Int {
        let data = try XCTUnwrap(bytes(of: log))
        let salts = data[16..<24]
        return stride(from: frame + 1, through: (data.count - 32) / frameSize, by: 1).filter { number in
            let start = 32 + (number - 1) * frameSize
            let commitSize = data[(start + 4)..<(start + 8)].reduce(0) { $0 << 8 | Int($1) }
            return Array(data[(start + 8)..<(start + 16)]) == Array(salts) && commitSize != 0
        }.count
    }
}
