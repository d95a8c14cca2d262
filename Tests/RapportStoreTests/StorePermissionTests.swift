import Foundation
import RapportCore
@testable import RapportStore
import XCTest

/// Client data is confidential: whatever the umask and however the store comes to be made, it
/// is 0600 (with its -wal and -shm) in folders Rapport makes 0700.
final class StorePermissionTests: XCTestCase {
    let basis = TestClock.basis

    /// One way a store comes to be made: sets up `directory`, returns the path given to Rapport
    /// and the file that must end up holding the book.
    struct CreationPath {
        let name: String
        let prepare: (TemporaryDirectory) throws -> (given: String, file: String)
    }

    let creationPaths: [CreationPath] = [
        CreationPath(name: "new file in new folders") { directory in
            (directory.file("a/b/rapport.sqlite"), directory.file("a/b/rapport.sqlite"))
        },
        CreationPath(name: "dangling absolute link") { directory in
            let link = directory.file("link.sqlite")
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: directory.file("target.sqlite"))
            return (link, directory.file("target.sqlite"))
        },
        CreationPath(name: "dangling relative link into a missing folder") { directory in
            let link = directory.file("link.sqlite")
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "data/target.sqlite")
            return (link, directory.file("data/target.sqlite"))
        },
        CreationPath(name: "chain of links") { directory in
            try FileManager.default.createSymbolicLink(atPath: directory.file("first"), withDestinationPath: "second")
            try FileManager.default.createSymbolicLink(atPath: directory.file("second"), withDestinationPath: directory.file("end.sqlite"))
            return (directory.file("first"), directory.file("end.sqlite"))
        },
    ]

    func testEveryUmaskAndCreationPathMakesAPrivateStore() throws {
        var checked = 0
        for mask: mode_t in [0o000, 0o002, 0o022, 0o027, 0o077] {
            for creation in creationPaths {
                let label = "umask \(String(mask, radix: 8)), \(creation.name)"
                let directory = try TemporaryDirectory()
                let previous = umask(mask)
                defer { umask(previous) }
                let (given, file) = try creation.prepare(directory)
                // When a store is made there and written
                let database = try AppDatabase.open(path: given, basis: basis)
                _ = try database.addAccount("Confidential")
                // Then the file that holds it, its log and its index are private
                XCTAssertEqual(permissions(of: file), 0o600, label)
                XCTAssertEqual(permissions(of: file + "-wal"), 0o600, label)
                XCTAssertEqual(permissions(of: file + "-shm"), 0o600, label)
                XCTAssertFalse(fileExists(given + "-wal") && given != file, "the log is beside the target, not the link: \(label)")
                var folder = (file as NSString).deletingLastPathComponent
                while folder.count > directory.path.count {
                    XCTAssertEqual(permissions(of: folder), 0o700, "\(folder): \(label)")
                    folder = (folder as NSString).deletingLastPathComponent
                }
                try database.close()
                // And the book is there through the path given
                let reopened = try AppDatabase.open(path: given, basis: basis)
                XCTAssertEqual(try reopened.accountCount(), 1, label)
                try reopened.close()
                checked += 1
            }
        }
        print("permissions matrix: \(checked) umask × creation paths, all 0600 files in 0700 folders")
    }

    func testALinkLoopIsAClearError() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: directory.file("loop"), withDestinationPath: directory.file("loop"))
        XCTAssertThrowsError(try AppDatabase.open(path: directory.file("loop"), basis: basis)) { error in
            XCTAssertTrue("\(error)".contains("too many levels of symbolic links"), "\(error)")
        }
    }
}
