import Foundation
@testable import RapportStore
import XCTest

/// Files Rapport writes for people (exports, reports) appear whole or not at all, 0600, and
/// never replace the device or link they were pointed at.
final class WholeFileWriterTests: XCTestCase {
    func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("whole-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    func testAnAbandonedWriteLeavesTheOldFileAndNoTemporaryOne() throws {
        let directory = try folder()
        let target = directory + "/book.json"
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        let writer = try WholeFileWriter(path: target)
        try writer.write("half of the new")
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "old", "nothing shows until the commit")
        writer.abandon()
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "old")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), ["book.json"])
    }

    func testACommittedFileIsPrivateWhateverTheUmask() throws {
        let directory = try folder()
        let target = directory + "/report.md"
        let previous = umask(0o022)
        defer { umask(previous) }
        let writer = try WholeFileWriter(path: target)
        try writer.write("# Report\n")
        try writer.commit()
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "# Report\n")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int, 0o600)
    }

    func testADeviceIsWrittenToNotReplaced() throws {
        let writer = try WholeFileWriter(path: "/dev/null")
        try writer.write("discarded")
        try writer.commit()
        var status = stat()
        XCTAssertEqual(lstat("/dev/null", &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFCHR, "/dev/null is still the device")
    }

    func testAFolderOrAMissingFolderIsAOneLineFailure() throws {
        let directory = try folder()
        XCTAssertThrowsError(try WholeFileWriter(path: directory)) { error in
            XCTAssertEqual((error as? WholeFileWriter.Failure)?.description, "cannot write \(directory): it is a folder")
        }
        XCTAssertThrowsError(try WholeFileWriter(path: directory + "/missing/out.json")) { error in
            XCTAssertEqual((error as? WholeFileWriter.Failure)?.description, "cannot write \(directory)/missing/out.json: no such file or directory")
        }
    }
}
