import Foundation
@testable import RapportTerminal
import XCTest

/// `:dump` writes the frame's text: rows with their trailing blanks trimmed, a private file
/// written whole, and a one-line reason when it cannot be.
final class ScreenDumpTests: XCTestCase {
    func testTheFrameIsWrittenAsTrimmedLinesToAPrivateFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-dump-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/screen.txt"
        XCTAssertNil(ScreenDump.write(["Accounts      ", "東京精密 KK  $1.2M   ", "   "], to: path))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "Accounts\n東京精密 KK  $1.2M\n\n")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int, 0o600)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["screen.txt"], "no temporary file left")
    }

    func testAFolderThatDoesNotExistIsAOneLineReason() {
        XCTAssertEqual(
            ScreenDump.write(["x"], to: "/no/such/folder/screen.txt"), "Could not write /no/such/folder/screen.txt: no such file or directory")
    }
}
