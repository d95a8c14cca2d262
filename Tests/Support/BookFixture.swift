import Foundation
import RapportCore
import RapportStore

/// A small hand-made book whose every figure is known, written through the store's intents.
public struct BookFixture {
    public static let today = Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)
    public static let clockTime = Date(timeIntervalSince1970: 1_795_000_000)

    public let database: AppDatabase
    public var acme: Account
    public var bluefin: Account
    public var cedar: Account
    public var muller: Account
    public var portal: Initiative
    public var migration: Initiative
    public var roadmap: Initiative
    public var rollout: Initiative

    public init(database: AppDatabase? = nil) throws {
        let database = try database ?? AppDatabase.inMemory(basis: SummaryBasis(today: Self.today))
        self.database = database
        let today = Self.today
        func account(_ name: String, _ industry: String, _ region: String, _ owner: String, arr: Int64, renewal: Int?) throws -> Account {
            let outcome = try database.apply(
                .addAccount(Account(
                    name: name, industry: industry, region: region, tier: .enterprise, owner: owner,
                    annualRecurringRevenue: .major(arr), renewalDate: renewal.map { today.adding(days: $0) })), at: Self.clockTime)
            guard case .saved(let summary) = outcome, let id = summary.focusAccountID, let saved = try database.account(id: id) else {
                throw FixtureError("could not add \(name): \(outcome)")
            }
            return saved
        }
        // Created out of name order, so sorting is visible.
        cedar = try account("Cedar Health", "Healthcare", "NA West", "Marco Bellini", arr: 50_000, renewal: nil)
        acme = try account("Acme Corp", "Manufacturing", "NA East", "Dana Whitfield", arr: 100_000, renewal: 30)
        muller = try account("Müller Präzision GmbH", "Manufacturing", "DACH", "Lena Fischer", arr: 400_000, renewal: 200)
        bluefin = try account("Bluefin Analytics", "Software", "UK & Ireland", "Priya Raman", arr: 250_000, renewal: 10)
        func initiative(_ account: Account, _ title: String, _ status: InitiativeStatus, _ progress: Int, due: Int) throws -> Initiative {
            let accountID = account.id ?? 0
            _ = try database.apply(
                .addInitiative(Initiative(
                    accountID: accountID, title: title, objective: "", owner: account.owner, status: status, progress: progress,
                    dueDate: today.adding(days: due))), at: Self.clockTime)
            guard let saved = try database.initiatives(accountID: accountID).first(where: { $0.title == title }) else {
                throw FixtureError("could not add \(title)")
            }
            return saved
        }
        portal = try initiative(acme, "Portal rollout", .onTrack, 40, due: 10)
        migration = try initiative(acme, "API migration", .atRisk, 20, due: -3)
        roadmap = try initiative(bluefin, "Roadmap review", .planned, 0, due: 60)
        rollout = try initiative(muller, "Plant rollout", .blocked, 50, due: 20)
        // Revenue for Acme only: flat 10k a month for two years and this month, with targets.
        for offset in 0..<25 {
            let month = today.yearMonth.adding(months: offset - 24)
            _ = try database.apply(
                .recordMetric(MetricPoint(accountID: acme.id ?? 0, metric: "revenue", month: month, actual: 1_000_000, target: 1_100_000)),
                at: Self.clockTime)
        }
    }
}

public struct FixtureError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
