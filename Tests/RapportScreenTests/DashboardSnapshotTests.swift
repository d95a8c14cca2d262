import RapportCore
import RapportScreen
import RapportStore
import RapportViewModel
import XCTest

final class DashboardSnapshotTests: XCTestCase {
    static let today = Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)

    func makeViewModel(accounts: Int = DemoBook.defaultAccountCount) throws -> ViewModel {
        let database = try AppDatabase.inMemory()
        try database.writeDemoBook(DemoBook(seed: 1, accountCount: accounts, today: Self.today))
        return try ViewModel(database: database, storeName: "demo.sqlite", today: Self.today, clock: { Date(timeIntervalSince1970: 0) })
    }

    /// Renders as the event loop does: lay out, tell the view model its viewport, draw.
    func render(_ viewModel: ViewModel, width: Int, height: Int, theme: Theme = TestThemes.plain) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        if DashboardLayout.fits(width: width, height: height) {
            let layout = DashboardLayout(area: buffer.area, initiativeCount: viewModel.state.initiatives.count)
            let viewport = layout.viewport(for: viewModel.state)
            viewModel.perform(.setViewport(accountRows: viewport.accountRows, initiativeRows: viewport.initiativeRows))
        }
        DashboardView(state: viewModel.state, theme: theme, storePath: "/tmp/demo.sqlite").render(into: &buffer)
        return buffer
    }

    func testDemoDashboardAt80x24() throws {
        assertSnapshot(render(try makeViewModel(), width: 80, height: 24).lines, named: "dashboard-80x24")
    }

    func testDemoDashboardAt120x40() throws {
        assertSnapshot(render(try makeViewModel(), width: 120, height: 40).lines, named: "dashboard-120x40")
    }

    func testThemeRolesAt120x40() throws {
        let viewModel = try makeViewModel()
        viewModel.perform(.moveDown)
        viewModel.perform(.focusNext)
        let buffer = render(viewModel, width: 120, height: 40, theme: TestThemes.roles)
        assertSnapshot(TestThemes.roleRuns(buffer), named: "dashboard-120x40-roles")
    }

    func testFilteringInitiativesFocusAndStatusMessage() throws {
        let viewModel = try makeViewModel()
        viewModel.handle(.char("/"))
        for character in "holdings" { viewModel.handle(.char(character)) }
        viewModel.handle(.enter)
        viewModel.handle(.tab)
        viewModel.handle(.char("-"))
        assertSnapshot(render(viewModel, width: 100, height: 30).lines, named: "dashboard-100x30-filtered-progress")
    }

    func testHelpOverlayAt80x24() throws {
        let viewModel = try makeViewModel()
        viewModel.handle(.char("?"))
        assertSnapshot(render(viewModel, width: 80, height: 24).lines, named: "help-80x24")
    }

    func testHelpOverlayForInitiativesAt120x40() throws {
        let viewModel = try makeViewModel()
        viewModel.handle(.tab)
        viewModel.handle(.char("?"))
        assertSnapshot(render(viewModel, width: 120, height: 40).lines, named: "help-initiatives-120x40")
    }

    func testAccountDetailSections() throws {
        let viewModel = try makeViewModel()
        viewModel.perform(.moveDown)
        viewModel.handle(.enter)
        for section in DetailSection.allCases {
            assertSnapshot(render(viewModel, width: 100, height: 30).lines, named: "detail-\(section.rawValue)-100x30")
            viewModel.handle(.tab)
        }
        viewModel.handle(.char("?"))
        assertSnapshot(render(viewModel, width: 80, height: 24).lines, named: "detail-help-80x24")
    }

    func testSearchThroughContactsAndTimelineSaysWhere() throws {
        let viewModel = try makeViewModel()
        viewModel.handle(.char("/"))
        for character in "workshop" { viewModel.handle(.char(character)) }
        assertSnapshot(render(viewModel, width: 100, height: 30).lines, named: "search-timeline-100x30")
    }

    func testDeleteConfirmationNamesWhatGoes() throws {
        let viewModel = try makeViewModel()
        viewModel.handle(.char("d"))
        assertSnapshot(render(viewModel, width: 80, height: 24).lines, named: "confirm-delete-80x24")
    }

    func testLogInteractionFormWithAnError() throws {
        let viewModel = try makeViewModel()
        viewModel.handle(.char("l"))
        viewModel.handle(.tab)
        viewModel.handle(.tab)
        for character in "someday" { viewModel.handle(.char(character)) }
        viewModel.handle(.enter)
        assertSnapshot(render(viewModel, width: 100, height: 30).lines, named: "form-log-interaction-100x30")
    }

    func testWholeBookMetricsForAYear() throws {
        let viewModel = try makeViewModel()
        viewModel.handle(.char("M"))
        viewModel.handle(.char("]"))
        assertSnapshot(render(viewModel, width: 100, height: 30).lines, named: "book-metrics-year-100x30")
        viewModel.handle(.char("t"))
        assertSnapshot(render(viewModel, width: 100, height: 30).lines, named: "book-metrics-year-table-100x30")
    }

    func testEmptyBookHintAt80x24() throws {
        let viewModel = try ViewModel(database: try AppDatabase.inMemory(), storeName: "rapport.sqlite", today: Self.today)
        assertSnapshot(render(viewModel, width: 80, height: 24).lines, named: "empty-80x24")
    }

    func testTooSmallTerminalSaysSo() throws {
        let lines = render(try makeViewModel(accounts: 3), width: 40, height: 10).lines
        XCTAssertEqual(lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }, ["Terminal 40×10 is too small — enlarge i…"])
        let wide = render(try makeViewModel(accounts: 3), width: 200, height: 10).lines.joined()
        XCTAssertTrue(wide.contains("Terminal 200×10 is too small — enlarge it to at least 60×18 (q quits)"), wide)
    }

    func testHostileNamesCannotEscapeTheirCells() throws {
        let database = try AppDatabase.inMemory()
        try database.saveAccount(
            Account(name: "Evil\u{1B}[2J\u{1B}]0;x\u{07}\r\nCorp", industry: "東京精密東京精密東京精密", region: "🥐🥐🥐", tier: .enterprise,
                    owner: "\u{202E}reversed", annualRecurringRevenue: .major(1), renewalDate: nil))
        let viewModel = try ViewModel(database: database, storeName: "s\u{1B}[31m", today: Self.today)
        let buffer = render(viewModel, width: 80, height: 24)
        XCTAssertFalse(buffer.cells.contains { $0.text.unicodeScalars.contains { TextSanitizer.isUnsafe($0) } })
        XCTAssertTrue(buffer.lines.allSatisfy { DisplayWidth.of($0) == 80 }, buffer.lines.joined(separator: "\n"))
        XCTAssertTrue(buffer.lines.contains { $0.contains("Evil␦[2J␦]0;x␦ Corp") }, buffer.lines.joined(separator: "\n"))
    }
}

enum TestThemes {
    static let plain = Theme(name: "plain", styles: [:])

    /// Every role its own foreground colour, so a snapshot can name the role of every run.
    static let roles = Theme(
        name: "roles",
        styles: Dictionary(uniqueKeysWithValues: ThemeRole.allCases.enumerated().map { index, role in
            let isSelection = role == .selection || role == .selectionUnfocused
            return (role, Style(foreground: .indexed(UInt8(index + 16)), background: isSelection ? .indexed(UInt8(index + 16)) : .default))
        }))

    static func role(for color: Color) -> String {
        guard case .indexed(let index) = color, Int(index) >= 16, Int(index) - 16 < ThemeRole.allCases.count else { return "-" }
        return ThemeRole.allCases[Int(index) - 16].rawValue
    }

    /// Per row: "columns role" runs, e.g. "0-5 header.title | 6-20 header".
    static func roleRuns(_ buffer: Buffer) -> [String] {
        (0..<buffer.area.height).map { y in
            var runs: [String] = []
            var start = 0
            var current = ""
            for x in 0...buffer.area.width {
                let name: String
                if x == buffer.area.width {
                    name = "\u{0}"
                } else {
                    let cell = buffer[x, y]
                    let background = cell.style.background == .default ? "" : "/" + role(for: cell.style.background)
                    name = role(for: cell.style.foreground) + background
                }
                if name != current {
                    if x > 0 && current != "-" { runs.append("\(start)-\(x - 1) \(current)") }
                    start = x
                    current = name
                }
            }
            return runs.joined(separator: " | ")
        }
    }
}
