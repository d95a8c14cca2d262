import Foundation
import RapportCore
import RapportStore
import RapportTestSupport

/// A book of long data, written through the store's intents: names, roles, summaries, next
/// steps and titles longer than any column, and figures in the hundreds of millions. Its long
/// strings are listed so a check can find every place one is drawn cut.
enum LongBook {
    static let today = DemoScreen.today
    static let clock = Date(timeIntervalSince1970: 1_795_000_000)

    static let accountNames = [
        "Consolidated Intercontinental Maritime Logistics and Warehousing Holdings",
        "Aberdeen Precision Aerospace Components Manufacturing Group",
        "Zephyr Renewable Energy Infrastructure Partners",
    ]
    static let industries = ["Transportation and Logistics Services", "Aerospace and Defence Manufacturing", "Renewable Energy"]
    static let owners = ["Alexandra Montgomery-Wellington", "Bartholomew Fitzgerald-Kensington", "Sam Okafor"]
    static let contactNames = ["Maximiliana Konstantinopoulou-Richardson", "Jean-Baptiste Delacroix-Fontainebleau"]
    static let contactTitles = ["Executive Vice President of Global Procurement and Supplier Relations", "Chief Digital Transformation Officer"]
    static let summaries = [
        "Quarterly business review with the whole procurement committee about the consolidated renewal and the new warehouse sites",
        "Long call about the delayed integration of the customs clearance platform with their enterprise resource planning system",
    ]
    static let nextSteps = [
        "Send the revised commercial proposal with tiered volume discounts before the board meeting",
        "Arrange a technical workshop with their integration architects and our solutions engineering team",
    ]
    static let initiativeTitles = [
        "Migrate every regional warehouse management system onto the consolidated cloud platform",
        "Roll out predictive maintenance analytics across the European distribution network",
        "Executive sponsorship programme for the Asia Pacific expansion",
    ]
    static let opportunityNames = ["Multi-year enterprise renewal with expanded warehouse coverage and premium support"]

    /// Every long string of the book, for the check that nothing is cut mid-word.
    static var longStrings: [String] {
        accountNames + industries + owners + contactNames + contactTitles + summaries + nextSteps + initiativeTitles + opportunityNames
    }

    static func driver() throws -> Driver {
        let database = try AppDatabase.inMemory(basis: SummaryBasis(today: today))
        func saved(_ outcome: WriteOutcome, _ what: String) throws -> Int64 {
            guard case .saved(let summary) = outcome, let id = summary.focusAccountID else { throw FixtureError("\(what): \(outcome)") }
            return id
        }
        for (index, name) in accountNames.enumerated() {
            let arr: Int64 = [987_654_321, 12_345_678, 4_321][index]
            let account = try saved(try database.apply(.addAccount(Account(
                name: name, industry: industries[index], region: "Asia Pacific and Middle East", tier: .enterprise, owner: owners[index],
                annualRecurringRevenue: .major(arr), renewalDate: today.adding(days: 20 + 100 * index), stayInTouchDays: 14,
                notes: "Renewal negotiations involve the regional procurement boards of all subsidiaries")), at: clock), name)
            for (offset, contactName) in contactNames.enumerated() {
                _ = try database.apply(.addContact(Contact(
                    accountID: account, name: contactName, title: contactTitles[offset], email: "procurement.office@\(index).example.com",
                    phone: "+44 20 7946 0958", role: offset == 0 ? .sponsor : .decisionMaker, influence: 5, sentiment: .friendly,
                    isMainContact: offset == 0)), at: clock)
            }
            for (offset, summary) in summaries.enumerated() {
                _ = try database.apply(.logInteraction(Interaction(
                    accountID: account, kind: offset == 0 ? .businessReview : .call, date: today.adding(days: -30 - offset),
                    summary: summary, nextStep: nextSteps[offset]), nextFollowUp: nil), at: clock)
            }
            for (offset, title) in initiativeTitles.prefix(index == 2 ? 0 : 3 - index).enumerated() {
                _ = try database.apply(.addInitiative(Initiative(
                    accountID: account, title: title, objective: "", owner: owners[offset], status: offset == 0 ? .atRisk : .onTrack,
                    progress: 35 + 20 * offset, dueDate: today.adding(days: -5 + 40 * offset))), at: clock)
            }
            _ = try database.apply(.addOpportunity(Opportunity(
                accountID: account, name: opportunityNames[0], kind: .renewal, amount: .major(arr * 3), probability: 65,
                expectedClose: today.adding(days: 40), category: .commit, stage: "Negotiation with the procurement board")), at: clock)
            for offset in 0..<25 {
                let month = today.yearMonth.adding(months: offset - 24)
                _ = try database.apply(.recordMetric(MetricPoint(
                    accountID: account, metric: "revenue", month: month, actual: 8_765_432_100 + Int64(offset % 7) * 123_456_789,
                    target: 9_876_543_210)), at: clock)
            }
        }
        return Driver(database: database, storeName: "a-store-with-a-long-name-for-the-header.sqlite", today: today)
    }
}
