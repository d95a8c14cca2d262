import Foundation
import RapportCore
import RapportStore
import RapportViewModel

/// A small hand-made book whose every figure is known.
struct BookFixture {
    static let today = Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)
    static let clockTime = Date(timeIntervalSince1970: 1_795_000_000)

    let database: AppDatabase
    var acme: Account
    var bluefin: Account
    var cedar: Account
    var muller: Account
    var portal: Initiative
    var migration: Initiative
    var roadmap: Initiative
    var rollout: Initiative

    init() throws {
        let database = try AppDatabase.inMemory()
        self.database = database
        let today = Self.today
        func account(_ name: String, _ industry: String, _ region: String, _ owner: String, arr: Int64, renewal: Int?) throws -> Account {
            try database.saveAccount(
                Account(name: name, industry: industry, region: region, tier: .enterprise, owner: owner,
                        annualRecurringRevenue: .major(arr), renewalDate: renewal.map { today.adding(days: $0) }))
        }
        // Created out of name order, so sorting is visible.
        cedar = try account("Cedar Health", "Healthcare", "NA West", "Marco Bellini", arr: 50_000, renewal: nil)
        acme = try account("Acme Corp", "Manufacturing", "NA East", "Dana Whitfield", arr: 100_000, renewal: 30)
        muller = try account("Müller Präzision GmbH", "Manufacturing", "DACH", "Lena Fischer", arr: 400_000, renewal: 200)
        bluefin = try account("Bluefin Analytics", "Software", "UK & Ireland", "Priya Raman", arr: 250_000, renewal: 10)
        func initiative(_ account: Account, _ title: String, _ status: InitiativeStatus, _ progress: Int, due: Int) throws -> Initiative {
            try database.saveInitiative(
                Initiative(accountID: account.id ?? 0, title: title, objective: "", owner: account.owner, status: status,
                           progress: progress, dueDate: today.adding(days: due)))
        }
        portal = try initiative(acme, "Portal rollout", .onTrack, 40, due: 10)
        migration = try initiative(acme, "API migration", .atRisk, 20, due: -3)
        roadmap = try initiative(bluefin, "Roadmap review", .planned, 0, due: 60)
        rollout = try initiative(muller, "Plant rollout", .blocked, 50, due: 20)
        // Revenue for Acme only: flat 10k a month for two years and this month, with targets.
        var points: [MetricPoint] = []
        for offset in 0..<25 {
            let month = today.yearMonth.adding(months: offset - 24)
            points.append(MetricPoint(accountID: acme.id ?? 0, metric: "revenue", month: month, actual: 1_000_000, target: 1_100_000))
        }
        try database.saveMetricPoints(points)
    }

    func makeViewModel() throws -> ViewModel {
        try ViewModel(database: database, storeName: "test.sqlite", today: Self.today, clock: { Self.clockTime })
    }
}
