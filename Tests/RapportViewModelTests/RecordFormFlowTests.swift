import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// Initiatives, opportunities and months of a metric, through their forms in the detail view.
final class RecordFormFlowTests: XCTestCase {
    func testNewInitiativeFromTheDetailView() throws {
        let dashboard = try Dashboard()
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        let driver = dashboard.driver
        driver.keys(.enter, .tab, .tab, .tab, .char("n"))
        XCTAssertEqual(driver.state.initiativeForm?.state.title, "New initiative")
        driver.type("Data migration")
        for _ in 0..<4 { driver.key(.tab) }  // objective, owner, status, progress
        driver.key(.ctrl("u"))
        driver.type("150")
        driver.key(.tab)
        driver.type("next month")
        driver.key(.enter)
        XCTAssertEqual(driver.state.initiativeForm?.state.error(for: .progress), "a whole number from 0 to 100")
        XCTAssertEqual(driver.state.initiativeForm?.state.focusedField?.id, .progress, "the cursor goes to the problem")
        driver.key(.ctrl("u"))
        driver.type("10")
        driver.key(.enter)
        XCTAssertNil(driver.state.overlay)
        let added = try XCTUnwrap(try dashboard.database.initiatives(accountID: acmeID).first { $0.title == "Data migration" })
        XCTAssertEqual(added.progress, 10)
        XCTAssertEqual(added.owner, "Dana Whitfield", "the account owner by default")
        XCTAssertEqual(added.dueDate, Day(year: 2026, month: 12, day: 1))
        XCTAssertEqual(driver.state.detail?.initiatives.count, 3)
        XCTAssertEqual(driver.state.focused.initiatives.count, 3)
        XCTAssertEqual(driver.state.focused.overview?.initiatives.total, 3)
    }

    func testNewOpportunityShowsInThePipelineAndTheMetricsFigures() throws {
        let dashboard = try Dashboard()
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        let driver = dashboard.driver
        driver.key(.enter)
        for _ in 0..<4 { driver.key(.tab) }
        XCTAssertEqual(driver.state.detail?.section, .pipeline)
        driver.key(.char("n"))
        XCTAssertEqual(driver.state.opportunityForm?.accountID, acmeID)
        driver.type("Second plant")
        driver.keys(.tab, .tab)
        driver.type("80k")
        driver.key(.tab)
        driver.key(.ctrl("u"))
        driver.type("25")
        driver.key(.tab)
        driver.type("+20d")
        driver.key(.enter)
        XCTAssertNil(driver.state.overlay, "\(String(describing: driver.state.opportunityForm?.state.fields.compactMap(\.error)))")
        let saved = try XCTUnwrap(try dashboard.database.opportunities(accountID: acmeID).first)
        XCTAssertEqual(saved.amount, .major(80_000))
        XCTAssertEqual(saved.probability, 25)
        XCTAssertEqual(saved.expectedClose, BookFixture.today.adding(days: 20))
        XCTAssertEqual(driver.state.detail?.opportunities, [saved])
        driver.key(.tab)  // metrics
        XCTAssertEqual(driver.state.detail?.metrics?.pipeline?.weighted, .major(20_000))

        driver.keys(.backTab, .char("d"))
        XCTAssertEqual(driver.state.confirmation, Confirmation(question: "Delete the opportunity Second plant ($80k)?", action: .deleteOpportunity(saved)))
    }

    func testAMonthOfRevenueTakesMoneyAsPeopleWriteIt() throws {
        let dashboard = try Dashboard()
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        let driver = dashboard.driver
        driver.keys(.enter, .backTab)
        XCTAssertEqual(driver.state.detail?.section, .metrics)
        let open = step(driver.viewModel, key: .char("n"))
        XCTAssertEqual(open.effects, [])
        XCTAssertEqual(open.state.metricMonthForm, MetricMonthForm(accountID: acmeID, metric: "revenue", month: BookFixture.today.yearMonth))
        driver.key(.char("n"))
        XCTAssertEqual(driver.state.metricMonthForm?.state.focusedField?.id, .actual)
        driver.type("100k")
        driver.key(.tab)
        driver.type("$100,000")
        let save = step(driver.viewModel, key: .enter)
        let month = BookFixture.today.yearMonth
        XCTAssertEqual(
            save.effects,
            [.write(id: 1, .recordMetric(MetricPoint(accountID: acmeID, metric: "revenue", month: month, actual: 10_000_000, target: 10_000_000)))])
        driver.key(.enter)
        XCTAssertNil(driver.state.overlay)
        XCTAssertEqual(
            try dashboard.database.metricPoints(accountID: acmeID, metric: "revenue", in: MonthRange(first: month, last: month)),
            [MetricPoint(accountID: acmeID, metric: "revenue", month: month, actual: 10_000_000, target: 10_000_000)])

        driver.key(.char("n"))
        driver.type("lots")
        driver.key(.enter)
        XCTAssertEqual(driver.state.metricMonthForm?.state.error(for: .actual), "not an amount — use 1,250,000, 1.2M, 950k or $12,400.50")
        XCTAssertEqual(driver.state.message, StatusMessage("Fix the fields marked in red", kind: .error))
    }

    func testAMetricTheUserNamesCountsWholeUnitsAndMStepsThroughMetrics() throws {
        let dashboard = try Dashboard()
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        let driver = dashboard.driver
        driver.keys(.enter, .backTab)
        let only = step(driver.viewModel, key: .char("m"))
        XCTAssertEqual(only.effects, [])
        XCTAssertEqual(only.state.message, StatusMessage("Only revenue is recorded — n records a month of another metric", kind: .info))

        driver.key(.char("n"))
        driver.keys(.backTab, .backTab, .ctrl("u"))  // the metric's name
        driver.type("Active users")
        driver.keys(.tab, .tab)
        driver.type("1.5x")
        driver.key(.enter)
        XCTAssertEqual(driver.state.metricMonthForm?.state.error(for: .actual), "not a number — use 1200, 1,200 or 12k")
        XCTAssertEqual(driver.state.metricMonthForm?.state.focusedField?.id, .actual)
        driver.key(.ctrl("u"))
        driver.type("1,200")
        driver.key(.tab)
        driver.type("1.5k")
        driver.key(.enter)
        XCTAssertNil(driver.state.overlay)
        let month = BookFixture.today.yearMonth
        XCTAssertEqual(
            try dashboard.database.metricPoints(accountID: acmeID, metric: "active-users", in: MonthRange(first: month, last: month)),
            [MetricPoint(accountID: acmeID, metric: "active-users", month: month, actual: 1_200, target: 1_500)])

        let next = step(driver.viewModel, key: .char("m"))
        XCTAssertEqual(next.effects, [.load(.accountDetail(accountID: acmeID, metric: "active-users"))])
        driver.key(.char("m"))
        XCTAssertEqual(driver.state.detail?.metric, "active-users")
        XCTAssertEqual(driver.state.detail?.metrics?.label, "Active users")
        XCTAssertEqual(driver.state.detail?.metrics?.kind, .count)
        XCTAssertEqual(driver.state.detail?.metrics?.metricCount, 2)
        driver.key(.char("m"))
        XCTAssertEqual(driver.state.detail?.metric, "revenue")

        driver.key(.char("u"))
        XCTAssertEqual(try dashboard.database.metricPoints(accountID: acmeID, metric: "active-users", in: MonthRange(first: month, last: month)), [])
    }

    func testAnNPSMetricKeepsItsCapitalsAndTheWholeBookAveragesItOverAccounts() throws {
        // Given NPS recorded for two accounts in the same month: 40 and 61
        let dashboard = try Dashboard()
        let month = BookFixture.today.yearMonth
        for (account, score) in [(dashboard.book.acme, Int64(40)), (dashboard.book.bluefin, 61)] {
            _ = try dashboard.database.apply(
                .recordMetric(MetricPoint(accountID: XCTUnwrap(account.id), metric: "nps", month: month, actual: score, target: 50)),
                at: BookFixture.clockTime)
        }
        XCTAssertEqual(
            try dashboard.database.bookMetricPoints(metric: "nps", in: MonthRange(first: month, last: month)),
            [MetricPoint(accountID: 0, metric: "nps", month: month, actual: 51, target: 50)], "(40 + 61) / 2, not 101")
        // When the whole book's metrics show it
        let driver = dashboard.driver
        driver.key(.char("M"))
        while driver.state.detail?.metric != "nps" { driver.key(.char("m")) }
        // Then it is named as people write it, and its figure says what it is
        let metrics = try XCTUnwrap(driver.state.detail?.metrics)
        XCTAssertEqual(metrics.label, "NPS")
        XCTAssertEqual(metrics.kind, .score)
        XCTAssertEqual(metrics.figureLabel, "Average across accounts")
    }
}
