import Foundation
import RapportCore
import RapportStore
import XCTest

/// `R` and `U` in the real dashboard: the report previewed and written to a private file; the
/// update's external version shown and written without the internal note planted in the store,
/// and recorded as sent.
final class PreviewEndToEndTests: XCTestCase {
    private let today = "2026-11-18"
    private let planted = "PLANTED INTERNAL NOTE"

    /// The demo book with the planted note on a change to each account's first open initiative,
    /// made today, so every account's update covers it.
    private func plantedStore(in scratch: Scratch) throws -> String {
        let store = scratch.file("book.sqlite")
        let result = try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "12", "--today", today])
        XCTAssertEqual(result.status, 0, result.standardError)
        let database = try openStore(store)
        let noon = Date(timeIntervalSince1970: 1_795_000_000)  // 18 Nov 2026
        for account in try database.accounts() {
            guard let initiative = try database.initiatives(accountID: account.id ?? 0).first(where: { $0.status != .done && $0.progress < 100 }),
                let initiativeID = initiative.id
            else { continue }
            _ = try database.apply(.bumpProgress(initiativeID: initiativeID, by: 5), at: noon)
            let updateID = try XCTUnwrap(try database.progressUpdates(initiativeID: initiativeID).compactMap(\.id).max())
            _ = try database.apply(.annotateProgress(updateID: updateID, note: planted), at: noon)
        }
        try database.close()
        return store
    }

    func testRWritesTheReportAndUWritesAnExternalUpdateWithoutTheInternalNote() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = try plantedStore(in: scratch)
        let session = try TmuxSession(
            command: "cd \(shellQuote(scratch.path)) && \(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) --today \(today)")
        try session.waitFor("Accounts (12)")

        // R, w, Enter: the report's file, whole and private
        try session.press("R")
        try session.waitFor("# Book report — Q4 2026")
        try session.press("w")
        try session.waitFor(":report rapport-report-2026-Q4.md")
        try session.press("Enter")
        try session.waitFor("Wrote the report to rapport-report-2026-Q4.md")
        let report = scratch.file("rapport-report-2026-Q4.md")
        let attributes = try FileManager.default.attributesOfItem(atPath: report)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertTrue(try XCTUnwrap(scratch.read("rapport-report-2026-Q4.md")).hasPrefix("# Book report — Q4 2026\n"))

        // U shows the internal update with the note; a switches to the external one, without it
        try session.press("U")
        try session.waitFor("Stakeholder update · internal")
        try session.waitFor(planted)
        try session.press("a")
        let external = try session.waitFor("Stakeholder update · external")
        try session.waitFor("External · since")
        XCTAssertFalse(try session.screen().contains { $0.contains("PLANTED") }, external.joined(separator: "\n"))
        try session.press("w")
        try session.waitFor(":update external rapport-update-external-2026-11-18.md")
        try session.press("Enter")
        try session.waitFor("recorded the external update as sent")
        let update = try XCTUnwrap(scratch.read("rapport-update-external-2026-11-18.md"))
        XCTAssertTrue(update.hasPrefix("# Status update: "), update)
        XCTAssertFalse(update.contains("PLANTED"), update)
        try session.press("q")

        let database = try openStore(store)
        defer { try? database.close() }
        let sent = try database.accounts().compactMap { try database.lastSentUpdate(accountID: $0.id ?? 0, audience: .external) }
        XCTAssertEqual(sent.count, 1, "the one update written is recorded as sent")
    }
}
