import Foundation
import RapportCore
import RapportStore

/// A store whose every text field holds a hostile string, as an import or another program
/// could leave it: one account per corpus string, with a contact, an interaction, an
/// initiative, an opportunity and a metric, every text field of each holding that string.
/// Written through the store's own intents, which store text as given.
enum HostileBook {
    static func write(_ corpus: [HostileString], to path: String) throws {
        let today = Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)
        let database = try AppDatabase.open(path: path, basis: SummaryBasis(today: today))
        let clock = Date(timeIntervalSince1970: 1_795_000_000)
        for string in corpus {
            let text = string.text
            let account = Account(
                name: text, industry: text, region: text, tier: .enterprise, owner: text, annualRecurringRevenue: .major(100_000),
                renewalDate: today.adding(days: 45), notes: text)
            guard case .saved(let summary) = try database.apply(.addAccount(account), at: clock), let accountID = summary.focusAccountID else {
                throw FixtureError("could not add the account for \(string.marker)")
            }
            let intents: [StoreIntent] = [
                .addContact(Contact(
                    accountID: accountID, name: text, title: text, email: text, phone: text, role: .champion, influence: 3,
                    sentiment: .neutral, isMainContact: true)),
                .logInteraction(Interaction(accountID: accountID, kind: .call, date: today.adding(days: -2), summary: text, nextStep: text), nextFollowUp: nil),
                .addInitiative(Initiative(
                    accountID: accountID, title: text, objective: text, owner: text, status: .onTrack, progress: 40,
                    dueDate: today.adding(days: 30))),
                .addOpportunity(Opportunity(
                    accountID: accountID, name: text, kind: .upsell, amount: .major(20_000), probability: 50,
                    expectedClose: today.adding(days: 60), category: .pipeline, stage: text)),
                .recordMetric(MetricPoint(accountID: accountID, metric: text, month: today.yearMonth, actual: 7, target: 9)),
            ]
            for intent in intents {
                guard case .saved = try database.apply(intent, at: clock) else {
                    throw FixtureError("could not write \(intent) for \(string.marker)")
                }
            }
        }
        try database.close()
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
