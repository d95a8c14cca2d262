import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// The agenda pane: `a` or `:agenda` opens it; Enter goes to the item; `l` logs, `x` marks done,
/// `z` snoozes, `i` explains; every change is saved through an intent and undone with `u`.
final class AgendaFlowTests: XCTestCase {
    let today = BookFixture.today

    private func open() throws -> (Driver, AgendaBook) {
        let book = try AgendaBook(today: today)
        let driver = Driver(database: book.database, today: today)
        driver.key(.char("a"))
        return (driver, book)
    }

    private func shown(_ driver: Driver) -> [String] {
        (driver.state.agenda?.items ?? []).map { "\($0.item.kind.rawValue) \($0.item.accountName)" }
    }

    func testAOpensTheRankedQueueAndEscClosesIt() throws {
        let (driver, _) = try open()
        XCTAssertEqual(shown(driver), ["lapsed-renewal Lapsed Co", "follow-up Follow Co", "initiative-due Build Co"])
        XCTAssertEqual(driver.state.agenda?.items.first?.score.total ?? 0, 20.6, accuracy: 1e-9)
        XCTAssertEqual(driver.state.keyContexts, [.agenda, .list, .global])
        XCTAssertEqual(driver.state.helpTitle, "Agenda")
        driver.key(.char("j"))
        XCTAssertEqual(driver.state.agenda?.selection, 1)
        driver.key(.escape)
        XCTAssertNil(driver.state.agenda)
        XCTAssertEqual(driver.state.keyContexts, [.accounts, .list, .dashboard, .global])
        // The command line opens it too.
        driver.key(.char(":"))
        driver.type("agenda")
        driver.key(.enter)
        XCTAssertEqual(shown(driver).count, 3)
    }

    func testZSnoozesForAWeekAndUUndoes() throws {
        let (driver, book) = try open()
        driver.keys(.char("j"), .char("z"))
        XCTAssertEqual(driver.state.keyContexts, [.snooze])
        driver.key(.char("w"))
        XCTAssertEqual(shown(driver), ["lapsed-renewal Lapsed Co", "initiative-due Build Co"])
        XCTAssertEqual(driver.state.agenda?.isChoosingSnooze, false)
        XCTAssertEqual(driver.state.agenda?.selection, 1, "the cursor stays on the row, now the next item")
        XCTAssertEqual(driver.state.message?.text, "Saved: snoozed an agenda item of Follow Co until \(today.adding(days: 7).iso)")
        XCTAssertEqual(try book.database.agendaSnoozes().map(\.until), [today.adding(days: 7)])
        driver.key(.char("u"))
        XCTAssertEqual(shown(driver).count, 3)
        XCTAssertEqual(try book.database.agendaSnoozes(), [])
        // A day; Esc leaves the choice without snoozing.
        driver.keys(.char("z"), .escape)
        XCTAssertEqual(shown(driver).count, 3)
        driver.keys(.char("z"), .char("d"))
        XCTAssertEqual(try book.database.agendaSnoozes().map(\.until), [today.adding(days: 1)])
    }

    func testSnoozeUntilATypedDate() throws {
        let (driver, book) = try open()
        driver.key(.char(":"))
        driver.type("snooze 2026-12-24")
        driver.key(.enter)
        XCTAssertEqual(try book.database.agendaSnoozes().map(\.until), [Day(year: 2026, month: 12, day: 24)])
        XCTAssertEqual(shown(driver), ["follow-up Follow Co", "initiative-due Build Co"])
        driver.key(.char(":"))
        driver.type("snooze someday")
        driver.key(.enter)
        XCTAssertEqual(driver.state.message?.kind, .error)
        XCTAssertEqual(try book.database.agendaSnoozes().count, 1)
    }

    func testXMovesAFollowUpByTheCadenceAndMarksOtherItemsDone() throws {
        let (driver, book) = try open()
        driver.keys(.char("j"), .char("x"))
        XCTAssertEqual(try book.database.account(id: book.followUpID)?.nextFollowUp, today.adding(days: 30))
        XCTAssertEqual(shown(driver), ["lapsed-renewal Lapsed Co", "initiative-due Build Co"])
        driver.keys(.char("g"), .char("x"))
        XCTAssertEqual(shown(driver), ["initiative-due Build Co"])
        XCTAssertEqual(try book.database.agendaSnoozes().map(\.until), [nil], "a dated item is done for its date")
        driver.key(.char("u"))
        XCTAssertEqual(shown(driver).first, "lapsed-renewal Lapsed Co")
    }

    func testIExplainsTheScoreAndEscClosesTheExplanationFirst() throws {
        let (driver, _) = try open()
        driver.key(.char("i"))
        XCTAssertEqual(driver.state.agenda?.isExplaining, true)
        driver.key(.escape)
        XCTAssertEqual(driver.state.agenda?.isExplaining, false)
        XCTAssertNotNil(driver.state.agenda)
    }

    func testEnterGoesToTheInitiativeAndLLogsWithTheItemsAccount() throws {
        let (driver, book) = try open()
        driver.keys(.char("j"), .char("l"))
        XCTAssertEqual(driver.state.interactionForm?.accountID, book.followUpID)
        driver.key(.escape)
        driver.keys(.char("G"), .enter)
        XCTAssertNil(driver.state.agenda)
        XCTAssertEqual(driver.state.accounts.selectedID, book.buildID)
        XCTAssertEqual(driver.state.pane, .initiatives)
        XCTAssertEqual(driver.state.focused.selectedInitiative?.id, book.erpID)
    }
}
