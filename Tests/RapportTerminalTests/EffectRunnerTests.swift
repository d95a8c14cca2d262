import Foundation
import RapportCore
import RapportStore
import RapportTerminal
import RapportTestSupport
import RapportViewModel
import XCTest

/// The runner the event loop and `rapport bench` share: reads at once, writes on the store
/// worker, results fed back as events.
final class EffectRunnerTests: XCTestCase {
    func makeRunner() throws -> (EffectRunner, BookFixture) {
        let book = try BookFixture()
        let worker = StoreWorker(database: book.database, pollInterval: 0.05)
        addTeardownBlock { worker.stop() }
        let runner = EffectRunner(
            viewModel: ViewModel(storeName: "test.sqlite", today: BookFixture.today), database: book.database, worker: worker)
        runner.send(.resized(ScreenSize(width: 120, height: 40)))
        runner.start()
        return (runner, book)
    }

    func testStartReadsTheFirstPageTheKPIsAndTheSelectedAccount() throws {
        let (runner, book) = try makeRunner()
        XCTAssertEqual(runner.state.accounts.entries.map(\.summary.name), ["Acme Corp", "Bluefin Analytics", "Cedar Health", "Müller Präzision GmbH"])
        XCTAssertEqual(runner.state.kpis.accountCount, 4)
        XCTAssertEqual(runner.state.focused.accountID, book.acme.id)
        XCTAssertEqual(runner.state.focused.initiatives.map(\.title), ["API migration", "Portal rollout"])
    }

    func testReportWritesTheMarkdownReportOfThePeriodAndSaysSo() throws {
        let (runner, _) = try makeRunner()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-report-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/q.md"
        runner.send(.key(.char(":")))
        for character in "report \(path)" { runner.send(.key(.char(character))) }
        runner.send(.key(.enter))
        XCTAssertEqual(runner.state.message, StatusMessage("Wrote the report to \(path)", kind: .success))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("# Book report — \(runner.state.period.description)\n"), text)
        XCTAssertTrue(text.contains("| All tiers | 4 |"), text)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int, 0o600)

        runner.send(.key(.char(":")))
        for character in "report /no/such/folder/q.md" { runner.send(.key(.char(character))) }
        runner.send(.key(.enter))
        XCTAssertEqual(runner.state.message, StatusMessage("Could not write /no/such/folder/q.md: no such file or directory", kind: .error))
    }

    func testAWriteGoesThroughTheWorkerAndItsOutcomeComesBackAsAnEvent() throws {
        let (runner, book) = try makeRunner()
        runner.send(.key(.tab))
        runner.send(.key(.char("+")))
        XCTAssertTrue(runner.hasPendingWrites, "the write is on the worker, not done on this thread")
        XCTAssertTrue(runner.collectReports(waiting: 2))
        XCTAssertFalse(runner.hasPendingWrites)
        XCTAssertEqual(runner.state.focused.selectedInitiative?.progress, 25)
        XCTAssertEqual(runner.state.message, StatusMessage("Saved: API migration progress 20% → 25%", kind: .success))
        XCTAssertEqual(try book.database.initiative(id: book.migration.id ?? 0)?.progress, 25)
    }

    func testTheEditorRequestWaitsForTheLoopAndQuitIsNoted() throws {
        let (runner, _) = try makeRunner()
        runner.send(.key(.char("E")))
        let request = try XCTUnwrap(runner.takeEditorRequest())
        XCTAssertEqual(request.title, "Acme Corp")
        XCTAssertNil(runner.takeEditorRequest(), "handed over once")
        XCTAssertFalse(runner.wantsQuit)
        runner.send(.key(.char("q")))
        XCTAssertTrue(runner.wantsQuit)
    }

    func testAnotherConnectionsWriteIsNoticedAndReloaded() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-runner-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("shared.sqlite").path
        let basis = SummaryBasis(today: BookFixture.today)
        let mine = try AppDatabase.open(path: path, basis: basis)
        let book = try BookFixture(database: mine)
        let theirs = try AppDatabase.open(path: path, basis: basis)
        let worker = StoreWorker(database: mine, pollInterval: 0.05)
        defer { worker.stop() }
        let runner = EffectRunner(viewModel: ViewModel(storeName: "shared.sqlite", today: BookFixture.today), database: mine, worker: worker)
        runner.send(.resized(ScreenSize(width: 120, height: 40)))
        runner.start()
        XCTAssertEqual(runner.state.focused.selectedInitiative?.progress, 20)
        _ = try theirs.apply(.bumpProgress(initiativeID: book.migration.id ?? 0, by: 10), at: BookFixture.clockTime)
        let deadline = Date().addingTimeInterval(2)
        while runner.state.focused.selectedInitiative?.progress != 30 && Date() < deadline {
            runner.collectReports()
            usleep(20_000)
        }
        XCTAssertEqual(runner.state.focused.selectedInitiative?.progress, 30)
        XCTAssertEqual(runner.state.message, StatusMessage("Updated with changes made elsewhere", kind: .info))
    }
}
