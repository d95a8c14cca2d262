import Foundation
import RapportCore
import RapportScreen
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

final class DashboardSnapshotTests: XCTestCase {
    func testDemoDashboardAt80x24() throws {
        assertSnapshot(try DemoScreen.demo(width: 80, height: 24).lines, named: "dashboard-80x24")
    }

    func testDemoDashboardAt120x40() throws {
        assertSnapshot(try DemoScreen.demo(width: 120, height: 40).lines, named: "dashboard-120x40")
    }

    func testThemeRolesAt120x40() throws {
        let screen = try DemoScreen.demo(width: 120, height: 40, theme: TestThemes.roles)
        screen.press(.down, .tab)
        assertSnapshot(TestThemes.roleRuns(screen.frame()), named: "dashboard-120x40-roles")
    }

    func testFilteringInitiativesFocusAndStatusMessage() throws {
        let screen = try DemoScreen.demo(width: 100, height: 30)
        screen.press(.char("/"))
        screen.type("holdings")
        screen.press(.enter, .tab, .char("-"))
        assertSnapshot(screen.lines, named: "dashboard-100x30-filtered-progress")
    }

    func testHelpOverlayAt80x24() throws {
        let screen = try DemoScreen.demo(width: 80, height: 24)
        screen.press(.char("?"))
        assertSnapshot(screen.lines, named: "help-80x24")
    }

    func testHelpOverlayForInitiativesAt120x40() throws {
        let screen = try DemoScreen.demo(width: 120, height: 40)
        screen.press(.tab, .char("?"))
        assertSnapshot(screen.lines, named: "help-initiatives-120x40")
    }

    func testAccountDetailSections() throws {
        let screen = try DemoScreen.demo(width: 100, height: 30)
        screen.press(.down, .enter)
        for section in DetailSection.allCases {
            XCTAssertEqual(screen.state.detail?.section, section)
            assertSnapshot(screen.lines, named: "detail-\(section.rawValue)-100x30")
            screen.press(.tab)
        }
        screen.resize(width: 80, height: 24)
        screen.press(.char("?"))
        assertSnapshot(screen.lines, named: "detail-help-80x24")
    }

    func testSearchThroughContactsAndTimelineSaysWhere() throws {
        let screen = try DemoScreen.demo(width: 100, height: 30)
        screen.press(.char("/"))
        screen.type("workshop")
        assertSnapshot(screen.lines, named: "search-timeline-100x30")
    }

    func testDeleteConfirmationNamesWhatGoes() throws {
        let screen = try DemoScreen.demo(width: 80, height: 24)
        screen.press(.char("d"))
        assertSnapshot(screen.lines, named: "confirm-delete-80x24")
    }

    func testLogInteractionFormWithAnError() throws {
        let screen = try DemoScreen.demo(width: 100, height: 30)
        screen.press(.char("l"), .tab, .tab)
        screen.type("someday")
        screen.press(.enter)
        assertSnapshot(screen.lines, named: "form-log-interaction-100x30")
    }

    func testWholeBookMetricsForAYear() throws {
        let screen = try DemoScreen.demo(width: 100, height: 30)
        screen.press(.char("M"), .char("]"))
        assertSnapshot(screen.lines, named: "book-metrics-year-100x30")
        screen.press(.char("t"))
        assertSnapshot(screen.lines, named: "book-metrics-year-table-100x30")
    }

    func testEmptyBookHintAt80x24() throws {
        let database = try AppDatabase.inMemory(basis: SummaryBasis(today: DemoScreen.today))
        let screen = DemoScreen(driver: Driver(database: database, storeName: "rapport.sqlite", today: DemoScreen.today), width: 80, height: 24)
        assertSnapshot(screen.lines, named: "empty-80x24")
    }

    func testADamagedStoreIsMarkedReadOnlyInTheHeader() throws {
        let screen = try DemoScreen.demo(accounts: 3, width: 80, height: 24)
        XCTAssertFalse(screen.lines[0].contains("READ-ONLY"))
        screen.driver.send(.integrityChecked(problem: "row 1 missing from index"))
        screen.press(.char("j"))
        XCTAssertEqual(screen.lines[0], " Rapport · demo.sqlite                READ-ONLY: damaged store  Wed 18 Nov 2026 ")
    }

    func testTooSmallTerminalSaysSo() throws {
        let screen = try DemoScreen.demo(accounts: 3, width: 40, height: 10)
        XCTAssertEqual(screen.state.keyContexts, [.tooSmall])
        XCTAssertEqual(
            screen.lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            ["Terminal 40×10 is too small — enlarge it", "to at least 60×18 (q quits)"], "wrapped at words, centred")
        screen.resize(width: 200, height: 10)
        let wide = screen.lines.joined()
        XCTAssertTrue(wide.contains("Terminal 200×10 is too small — enlarge it to at least 60×18 (q quits)"), wide)
    }

    func testHostileNamesCannotEscapeTheirCells() throws {
        let database = try AppDatabase.inMemory(basis: SummaryBasis(today: DemoScreen.today))
        let outcome = try database.apply(
            .addAccount(Account(
                name: "Evil\u{1B}[2J\u{1B}]0;x\u{07}\r\nCorp", industry: "東京精密東京精密東京精密", region: "🥐🥐🥐", tier: .enterprise,
                owner: "\u{202E}reversed", annualRecurringRevenue: .major(1), renewalDate: nil)),
            at: Date(timeIntervalSince1970: 1_795_000_000))
        guard case .saved = outcome else { return XCTFail("not saved: \(outcome)") }
        let driver = Driver(database: database, storeName: "s\u{1B}[31m", today: DemoScreen.today)
        let buffer = DemoScreen(driver: driver, width: 80, height: 24).frame()
        XCTAssertFalse(buffer.cells.contains { $0.text.unicodeScalars.contains { TextSafety.isUnsafe($0) } })
        XCTAssertTrue(buffer.lines.allSatisfy { DisplayWidth.of($0) == 80 }, buffer.lines.joined(separator: "\n"))
        XCTAssertTrue(buffer.lines.contains { $0.contains("Evil␦[2J␦]0;x␦ Corp") }, buffer.lines.joined(separator: "\n"))
    }
}
