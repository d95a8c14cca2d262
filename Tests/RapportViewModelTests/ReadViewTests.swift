import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// Enter on a contact, an interaction or an initiative shows it whole; the list keys scroll it
/// as far as the frame measured; `e` edits it; Esc closes it.
final class ReadViewTests: XCTestCase {
    func testEnterOnAnInitiativeOfTheDashboardReadsItAndEscCloses() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.key(.tab)
        let before = driver.state
        let migration = dashboard.book.migration
        XCTAssertEqual(before.selectedInitiative, migration, "soonest due first")
        let open = step(driver.viewModel, key: .enter)
        var expected = before
        expected.overlay = .reading(RecordReading(.initiative, id: try XCTUnwrap(migration.id)))
        XCTAssertEqual(open.state, expected, "the read view opens, nothing else changes")
        let migrationID = try XCTUnwrap(migration.id)
        XCTAssertEqual(open.effects, [.load(.initiativePlan(initiativeID: migrationID, historyLimit: 50))], "its plan and history are read")
        XCTAssertEqual(open.state.keyContexts, [.initiativeReading, .reading])
        XCTAssertEqual(open.state.readRecord, .initiative(migration))

        driver.key(.enter)
        driver.key(.escape)
        XCTAssertEqual(driver.state, before, "Esc goes back to the pane as it was")
    }

    func testEInAReadViewEditsThatRecordWithATitleNamingIt() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.keys(.tab, .down, .enter)
        XCTAssertEqual(driver.state.readRecord, .initiative(dashboard.book.portal))
        driver.key(.char("e"))
        XCTAssertEqual(driver.state.initiativeForm?.original, dashboard.book.portal)
        XCTAssertEqual(driver.state.formSession?.title, FormTitle(action: "Edit initiative", subjects: ["Portal rollout", "Acme Corp"]))
        XCTAssertEqual(driver.state.keyContexts, [.form])
    }

    func testEnterOnAContactAndOnAnInteractionInTheDetailReadsThem() throws {
        let dashboard = try Dashboard()
        let acme = dashboard.book.acme
        let ada = try dashboard.database.addContact("Ada Lovelace", to: acme, role: .sponsor, main: true)
        let summary = "Walked through the portal.\n\nThey want SSO first; legal reviews the contract next week."
        let call = try dashboard.database.logInteraction(Interaction(
            accountID: try XCTUnwrap(acme.id), kind: .call, date: BookFixture.today.adding(days: -2), contactIDs: [try XCTUnwrap(ada.id)],
            summary: summary, nextStep: "Send the SSO plan"))
        let driver = dashboard.driver
        driver.keys(.enter, .tab)
        XCTAssertEqual(driver.state.detail?.section, .contacts)
        driver.key(.enter)
        XCTAssertEqual(driver.state.overlay, .reading(RecordReading(.contact, id: try XCTUnwrap(ada.id))))
        XCTAssertEqual(driver.state.readRecord, .contact(ada))
        driver.key(.char("e"))
        XCTAssertEqual(driver.state.contactForm?.original, ada)
        XCTAssertEqual(driver.state.formSession?.title, FormTitle(action: "Edit contact", subjects: ["Ada Lovelace", "Acme Corp"]))
        driver.keys(.escape, .tab)
        XCTAssertEqual(driver.state.detail?.section, .timeline)
        driver.key(.enter)
        XCTAssertEqual(driver.state.readRecord, .interaction(call))
        if case .interaction(let shown) = driver.state.readRecord {
            XCTAssertEqual(shown.summary, summary, "the summary whole, its paragraphs kept")
        }
        driver.key(.escape)
        XCTAssertNil(driver.state.overlay)
        XCTAssertEqual(driver.state.detail?.section, .timeline)
    }

    func testEnterOnAnEmptyListSaysSoAndOpensNothing() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.keys(.enter, .tab)
        driver.key(.enter)
        XCTAssertNil(driver.state.overlay)
        XCTAssertEqual(driver.state.message, StatusMessage("No contact selected", kind: .info))
    }

    func testScrollingStopsAtTheLastPageTheFrameMeasured() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.keys(.tab, .enter)
        driver.key(.char("k"))
        XCTAssertEqual(driver.state.overlayScroll.top, 0, "never above the first line")
        driver.keys(.char("j"), .char("j"))
        XCTAssertEqual(driver.state.overlayScroll.top, 2, "before any frame measured it, j scrolls freely")
        driver.send(.overlayMeasured(OverlayMeasure(lastTop: 1, pageRows: 5)))
        XCTAssertEqual(driver.state.overlayScroll, OverlayScroll(top: 1, measure: OverlayMeasure(lastTop: 1, pageRows: 5)), "pulled back to the last page")
        driver.send(.overlayMeasured(OverlayMeasure(lastTop: 12, pageRows: 5)))
        driver.key(.pageDown)
        XCTAssertEqual(driver.state.overlayScroll.top, 6)
        driver.key(.char("G"))
        XCTAssertEqual(driver.state.overlayScroll.top, 12)
        driver.key(.char("j"))
        XCTAssertEqual(driver.state.overlayScroll.top, 12, "no further than the last page")
        driver.key(.char("k"))
        XCTAssertEqual(driver.state.overlayScroll.top, 11, "so k moves at once")
        driver.key(.pageUp)
        XCTAssertEqual(driver.state.overlayScroll.top, 6)
        driver.key(.char("g"))
        XCTAssertEqual(driver.state.overlayScroll.top, 0)
        driver.key(.escape)
        driver.key(.char("?"))
        XCTAssertEqual(driver.state.overlayScroll, OverlayScroll(), "help opens at its top, unmeasured")
        driver.send(.overlayMeasured(OverlayMeasure(lastTop: 4, pageRows: 10)))
        driver.key(.pageDown)
        XCTAssertEqual(driver.state.overlayScroll.top, 4, "help scrolls the same way")
    }

    func testAMeasureWithNoOverlayOpenChangesNothing() throws {
        let dashboard = try Dashboard()
        let before = dashboard.state
        XCTAssertEqual(step(dashboard.viewModel, .overlayMeasured(OverlayMeasure(lastTop: 3, pageRows: 5))).state, before)
    }
}
