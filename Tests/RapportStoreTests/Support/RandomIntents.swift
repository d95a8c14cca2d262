import Foundation
import RapportCore
@testable import RapportStore

/// SplitMix64: a small generator whose sequence depends only on its seed, so a failing run can
/// be replayed exactly.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }

    mutating func pick<T>(_ items: [T]) -> T? { items.randomElement(using: &self) }
}

/// Picks the next intent for a random session of edits, from what the store holds now: every
/// kind of change the app makes, with values that reach the edges the summaries care about
/// (renewals inside and outside 90 days, overdue initiatives, revenue in and out of the
/// health and quarter windows, notes that do not count as contact).
struct RandomIntents {
    var random: SeededRandom
    let today: Day
    private var serial = 0

    init(seed: UInt64, today: Day) {
        random = SeededRandom(seed: seed)
        self.today = today
    }

    static let names = ["Acme", "Bluefin", "Cedar", "Müller Präzision", "東京精密", "Zoë's Bakeries", "Ålesund Fiskeri", "Northwind", "서울 물류"]
    static let people = ["Ada Lovelace", "Björn Berg", "Léa Moreau", "Yuki Sato", "Kwame Mensah", "José García"]

    mutating func day(within range: ClosedRange<Int>) -> Day { today.adding(days: Int.random(in: range, using: &random)) }

    mutating func maybeDay(within range: ClosedRange<Int>) -> Day? { random.chance(0.3) ? nil : day(within: range) }

    mutating func account() -> Account {
        serial += 1
        return Account(
            name: "\(random.pick(Self.names) ?? "Acme") \(serial)", industry: random.pick(["Retail", "Energy", "Software"]) ?? "",
            region: random.pick(["DACH", "Nordics", "Japan"]) ?? "", tier: random.pick(AccountTier.allCases) ?? .enterprise,
            owner: random.pick(Self.people) ?? "", annualRecurringRevenue: .major(Int64.random(in: 0...2_000, using: &random) * 1_000),
            renewalDate: maybeDay(within: -30...200), stayInTouchDays: random.chance(0.4) ? nil : Int.random(in: 7...60, using: &random),
            nextFollowUp: maybeDay(within: -20...30), notes: random.chance(0.3) ? "Met at the fair, prefers email" : "")
    }

    mutating func contact(for accountID: Int64, others: [Contact]) -> Contact {
        Contact(
            accountID: accountID, name: random.pick(Self.people) ?? "", title: "VP", email: random.chance(0.5) ? "someone@example.com" : "",
            phone: "", role: random.pick(ContactRole.allCases) ?? .user, influence: Int.random(in: 1...5, using: &random),
            sentiment: random.pick(ContactSentiment.allCases) ?? .neutral, isMainContact: random.chance(0.3),
            reportsToID: random.chance(0.5) ? random.pick(others)?.id : nil)
    }

    mutating func initiative(for accountID: Int64) -> Initiative {
        Initiative(
            accountID: accountID, title: random.pick(["Portal", "Migration", "Rollout", "Training"]) ?? "", objective: "",
            owner: random.pick(Self.people) ?? "", status: random.pick(InitiativeStatus.allCases) ?? .planned,
            progress: Int.random(in: 0...100, using: &random), dueDate: maybeDay(within: -40...60))
    }

    mutating func interaction(for accountID: Int64, contacts: [Contact]) -> Interaction {
        let people = contacts.filter { _ in random.chance(0.5) }.compactMap(\.id)
        return Interaction(
            accountID: accountID, kind: random.pick(InteractionKind.allCases) ?? .call, date: day(within: -70...3), contactIDs: people,
            summary: random.pick(["Quarterly review", "Escalation call", "Renewal chat"]) ?? "",
            nextStep: random.chance(0.5) ? "Send the deck" : "")
    }

    mutating func metric(for accountID: Int64) -> MetricPoint {
        let month = today.yearMonth.adding(months: Int.random(in: -27...3, using: &random))
        let actual: Int64? = random.chance(0.2) ? nil : Int64.random(in: 0...5_000_000, using: &random)
        let target: Int64? = random.chance(0.2) ? nil : Int64.random(in: 0...5_000_000, using: &random)
        return MetricPoint(
            accountID: accountID, metric: random.chance(0.8) ? MetricPoint.revenue : "active-users", month: month, actual: actual, target: target)
    }

    /// A deal in any category, closing in any of the next few months (or lately).
    mutating func opportunity(for accountID: Int64) -> Opportunity {
        Opportunity(
            accountID: accountID, name: random.pick(["Upsell", "Renewal", "Expansion"]) ?? "", kind: random.pick(OpportunityKind.allCases) ?? .upsell,
            amount: Money(minorUnits: Int64.random(in: 0...9_999_999, using: &random)), probability: Int.random(in: 0...100, using: &random),
            expectedClose: day(within: -60...150), category: random.pick(ForecastCategory.allCases) ?? .pipeline)
    }

    /// The next intent for `database` as it stands.
    mutating func next(for database: AppDatabase) throws -> StoreIntent {
        let accounts = try database.accounts()
        guard let target = random.pick(accounts), let accountID = target.id, accounts.count >= 3 else { return .addAccount(account()) }
        let contacts = try database.contacts(accountID: accountID)
        let initiatives = try database.initiatives(accountID: accountID)
        let interactions = try database.interactions(accountID: accountID)
        let roll = Int.random(in: 0..<100, using: &random)
        switch roll {
        case 0..<6: return .addAccount(account())
        case 6..<12:
            var edited = target
            if random.chance(0.5) { edited.annualRecurringRevenue = .major(Int64.random(in: 0...3_000, using: &random) * 1_000) }
            if random.chance(0.5) { edited.renewalDate = maybeDay(within: -10...120) }
            if random.chance(0.4) { edited.name = account().name }
            if random.chance(0.4) { edited.stayInTouchDays = random.chance(0.3) ? nil : Int.random(in: 5...90, using: &random) }
            if random.chance(0.3) { edited.nextFollowUp = maybeDay(within: -10...20) }
            return .editAccount(RecordEdit(original: target, edited: edited))
        case 12..<14: return .removeAccount(id: accountID)
        case 14..<22: return .addContact(contact(for: accountID, others: contacts))
        case 22..<27:
            guard let person = random.pick(contacts) else { return .addContact(contact(for: accountID, others: contacts)) }
            var edited = person
            edited.role = random.pick(ContactRole.allCases) ?? .user
            if random.chance(0.3) { edited.isMainContact = true }
            if random.chance(0.3) { edited.name = random.pick(Self.people) ?? person.name }
            if random.chance(0.2) { edited.reportsToID = random.pick(contacts)?.id }
            return .editContact(RecordEdit(original: person, edited: edited))
        case 27..<31:
            guard let person = random.pick(contacts), let id = person.id else { return .addContact(contact(for: accountID, others: contacts)) }
            return .removeContact(id: id, successor: contacts.first { $0.id != id }?.id)
        case 31..<39: return .addInitiative(initiative(for: accountID))
        case 39..<44:
            guard let item = random.pick(initiatives) else { return .addInitiative(initiative(for: accountID)) }
            var edited = item
            edited.status = random.pick(InitiativeStatus.allCases) ?? .planned
            edited.dueDate = maybeDay(within: -30...60)
            return .editInitiative(RecordEdit(original: item, edited: edited))
        case 44..<47:
            guard let id = random.pick(initiatives)?.id else { return .addInitiative(initiative(for: accountID)) }
            return .removeInitiative(id: id)
        case 47..<54:
            guard let id = random.pick(initiatives)?.id else { return .addInitiative(initiative(for: accountID)) }
            return .bumpProgress(initiativeID: id, by: random.pick([-25, -5, 5, 10, 40]) ?? 5)
        case 54..<60:
            guard let id = random.pick(initiatives)?.id else { return .addInitiative(initiative(for: accountID)) }
            return .stepStatus(initiativeID: id, forward: random.chance(0.7))
        case 60..<70: return .logInteraction(interaction(for: accountID, contacts: contacts), nextFollowUp: maybeDay(within: 1...30))
        case 70..<73:
            guard let item = random.pick(interactions) else { return .logInteraction(interaction(for: accountID, contacts: contacts), nextFollowUp: nil) }
            var edited = item
            edited.date = day(within: -90...0)
            edited.kind = random.pick(InteractionKind.allCases) ?? .call
            edited.summary = "Edited: \(item.summary)"
            return .editInteraction(RecordEdit(original: item, edited: edited))
        case 73..<76:
            guard let id = random.pick(interactions)?.id else { return .logInteraction(interaction(for: accountID, contacts: contacts), nextFollowUp: nil) }
            return .removeInteraction(id: id)
        case 76..<83: return .recordMetric(metric(for: accountID))
        case 83..<86: return .addOpportunity(opportunity(for: accountID))
        case 86..<88:
            guard let deal = random.pick(try database.opportunities(accountID: accountID)) else { return .addOpportunity(opportunity(for: accountID)) }
            var edited = opportunity(for: accountID)
            edited.id = deal.id
            edited.version = deal.version
            return .editOpportunity(RecordEdit(original: deal, edited: edited))
        case 88..<89:
            guard let id = random.pick(try database.opportunities(accountID: accountID))?.id else { return .addOpportunity(opportunity(for: accountID)) }
            return .removeOpportunity(id: id)
        case 89..<96: return .undo
        default: return .redo
        }
    }
}
