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
        return try ViewModel(database: database, storeName: "demo.sqlite", today: Self.today)
    }

    func render(_ viewModel: ViewModel, width: Int, height: Int) -> [String] {
        var buffer = Buffer(width: width, height: height)
        let layout = DashboardLayout(area: buffer.area, initiativeCount: viewModel.state.initiatives.count)
        let viewport = layout.viewport(for: viewModel.state)
        viewModel.perform(.setViewport(accountRows: viewport.accountRows, initiativeRows: viewport.initiativeRows))
        DashboardView(state: viewModel.state, theme: TestThemes.plain, storePath: "/tmp/demo.sqlite").render(into: &buffer)
        return buffer.lines
    }

    func testDemoDashboardAt80x24() throws {
        let viewModel = try makeViewModel()
        assertSnapshot(render(viewModel, width: 80, height: 24), named: "dashboard-80x24")
    }

    func testDemoDashboardAt120x40() throws {
        let viewModel = try makeViewModel()
        assertSnapshot(render(viewModel, width: 120, height: 40), named: "dashboard-120x40")
    }
}

enum TestThemes {
    static let plain = Theme(name: "plain", styles: [:])
}
