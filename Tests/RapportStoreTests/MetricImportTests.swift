import Foundation
import RapportCore
@testable import RapportStore
import XCTest

/// Monthly metric sheets imported into a real SQLite: long and wide sheets, revenue in exact
/// cents, NPS as a score, months matched and updated, and the rows that cannot be imported.
final class MetricImportTests: XCTestCase {
    func book() throws -> (AppDatabase, acme: Int64, beta: Int64) {
        let database = try AppDatabase.empty()
        let acme = try XCTUnwrap(database.addAccount("Acme Corp").id)
        let beta = try XCTUnwrap(database.addAccount("Beta Industries").id)
        return (database, acme, beta)
    }

    func testALongSheetOfRevenueIsStoredInCentsAndReimportedUnchanged() throws {
        let (database, acme, beta) = try book()
        let sheet = """
            Account,Metric,Period,Actual,Plan
            Acme Corp,Revenue,2026-01,"$12,400.50","12,000"
            Acme Corp,Revenue,Feb 2026,13100,
            beta industries,Revenue,03/2026,,9.5k

            """
        let plan = try database.planSheet(sheet, kind: .metrics)
        XCTAssertEqual(plan.problems, [])
        XCTAssertEqual(plan.counts, "3 created, 0 updated, 0 unchanged")
        try database.save(.importRecords(plan.changes)).saved()
        XCTAssertEqual(try database.allMetricPoints("revenue"), [
            MetricPoint(accountID: acme, metric: "revenue", month: YearMonth(year: 2026, month: 1), actual: 1_240_050, target: 1_200_000),
            MetricPoint(accountID: acme, metric: "revenue", month: YearMonth(year: 2026, month: 2), actual: 1_310_000, target: nil),
            MetricPoint(accountID: beta, metric: "revenue", month: YearMonth(year: 2026, month: 3), actual: nil, target: 950_000),
        ])
        XCTAssertEqual(try database.planSheet(sheet, kind: .metrics).counts, "0 created, 0 updated, 3 unchanged")
    }

    func testAStoredMonthIsUpdatedOnlyWhereAFigureDiffersAndABlankKeepsTheStoredOne() throws {
        let (database, acme, _) = try book()
        try database.save(.recordMetric(MetricPoint(accountID: acme, metric: "revenue", month: YearMonth(year: 2026, month: 1), actual: 100_00, target: 200_00))).saved()
        try database.save(.recordMetric(MetricPoint(accountID: acme, metric: "revenue", month: YearMonth(year: 2026, month: 2), actual: 300_00, target: nil))).saved()
        let plan = try database.planSheet("Account,Month,Revenue\nAcme Corp,2026-01,150\nAcme Corp,2026-02,300\n", kind: .metrics)
        XCTAssertEqual(plan.counts, "0 created, 1 updated, 1 unchanged")
        XCTAssertEqual(plan.updated, [ImportPlan.Entry(line: 2, subject: "Acme Corp revenue 2026-01", fields: ["actual"])])
        try database.save(.importRecords(plan.changes)).saved()
        XCTAssertEqual(try database.allMetricPoints("revenue").map(\.actual), [150_00, 300_00])
        XCTAssertEqual(try database.allMetricPoints("revenue").map(\.target), [200_00, nil], "a sheet without targets keeps the stored ones")
    }

    func testAWideSheetTakesOneColumnPerMonthInAnyCommonHeaderStyle() throws {
        let (database, acme, beta) = try book()
        let sheet = """
            Customer,2026-01,Feb 2026,Mar-26,04/2026,Notes
            Acme Corp,"1,000",1100,,1300,big one
            Beta Industries,50,60,70,80,

            """
        let plan = try database.planSheet(sheet, kind: .metrics, metric: "Active users", values: .target)
        XCTAssertEqual(plan.problems, [])
        XCTAssertEqual(plan.counts, "7 created, 0 updated, 0 unchanged")
        try database.save(.importRecords(plan.changes)).saved()
        let points = try database.allMetricPoints("active-users")
        XCTAssertEqual(points.map(\.accountID), [acme, acme, acme, beta, beta, beta, beta])
        XCTAssertEqual(points.map(\.month.iso), ["2026-01", "2026-02", "2026-04", "2026-01", "2026-02", "2026-03", "2026-04"])
        XCTAssertEqual(points.map(\.target), [1000, 1100, 1300, 50, 60, 70, 80])
        XCTAssertEqual(points.map(\.actual), [nil, nil, nil, nil, nil, nil, nil], "--values target fills targets only")
    }

    func testNPSIsAScoreThatMayBeNegativeNotMoney() throws {
        let (database, acme, beta) = try book()
        let plan = try database.planSheet("Account,Jan 2026,Feb 2026\nAcme Corp,-12,45\nBeta Industries,30,7.5\n", kind: .metrics, metric: "NPS")
        XCTAssertEqual(plan.problems.map(\.description), [
            "line 3, column 3 (Feb 2026): '7.5' is not a figure for nps (a score, not money): a whole number, like 1200 or 1.5k"
        ])
        let valid = try database.planSheet("Account,Jan 2026,Feb 2026\nAcme Corp,-12,45\nBeta Industries,30,8\n", kind: .metrics, metric: "NPS")
        try database.save(.importRecords(valid.changes)).saved()
        let points = try database.allMetricPoints("nps")
        XCTAssertEqual(points.map(\.actual), [-12, 45, 30, 8], "points, not cents")
        XCTAssertEqual(points.map(\.accountID), [acme, acme, beta, beta])
        XCTAssertEqual(MetricKind.of(metric: "nps"), .score)
    }

    func testAnUnknownAccountNamesTheLineAndValueAndSuggestsTheClosestNames() throws {
        let (database, _, _) = try book()
        _ = try database.addAccount("Acme Group")
        let plan = try database.planSheet("Account,Metric,Month,Actual\nAcme Crop,revenue,2026-01,5\nZeta Unknown Holdings,revenue,2026-01,5\n", kind: .metrics)
        XCTAssertEqual(plan.problems.map(\.description), [
            "line 2: no account is named 'Acme Crop'; did you mean 'Acme Corp' or 'Acme Group'? — import the accounts first (rapport import FILE --kind accounts), or correct the account column",
            "line 3: no account is named 'Zeta Unknown Holdings' — import the accounts first (rapport import FILE --kind accounts), or correct the account column",
        ])
        XCTAssertTrue(plan.changes.isEmpty)
    }

    func testAMonthThatIsNotAMonthIsRefusedWithWhereAndWhat() throws {
        let (database, _, _) = try book()
        let plan = try database.planSheet("Account,Metric,Month,Actual\nAcme Corp,revenue,2026-13,5\nAcme Corp,revenue,soon,5\nAcme Corp,revenue,2026-02,5\n", kind: .metrics)
        XCTAssertEqual(plan.problems.map(\.description), [
            "line 2, column 3 (Month): '2026-13' is not a month — expected 2026-01, Jan 2026, Jan-26 or 01/2026",
            "line 3, column 3 (Month): 'soon' is not a month — expected 2026-01, Jan 2026, Jan-26 or 01/2026",
        ])
        XCTAssertEqual(plan.counts, "1 created, 0 updated, 0 unchanged, 2 invalid")
    }

    func testTheSameMonthTwiceInOneFileIsRefused() throws {
        let (database, _, _) = try book()
        let plan = try database.planSheet("Account,Metric,Month,Actual\nAcme Corp,revenue,2026-01,5\nACME corp,Revenue,Jan 2026,6\n", kind: .metrics)
        XCTAssertEqual(plan.problems.map(\.description), ["line 3: revenue for 2026-01 of Acme Corp is also on line 2 — each month once per file"])
    }

    func testASheetWithoutMonthsOrAMetricSaysWhatIsMissing() throws {
        let mapping = try ColumnMapping.make(header: ["Account", "Actual"], kind: .metrics, overrides: [:]).get()
        let parser = ImportRowParser(mapping: mapping, dateOrder: nil, rows: [])
        guard case .failure(let noMonth) = MetricSheet.make(parser: parser, metric: "nps", values: nil) else { return XCTFail("a sheet without months was taken") }
        XCTAssertTrue("\(noMonth)".hasPrefix("no month — expected a column such as 'Month' or 'Period'"), "\(noMonth)")
        let wide = try ColumnMapping.make(header: ["Account", "2026-01"], kind: .metrics, overrides: [:]).get()
        guard case .failure(let noMetric) = MetricSheet.make(parser: ImportRowParser(mapping: wide, dateOrder: nil, rows: []), metric: nil, values: nil) else {
            return XCTFail("a wide sheet without a metric was taken")
        }
        XCTAssertTrue("\(noMetric)".hasPrefix("no metric — give a column such as 'Metric', or name the sheet's metric with --metric NAME"), "\(noMetric)")
    }

    func testMonthHeadersAndCellsReadInTheCommonStyles() {
        let january = YearMonth(year: 2026, month: 1)
        for text in ["2026-01", "2026/1", "Jan 2026", "January 2026", "Jan-26", "01/2026", "1.2026", "2026-01-15", "15 Jan 2026"] {
            XCTAssertEqual(ImportMonth.read(text), january, text)
        }
        for text in ["2026-13", "Q1 2026", "soon", "2026", "03/04/2026", "26-01"] {
            XCTAssertNil(ImportMonth.read(text), text)
        }
    }
}
