import Foundation
import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// `:import FILE [--kind KIND]` and `:export FORMAT [FILE]`: the file work is an effect, its
/// answer an event; an import is shown for y / n before anything is written.
final class ImportExportCommandTests: XCTestCase {
    private func typed(_ text: String, in dashboard: Dashboard) {
        dashboard.driver.key(.char(":"))
        dashboard.driver.type(text)
    }

    /// A proposal for one new account, as `proposeImport` makes it from a one-row CSV.
    private func proposal(problems: [String] = []) -> ImportProposal {
        var changes = ImportChanges()
        changes.newAccounts = [Account(
            name: "Zeta Widgets", industry: "Retail", region: "", tier: .enterprise, owner: "", annualRecurringRevenue: .major(120_000), renewalDate: nil)]
        changes.description = "imported accounts.csv"
        return ImportProposal(
            file: "accounts.csv", created: 1, updated: 0, unchanged: 3, details: ["create line 2: Zeta Widgets"], problems: problems,
            intent: .importRecords(changes))
    }

    func testImportAsksTheLoopToPlanTheFile() throws {
        let dashboard = try Dashboard()
        typed("import data/accounts.csv --kind contacts", in: dashboard)
        var expected = dashboard.state
        let run = step(dashboard.viewModel, key: .enter)
        expected.prompt = nil
        expected.commandHistory.add("import data/accounts.csv --kind contacts")
        expected.message = StatusMessage("Reading data/accounts.csv…", kind: .info)
        XCTAssertEqual(run.state, expected)
        XCTAssertEqual(run.effects, [.files(.planImport(path: "data/accounts.csv", kind: .contacts))])
        XCTAssertEqual(step(dashboard.viewModel, key: .enter).state.overlay, nil, "nothing is shown until the plan comes back")
    }

    func testImportWithoutAFileOrWithAnUnknownKindSaysSoAndAsksNothing() throws {
        let dashboard = try Dashboard()
        typed("import", in: dashboard)
        let bare = step(dashboard.viewModel, key: .enter)
        XCTAssertEqual(bare.state.message, StatusMessage(":import needs a file (Tab completes it): :import accounts.csv --kind accounts", kind: .error))
        XCTAssertEqual(bare.effects, [])
        dashboard.driver.key(.escape)
        typed("import a.csv --kind widgets", in: dashboard)
        let unknown = step(dashboard.viewModel, key: .enter)
        XCTAssertEqual(unknown.state.message, StatusMessage(":import --kind 'widgets' — one of accounts, contacts, interactions, initiatives, opportunities, metrics, book", kind: .error))
        XCTAssertEqual(unknown.effects, [])
    }

    func testThePlanIsShownForYesOrNoAndYesWritesIt() throws {
        let dashboard = try Dashboard()
        let proposal = proposal()
        var expected = dashboard.state
        let shown = step(dashboard.viewModel, .importPlanned(path: "accounts.csv", .success(proposal)))
        expected.overlay = .importReview(ImportReview(proposal))
        expected.overlayScroll = OverlayScroll()
        XCTAssertEqual(shown.state, expected)
        XCTAssertEqual(shown.effects, [])
        XCTAssertEqual(shown.state.keyContexts, [.confirm, .reading])

        dashboard.driver.send(.importPlanned(path: "accounts.csv", .success(proposal)))
        let before = dashboard.state
        let yes = step(dashboard.viewModel, key: .char("y"))
        var written = before
        written.overlay = nil
        written.writes.inFlight[before.writes.nextID] = "import"
        written.writes.nextID += 1
        XCTAssertEqual(yes.state, written)
        XCTAssertEqual(yes.effects, [.write(id: before.writes.nextID, try XCTUnwrap(proposal.intent))])
    }

    func testNoCancelsAndWritesNothing() throws {
        let dashboard = try Dashboard()
        let before = dashboard.state
        dashboard.driver.send(.importPlanned(path: "accounts.csv", .success(proposal())))
        for key in [Key.char("n"), .escape, .char("q")] {
            dashboard.driver.send(.importPlanned(path: "accounts.csv", .success(proposal())))
            let cancelled = step(dashboard.viewModel, key: key)
            var expected = before
            expected.message = StatusMessage("Nothing imported from accounts.csv", kind: .info)
            XCTAssertEqual(cancelled.state, expected, "\(key)")
            XCTAssertEqual(cancelled.effects, [])
        }
        // `e` edits a record in a read view; here it does nothing at all.
        dashboard.driver.send(.importPlanned(path: "accounts.csv", .success(proposal())))
        let edit = step(dashboard.viewModel, key: .char("e"))
        XCTAssertEqual(edit.effects, [])
        XCTAssertEqual(edit.state.overlay, dashboard.state.overlay)
    }

    func testAFailedPlanOrAnExportIsOneLineInTheStatusBar() throws {
        let dashboard = try Dashboard()
        let failed = step(dashboard.viewModel, .importPlanned(path: "gone.csv", .failure(FileWorkFailure("gone.csv: no such file"))))
        var expected = dashboard.state
        expected.message = StatusMessage("Not imported: gone.csv: no such file", kind: .error)
        XCTAssertEqual(failed.state, expected)
        let nothing = step(dashboard.viewModel, .importPlanned(path: "same.csv", .success(ImportProposal(file: "same.csv", created: 0, updated: 0, unchanged: 4, intent: nil))))
        XCTAssertEqual(nothing.state.message, StatusMessage("Nothing to import: every record of same.csv matches what is stored", kind: .info))
        XCTAssertNil(nothing.state.overlay)
        XCTAssertEqual(step(dashboard.viewModel, .exported(path: "out.json", error: nil)).state.message, StatusMessage("Exported to out.json", kind: .success))
        XCTAssertEqual(
            step(dashboard.viewModel, .exported(path: "/x/out.json", error: "/x/out.json: cannot be written: no such file or directory")).state.message,
            StatusMessage("Not exported: /x/out.json: cannot be written: no such file or directory", kind: .error))
    }

    func testAReviewWithManyProblemsScrolls() throws {
        let dashboard = try Dashboard()
        dashboard.driver.send(.importPlanned(path: "accounts.csv", .success(proposal(problems: (1...80).map { "line \($0 + 1): no name" }))))
        dashboard.driver.send(.overlayMeasured(OverlayMeasure(lastTop: 60, pageRows: 22)))
        dashboard.driver.keys(.char("j"), .char("j"))
        XCTAssertEqual(dashboard.state.overlayScroll.top, 2)
        dashboard.driver.key(.pageDown)
        XCTAssertEqual(dashboard.state.overlayScroll.top, 24)
        dashboard.driver.key(.char("G"))
        XCTAssertEqual(dashboard.state.overlayScroll.top, 60)
    }

    func testImportingARealFileEndToEndThroughTheStoreAndUndo() throws {
        let dashboard = try Dashboard()
        let folder = try temporaryDirectory(self)
        let file = folder.appendingPathComponent("accounts.csv").path
        try "Account Name,Industry,Annual Revenue\nZeta Widgets,Retail,120000\n".write(toFile: file, atomically: true, encoding: .utf8)
        let count = dashboard.state.accounts.totalCount
        typed("import \(file)", in: dashboard)
        dashboard.driver.key(.enter)
        guard case .importReview(let review) = dashboard.state.overlay else { return XCTFail("no review: \(String(describing: dashboard.state.message))") }
        XCTAssertEqual(review.proposal.summary, "Import accounts.csv: 1 to create, 0 to update, 0 unchanged")
        XCTAssertNil(try dashboard.database.account(named: "Zeta Widgets"), "the review writes nothing")
        dashboard.driver.key(.char("y"))
        XCTAssertEqual(dashboard.state.message, StatusMessage("Imported accounts.csv: 1 created, 0 updated — u undoes it", kind: .success))
        XCTAssertEqual(dashboard.state.accounts.totalCount, count + 1)
        XCTAssertTrue(dashboard.state.accountNames.contains("Zeta Widgets"))
        dashboard.driver.key(.char("u"))
        XCTAssertEqual(dashboard.state.accounts.totalCount, count)
        XCTAssertFalse(dashboard.state.accountNames.contains("Zeta Widgets"))

        typed("import \(folder.path)/missing.csv", in: dashboard)
        dashboard.driver.key(.enter)
        XCTAssertEqual(dashboard.state.message, StatusMessage("Not imported: \(folder.path)/missing.csv: no such file", kind: .error))
        XCTAssertNil(dashboard.state.overlay)
    }

    func testTabCompletesAPathFromTheFileSystem() throws {
        let dashboard = try Dashboard()
        let folder = try temporaryDirectory(self)
        try "x".write(toFile: folder.appendingPathComponent("accounts.csv").path, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("archive"), withIntermediateDirectories: false)
        typed("import \(folder.path)/ac", in: dashboard)
        XCTAssertEqual(step(dashboard.viewModel, key: .tab).effects, [.files(.listPaths(prefix: "\(folder.path)/ac"))])
        dashboard.driver.key(.tab)
        XCTAssertEqual(dashboard.state.prompt?.text, "import \(folder.path)/accounts.csv")
        dashboard.driver.key(.escape)
        typed("import \(folder.path)/", in: dashboard)
        dashboard.driver.key(.tab)
        // As far as both go, and both named above the line as a shell names them.
        XCTAssertEqual(dashboard.state.prompt?.text, "import \(folder.path)/a")
        XCTAssertEqual(dashboard.state.prompt?.candidates, ["accounts.csv", "archive/"])
        // An answer for a line that has moved on is dropped.
        dashboard.driver.type("z")
        dashboard.driver.send(.pathsListed(prefix: "\(folder.path)/a", ["\(folder.path)/accounts.csv"]))
        XCTAssertEqual(dashboard.state.prompt?.text, "import \(folder.path)/az")
    }

    func testExportAsksForTheFormatAndNamesADefaultFile() throws {
        let dashboard = try Dashboard()
        let today = dashboard.state.today.iso
        let cases: [(String, [Effect], StatusMessage)] = [
            ("export json", [.files(.export(.book, path: "rapport-\(today).json"))], StatusMessage("Exporting to rapport-\(today).json…", kind: .info)),
            ("export json book.json", [.files(.export(.book, path: "book.json"))], StatusMessage("Exporting to book.json…", kind: .info)),
            ("export csv accounts", [.files(.export(.csv(.accounts), path: "rapport-accounts-\(today).csv"))],
             StatusMessage("Exporting to rapport-accounts-\(today).csv…", kind: .info)),
            ("export vcard", [.files(.export(.contactCards, path: "rapport-contacts-\(today).vcf"))],
             StatusMessage("Exporting to rapport-contacts-\(today).vcf…", kind: .info)),
            ("export ics cal.ics", [.files(.export(.calendar, path: "cal.ics"))], StatusMessage("Exporting to cal.ics…", kind: .info)),
            ("export csv", [], StatusMessage(":export csv needs a kind — accounts, contacts, interactions, initiatives, opportunities, metrics", kind: .error)),
            ("export pdf", [], StatusMessage(":export 'pdf' is not a format — json, csv, vcard, ics", kind: .error)),
            ("export", [], StatusMessage(":export needs a format — json, csv, vcard, ics", kind: .error)),
        ]
        for (line, effects, message) in cases {
            typed(line, in: dashboard)
            let run = step(dashboard.viewModel, key: .enter)
            XCTAssertEqual(run.effects, effects, line)
            XCTAssertEqual(run.state.message, message, line)
            XCTAssertNil(run.state.prompt)
            dashboard.driver.key(.escape)
        }
        typed("export cs", in: dashboard)
        dashboard.driver.key(.tab)
        XCTAssertEqual(dashboard.state.prompt?.text, "export csv")
        dashboard.driver.type(" ac")
        dashboard.driver.key(.tab)
        XCTAssertEqual(dashboard.state.prompt?.text, "export csv accounts")
    }

    func testExportWritesAFileThatImportsBackUnchanged() throws {
        let dashboard = try Dashboard()
        let file = try temporaryDirectory(self).appendingPathComponent("out.json").path
        typed("export json \(file)", in: dashboard)
        dashboard.driver.key(.enter)
        XCTAssertEqual(dashboard.state.message, StatusMessage("Exported to \(file)", kind: .success))
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        typed("import \(file)", in: dashboard)
        dashboard.driver.key(.enter)
        XCTAssertEqual(dashboard.state.message, StatusMessage("Nothing to import: every record of out.json matches what is stored", kind: .info))
        XCTAssertNil(dashboard.state.overlay)
    }

    func testImportingTheBooksOwnExportPutsBackARecordChangedSince() throws {
        let dashboard = try Dashboard()
        let file = try temporaryDirectory(self).appendingPathComponent("book.json").path
        typed("export json \(file)", in: dashboard)
        dashboard.driver.key(.enter)
        let account = try XCTUnwrap(dashboard.database.account(id: XCTUnwrap(dashboard.book.acme.id)))
        var renamed = account
        renamed.name = "Acme Renamed"
        _ = try dashboard.database.apply(.editAccount(RecordEdit(original: account, edited: renamed)), at: dashboard.driver.clock)

        typed("import \(file)", in: dashboard)
        dashboard.driver.key(.enter)
        guard case .importReview(let review) = dashboard.state.overlay else { return XCTFail("no review: \(String(describing: dashboard.state.message))") }
        XCTAssertEqual(review.proposal.created, 0)
        XCTAssertEqual(review.proposal.updated, 1)
        XCTAssertEqual(review.proposal.details.first, "A book file from this book: records matched by id")
        XCTAssertTrue(review.proposal.details.contains("accounts: 0 created, 1 updated, \(dashboard.state.accounts.totalCount - 1) unchanged"), "\(review.proposal.details)")
        dashboard.driver.key(.char("y"))
        XCTAssertEqual(dashboard.state.message, StatusMessage("Imported book.json: 0 created, 1 updated — u undoes it", kind: .success))
        XCTAssertEqual(try dashboard.database.account(id: XCTUnwrap(account.id))?.name, account.name)
        XCTAssertTrue(dashboard.state.accountNames.contains(account.name))
    }
}
