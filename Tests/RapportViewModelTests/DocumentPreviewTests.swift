import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// `R` and `U`: the report and the stakeholder update previewed, `w` to write them through
/// the command line, `a` to switch an update's audience, a written update recorded as sent.
final class DocumentPreviewTests: XCTestCase {
    private let quarter = Period(size: .quarter, containing: BookFixture.today.yearMonth, calendar: FiscalCalendar())

    private func preview(_ state: AppState) -> DocumentPreview? {
        guard case .preview(let preview) = state.overlay else { return nil }
        return preview
    }

    func testRPreviewsTheBooksReportAndWOpensTheCommandLineWithItsFile() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        // When R is pressed, the period's book report is read
        let opened = step(driver.viewModel, key: .char("R"))
        let query = StoreQuery.reportText(period: quarter, accountID: nil, today: BookFixture.today)
        XCTAssertEqual(opened.effects, [.load(query)])
        var expected = driver.state
        expected.overlay = .preview(DocumentPreview(.report(period: quarter, accountID: nil), today: BookFixture.today))
        expected.overlayScroll = OverlayScroll()
        XCTAssertEqual(opened.state, expected)
        XCTAssertEqual(opened.state.keyContexts, [.preview, .reading])
        // And the store's answer is the report as Markdown
        driver.key(.char("R"))
        let text = try XCTUnwrap(preview(driver.state)?.text)
        XCTAssertEqual(text, try dashboard.database.report(period: quarter, accountID: nil, today: BookFixture.today).markdown)
        XCTAssertTrue(text.hasPrefix("# Book report — "))
        // j scrolls it, e edits nothing
        driver.key(.char("j"))
        XCTAssertEqual(driver.state.overlayScroll.top, 1)
        XCTAssertEqual(step(driver.viewModel, key: .char("e")).state, driver.state)
        // w closes it and opens the command line holding :report and the default file
        let written = step(driver.viewModel, key: .char("w"))
        XCTAssertNil(written.state.overlay)
        XCTAssertEqual(written.state.prompt?.text, "report rapport-report-\(ReportPeriodText.key(of: quarter)).md")
        XCTAssertEqual(written.effects, [])
        // Enter asks the loop to write it
        driver.keys(.char("w"), .enter)
        XCTAssertEqual(driver.reportRequests, [ReportRequest(period: quarter, accountID: nil, today: BookFixture.today, path: "rapport-report-\(ReportPeriodText.key(of: quarter)).md")])
    }

    func testRInAnAccountsDetailPreviewsThatAccountsReportAndEscCloses() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.key(.enter)
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        XCTAssertEqual(driver.state.detail?.scope, .account(acmeID))
        driver.key(.char("R"))
        XCTAssertEqual(preview(driver.state)?.subject, .report(period: quarter, accountID: acmeID))
        XCTAssertTrue(try XCTUnwrap(preview(driver.state)?.text).hasPrefix("# Account report: Acme"))
        driver.key(.escape)
        XCTAssertNil(driver.state.overlay)
        XCTAssertEqual(driver.state.detail?.scope, .account(acmeID))
    }

    func testUPreviewsTheSelectedAccountsUpdateAndATogglesTheAudience() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        let accountID = try XCTUnwrap(driver.state.accounts.selectedID)
        driver.key(.char("U"))
        let internalPreview = try XCTUnwrap(preview(driver.state))
        XCTAssertEqual(internalPreview.subject, .update(accountID: accountID, audience: .internal))
        XCTAssertEqual(
            internalPreview.text,
            try dashboard.database.stakeholderUpdate(accountID: accountID, audience: .internal, today: BookFixture.today).text)
        // a reads the external one afresh, from the top
        driver.key(.char("j"))
        let toggled = step(driver.viewModel, key: .char("a"))
        XCTAssertEqual(toggled.effects, [.load(.updateText(accountID: accountID, audience: .external, today: BookFixture.today))])
        XCTAssertEqual(toggled.state.overlayScroll, OverlayScroll())
        driver.key(.char("a"))
        let external = try XCTUnwrap(preview(driver.state))
        XCTAssertEqual(external.subject, .update(accountID: accountID, audience: .external))
        XCTAssertTrue(try XCTUnwrap(external.text).contains("External · since"))
        // a on a report does nothing
        driver.keys(.escape, .char("R"))
        XCTAssertEqual(step(driver.viewModel, key: .char("a")).state, driver.state)
    }

    func testWritingAnUpdateRecordsItAsSentWhichUndoUndoes() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        let accountID = try XCTUnwrap(driver.state.accounts.selectedID)
        driver.keys(.char("U"), .char("a"), .char("w"))
        let file = "rapport-update-external-\(BookFixture.today.iso).md"
        XCTAssertEqual(driver.state.prompt?.text, "update external \(file)")
        driver.key(.enter)
        let request = UpdateRequest(accountID: accountID, audience: .external, today: BookFixture.today, path: file)
        XCTAssertEqual(driver.updateRequests, [request])
        XCTAssertNil(try dashboard.database.lastSentUpdate(accountID: accountID, audience: .external), "not sent until written")
        // The loop wrote it: the view model records it as sent
        let recorded = step(driver.viewModel, .updateWritten(request, coveredSince: BookFixture.today.adding(days: -30), error: nil))
        guard case .write(_, .recordSentUpdate(let sent))? = recorded.effects.first else { return XCTFail("\(recorded.effects)") }
        XCTAssertEqual(sent, SentUpdate(accountID: accountID, audience: .external, coveredSince: BookFixture.today.adding(days: -30), format: "markdown"))
        driver.send(.updateWritten(request, coveredSince: BookFixture.today.adding(days: -30), error: nil))
        XCTAssertNotNil(try dashboard.database.lastSentUpdate(accountID: accountID, audience: .external))
        XCTAssertEqual(driver.state.message?.kind, .success)
        driver.key(.char("u"))
        XCTAssertNil(try dashboard.database.lastSentUpdate(accountID: accountID, audience: .external))
        // A write that failed records nothing and says why
        let failed = step(driver.viewModel, .updateWritten(request, coveredSince: nil, error: "Could not write x: denied"))
        XCTAssertEqual(failed.effects, [])
        XCTAssertEqual(failed.state.message, StatusMessage("Could not write x: denied", kind: .error))
    }

    func testUpdateCommandPreviewsOrWrites() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        let accountID = try XCTUnwrap(driver.state.accounts.selectedID)
        driver.key(.char(":"))
        driver.type("update external")
        driver.key(.enter)
        XCTAssertEqual(preview(driver.state)?.subject, .update(accountID: accountID, audience: .external))
        driver.keys(.escape, .char(":"))
        driver.type("update /tmp/x.md")
        driver.key(.enter)
        XCTAssertEqual(driver.updateRequests, [UpdateRequest(accountID: accountID, audience: .internal, today: BookFixture.today, path: "/tmp/x.md")])
    }
}
