import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// Enter opens an account's detail view and its sections; the metrics show a period that the
/// period keys step and resize; `M` shows the whole book's metrics.
final class DetailViewTests: XCTestCase {
    func testEnterOpensTheAccountAndItsDataArrivesWithTheMetricsWorkedOut() throws {
        let dashboard = try Dashboard()
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        let ada = try dashboard.database.addContact("Ada", to: dashboard.book.acme, role: .sponsor, main: true)
        var expected = dashboard.state
        let open = step(dashboard.viewModel, key: .enter)
        expected.detail = DetailModel(scope: .account(acmeID))
        XCTAssertEqual(open.state, expected, "the view opens at once, empty until its data arrives")
        let query = StoreQuery.accountDetail(accountID: acmeID, metric: "revenue")
        XCTAssertEqual(open.effects, [.load(query)])
        XCTAssertEqual(open.state.keyContexts, [.detail, .overview, .global])

        var viewModel = dashboard.viewModel
        _ = viewModel.send(.key(.enter))
        let data = try XCTUnwrap(try dashboard.database.accountDetail(accountID: acmeID, metric: "revenue"))
        let arrived = step(viewModel, .loaded(query, .success(.accountDetail(data))))
        XCTAssertEqual(arrived.effects, [])
        let detail = try XCTUnwrap(arrived.state.detail)
        XCTAssertEqual(detail.account, data)
        XCTAssertEqual(detail.contacts, [ada])
        XCTAssertEqual(detail.missingKeyRoles, [.decisionMaker, .champion])
        XCTAssertEqual(data.points.count, 25)
        XCTAssertEqual(detail.forecast, MonthlyForecast(points: data.points, today: BookFixture.today))
        XCTAssertNotNil(detail.forecast)
        let metrics = try XCTUnwrap(detail.metrics)
        XCTAssertEqual(metrics.label, "Revenue")
        XCTAssertEqual(metrics.figures, PeriodFigures(points: data.points, period: expected.period, kind: .revenue, today: BookFixture.today))
        XCTAssertEqual(metrics.figures.elapsed.phase, .running)
        XCTAssertEqual(metrics.chart.count, 36)
        expected.detail?.account = data
        expected.detail?.forecast = detail.forecast
        expected.detail?.metrics = detail.metrics
        XCTAssertEqual(arrived.state, expected, "nothing else changes")
    }

    func testSectionsStepAndWrapAndEscGoesBack() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.key(.enter)
        var expected = driver.state
        driver.key(.tab)
        expected.detail?.section = .contacts
        XCTAssertEqual(driver.state, expected)
        XCTAssertEqual(driver.state.keyContexts, [.detail, .contacts, .list, .global])
        driver.keys(.left, .left)
        expected.detail?.section = .metrics
        XCTAssertEqual(driver.state, expected, "sections wrap around")
        driver.key(.right)
        expected.detail?.section = .overview
        XCTAssertEqual(driver.state, expected)
        driver.key(.escape)
        expected.detail = nil
        XCTAssertEqual(driver.state, expected)
    }

    func testAnAccountDeletedElsewhereClosesItsDetailView() throws {
        let dashboard = try Dashboard()
        dashboard.driver.key(.enter)
        _ = try dashboard.database.apply(.removeAccount(id: XCTUnwrap(dashboard.book.acme.id)), at: BookFixture.clockTime)
        dashboard.driver.send(.changedElsewhere)
        XCTAssertNil(dashboard.state.detail)
        XCTAssertEqual(dashboard.state.message, StatusMessage("That account no longer exists — it may have been deleted elsewhere", kind: .info))
        XCTAssertEqual(dashboard.state.accountNames, ["Bluefin Analytics", "Cedar Health", "Müller Präzision GmbH"])
    }

    func testPeriodKeysStepResizeAndReturnAndTTogglesTheTable() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.keys(.enter, .backTab)  // the last section
        XCTAssertEqual(driver.state.detail?.section, .metrics)
        var expected = driver.state
        XCTAssertEqual(expected.period.description, "Q4 2026")
        let previous = step(driver.viewModel, key: .shiftLeft)
        XCTAssertEqual(previous.effects, [], "an account's metrics are already loaded")
        XCTAssertEqual(previous.state.period.description, "Q3 2026")
        expected.period = expected.period.previous
        XCTAssertEqual(previous.state.detail?.metrics?.figures.period, expected.period)
        expected.detail?.metrics = previous.state.detail?.metrics
        XCTAssertEqual(previous.state, expected, "the period and the figures for it, nothing else")

        driver.key(.shiftLeft)
        driver.key(.char("["))
        XCTAssertEqual(driver.state.period.description, "Jul 2026")
        driver.key(.char("["))
        XCTAssertEqual(driver.state.period.description, "Jul 2026", "a month is the smallest")
        driver.key(.char(">"))
        XCTAssertEqual(driver.state.period.description, "Aug 2026")
        driver.keys(.char("]"), .char("]"))
        XCTAssertEqual(driver.state.period.description, "2026")
        driver.key(.char("<"))
        XCTAssertEqual(driver.state.period.description, "2025")
        XCTAssertEqual(driver.state.detail?.metrics?.figures.elapsed.phase, .over)
        XCTAssertNil(driver.state.detail?.metrics?.outlook, "no outlook for a period that is over")
        driver.key(.char("T"))
        XCTAssertEqual(driver.state.period.description, "2026")
        driver.key(.char("["))
        XCTAssertEqual(driver.state.period.description, "Q4 2026", "from this year, [ goes to this quarter, not the first")
        driver.key(.char("["))
        XCTAssertEqual(driver.state.period.description, "Nov 2026", "and to this month")
        driver.keys(.char("]"), .char("]"), .char("<"), .char("["))
        XCTAssertEqual(driver.state.period.description, "Q1 2025", "from another year, its first quarter")
        driver.keys(.char("T"), .char("]"))
        driver.key(.char("t"))
        XCTAssertTrue(driver.state.metricsAsTable)
        driver.key(.char("t"))
        XCTAssertFalse(driver.state.metricsAsTable)

        driver.key(.escape)
        XCTAssertEqual(driver.state.period.description, "2026", "the period is kept across views")
    }

    func testPeriodKeysBelongToTheMetricsOnly() throws {
        let dashboard = try Dashboard()
        for setUp in [[Key](), [.enter], [.enter, .tab]] {
            dashboard.driver.keys(.escape, .escape)
            for key in setUp { dashboard.driver.key(key) }
            for key: Key in [.shiftLeft, .char("["), .char("T"), .char("t"), .char("m")] {
                let next = step(dashboard.viewModel, key: key)
                var unchanged = dashboard.state
                unchanged.message = nil  // any key moves on from the last message
                XCTAssertEqual(next.state, unchanged, "\(setUp) \(key)")
                XCTAssertEqual(next.effects, [], "\(setUp) \(key)")
            }
        }
    }

    func testMShowsTheWholeBookSummedByMonth() throws {
        let dashboard = try Dashboard()
        let october = BookFixture.today.yearMonth.adding(months: -1)
        _ = try dashboard.database.apply(
            .recordMetric(MetricPoint(accountID: XCTUnwrap(dashboard.book.bluefin.id), metric: "revenue", month: october, actual: 500_000, target: 600_000)),
            at: BookFixture.clockTime)
        let driver = dashboard.driver
        driver.key(.char("M"))
        let detail = try XCTUnwrap(driver.state.detail)
        XCTAssertTrue(detail.isBook)
        XCTAssertEqual(detail.section, .metrics)
        XCTAssertEqual(driver.state.helpTitle, "Whole book")
        let month = detail.book?.points.first { $0.month == october }
        XCTAssertEqual(month?.actual, 1_500_000)
        XCTAssertEqual(month?.target, 1_700_000)
        XCTAssertNotNil(detail.forecast)
        XCTAssertEqual(detail.bookPipeline, try dashboard.database.bookPipeline(in: driver.state.period))
        XCTAssertNil(driver.state.selectedInitiative, "the book has no initiatives to act on")

        driver.key(.tab)
        XCTAssertEqual(driver.state.detail?.section, .metrics, "the book has only its metrics")
        driver.key(.char("m"))
        XCTAssertEqual(driver.state.message, StatusMessage("Only revenue is recorded — record months in an account's Metrics section", kind: .info))
        driver.key(.shiftLeft)
        XCTAssertEqual(driver.state.period.description, "Q3 2026")
        XCTAssertEqual(driver.effects.last, .load(.bookPipeline(driver.state.period)))
        driver.key(.escape)
        XCTAssertNil(driver.state.detail)
    }

    func testABookPipelineForAnotherPeriodIsDropped() throws {
        let dashboard = try Dashboard()
        dashboard.driver.key(.char("M"))
        let late = try dashboard.database.reply(to: .bookPipeline(dashboard.state.period.previous))
        XCTAssertEqual(step(dashboard.viewModel, late).state, dashboard.state)
    }

    func testAFiscalYearWithTargetsForSomeMonthsComparesTheOutlookOverThoseMonths() throws {
        // Given Acme's flat $10k a month against $11k targets up to this month (18 Nov 2026),
        // in a fiscal year from April: targets for 8 of FY2027's 12 months
        let book = try BookFixture()
        let driver = Driver(database: book.database, today: BookFixture.today, calendar: FiscalCalendar(firstMonth: 4))
        driver.keys(.enter, .backTab, .char("]"))
        XCTAssertEqual(driver.state.period.description, "FY2027")
        let metrics = try XCTUnwrap(driver.state.detail?.metrics)
        XCTAssertEqual(metrics.figures.targetMonths, 8)
        XCTAssertFalse(metrics.figures.targetCoversPeriod)
        XCTAssertEqual(metrics.figures.target, .money(.major(88_000)), "8 × $11k; the missing months count for nothing")
        XCTAssertEqual(metrics.figures.onPaceTarget, .money(Money(minorUnits: 7 * 1_100_000 + 660_000)), "7 months and 18/30 of November")
        // Then the outlook the target is compared with covers the same 8 months: 7 actual, 1 forecast
        let outlook = try XCTUnwrap(metrics.outlook?.stored)
        let comparable = try XCTUnwrap(metrics.outlookForTargetMonths?.stored)
        XCTAssertEqual(Double(outlook), 12 * 1_000_000, accuracy: 20_000, "the whole year's outlook")
        XCTAssertEqual(Double(comparable), 8 * 1_000_000, accuracy: 20_000)
        XCTAssertEqual(metrics.gapToTarget?.stored, comparable - 8_800_000)
    }

    func testAFuturePeriodHasNoActualAndComparesWithTheWholeOfLastYear() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        driver.keys(.enter, .backTab, .char("["), .char(">"))
        XCTAssertEqual(driver.state.period.description, "Dec 2026")
        let figures = try XCTUnwrap(driver.state.detail?.metrics?.figures)
        XCTAssertEqual(figures.elapsed.phase, .future)
        XCTAssertNil(figures.actual)
        XCTAssertEqual(figures.yearEarlier, .money(.major(10_000)))
        XCTAssertNil(figures.onPaceTarget)
    }
}
