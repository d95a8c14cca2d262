import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// The initiative form edits its start date, whether progress follows milestones, and its
/// objective as a figure (read as the named metric reads figures).
final class InitiativePlanFormTests: XCTestCase {
    /// Tabs from the title to the first field after the due date.
    private func tabToStart(_ driver: Driver) {
        for _ in 0..<6 { driver.key(.tab) }  // objective, owner, status, progress, due, start
    }

    func testTheFormSetsStartFollowingAndATargetFigure() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        let portalID = try XCTUnwrap(dashboard.book.portal.id)
        driver.keys(.tab, .char("j"), .char("e"))
        tabToStart(driver)
        XCTAssertEqual(driver.state.initiativeForm?.state.focusedField?.id, .start)
        driver.type("2026-10-01")
        driver.keys(.tab, .char(" "), .tab)  // progress follows milestones: on
        driver.type("Active users")
        driver.key(.tab)
        driver.type("1,500")
        driver.key(.tab)
        driver.type("2027-03-31")
        driver.key(.enter)
        let stored = try XCTUnwrap(dashboard.database.initiative(id: portalID))
        XCTAssertEqual(stored.startDate, Day(iso: "2026-10-01"))
        XCTAssertTrue(stored.progressFollowsMilestones)
        XCTAssertEqual(stored.target, ObjectiveTarget(metric: "active-users", value: 1_500, date: Day(iso: "2027-03-31")))
        // Opened again and saved untouched, nothing changes: the figure reads back as it was stored
        driver.keys(.char("e"), .enter)
        XCTAssertEqual(driver.state.message, StatusMessage("No changes to save", kind: .info))
        XCTAssertEqual(try dashboard.database.initiative(id: portalID), stored)
    }

    func testARevenueTargetReadsAsMoneyAndAFigureWithoutAMetricIsRefused() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        let portalID = try XCTUnwrap(dashboard.book.portal.id)
        driver.keys(.tab, .char("j"), .char("e"))
        tabToStart(driver)
        driver.keys(.tab, .tab, .tab)
        driver.type("12k")
        driver.key(.enter)
        XCTAssertEqual(driver.state.initiativeForm?.state.error(for: .targetMetric), "name the metric this figure is for")
        XCTAssertEqual(driver.state.initiativeForm?.state.focusedField?.id, .targetMetric)
        driver.type("revenue")
        driver.key(.enter)
        XCTAssertEqual(try dashboard.database.initiative(id: portalID)?.target?.value, 1_200_000, "$12k in cents")
        driver.keys(.char("e"), .enter)
        XCTAssertEqual(driver.state.message, StatusMessage("No changes to save", kind: .info))
    }
}
