import Foundation
import RapportForecast

/// One demo account with everything that belongs to it, before it has database ids.
///
/// Contacts, initiatives and metric points carry `accountID = 0` until the store assigns one;
/// `reportsToIndex` points inside `contacts`.
public struct DemoAccount: Hashable, Sendable {
    public var account: Account
    public var contacts: [Contact]
    public var contactReportsTo: [Int?]
    public var initiatives: [Initiative]
    public var metrics: [MetricPoint]
    /// The timeline; `contactIDs` hold indexes into `contacts` until the store assigns ids.
    public var interactions: [Interaction]
    public var opportunities: [Opportunity]
}

/// Writes a realistic, deterministic book of accounts for trying Rapport and for benchmarks.
///
/// The same seed, size and `today` always give the same book.
public struct DemoBook: Sendable {
    public let seed: UInt64
    public let accountCount: Int
    public let today: Day
    public static let defaultAccountCount = 40
    public static let monthsOfHistory = 36

    public init(seed: UInt64 = 1, accountCount: Int = defaultAccountCount, today: Day) {
        self.seed = seed
        self.accountCount = max(0, accountCount)
        self.today = today
    }

    /// Produces accounts one at a time so a large book never sits in memory whole.
    public func forEachAccount(_ body: (DemoAccount) throws -> Void) rethrows {
        var random = SeededGenerator(seed: seed)
        var initiativeSerial = 0
        for index in 0..<accountCount {
            let demo = makeAccount(index: index, initiativeSerial: &initiativeSerial, random: &random)
            try body(demo)
        }
    }

    public func allAccounts() -> [DemoAccount] {
        var result: [DemoAccount] = []
        result.reserveCapacity(accountCount)
        forEachAccount { result.append($0) }
        return result
    }

    func makeAccount(index: Int, initiativeSerial: inout Int, random: inout SeededGenerator) -> DemoAccount {
        let names = DemoVocabulary.self
        let name = accountName(index: index, random: &random)
        let tier = pickTier(random: &random)
        let arrMajor: Int
        switch tier {
        case .strategic: arrMajor = random.int(in: 1_500_000...6_000_000)
        case .enterprise: arrMajor = random.int(in: 400_000...1_500_000)
        case .midMarket: arrMajor = random.int(in: 80_000...400_000)
        case .smallBusiness: arrMajor = random.int(in: 12_000...80_000)
        }
        // Round to hundreds so figures look like contracts, not noise.
        let arr = Money.major(Int64(arrMajor / 100 * 100))
        let owner = random.pick(names.managers)
        let renewal = today.adding(days: random.int(in: -20...360))
        let cadence = random.pick([7, 14, 14, 30, 30, 45])
        let (clientSince, churnedOn) = lifecycle(index: index)
        let account = Account(
            name: name, industry: random.pick(names.industries), region: random.pick(names.regions), tier: tier,
            owner: owner, annualRecurringRevenue: arr, renewalDate: renewal, stayInTouchDays: cadence,
            nextFollowUp: today.adding(days: random.int(in: -4...28)), notes: "", clientSince: clientSince, churnedOn: churnedOn)

        let (contacts, reportsTo) = makeContacts(companyName: name, random: &random)
        let initiatives = makeInitiatives(owner: owner, serial: &initiativeSerial, random: &random)
        // Usage is drawn for every account (so the random stream, and the rest of the book, stay
        // the same) but kept only where an account manager would track it: the larger accounts.
        let revenue = makeRevenue(arr: arr, random: &random)
        let users = makeActiveUsers(arr: arr, random: &random)
        let metrics = revenue + (tier == .strategic || tier == .enterprise ? users : [])
        let interactions = makeTimeline(contactCount: contacts.count, cadence: cadence, random: &random)
        let opportunities = makeOpportunities(arr: arr, renewal: renewal, random: &random)
        return DemoAccount(
            account: account, contacts: contacts, contactReportsTo: reportsTo, initiatives: initiatives,
            metrics: metrics, interactions: interactions, opportunities: opportunities)
    }

    /// When the account became a client and when it left, drawn from a stream of its own so the
    /// rest of the book is the same as before accounts had a lifecycle. One account in six
    /// joined within the last 18 months (the rest before the 36 months of history); one in
    /// twelve has left, within the last two years and after it joined.
    func lifecycle(index: Int) -> (clientSince: Day, churnedOn: Day?) {
        var random = SeededGenerator(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(index) &+ 0x1CE_CA5E)
        let isNew = index % 6 == 2
        let clientSince = today.adding(days: -(isNew ? random.int(in: 20...540) : random.int(in: 1_100...3_600)))
        guard index % 12 == 5 else { return (clientSince, nil) }
        let churnedOn = max(clientSince.adding(days: 60), today.adding(days: -random.int(in: 15...700)))
        return (clientSince, min(churnedOn, today))
    }

    func accountName(index: Int, random: inout SeededGenerator) -> String {
        let names = DemoVocabulary.self
        // A few real-world-looking names with accents and CJK, so width handling is always exercised.
        if index < names.internationalNames.count && index % 7 == 3 {
            return names.internationalNames[index]
        }
        let base = "\(random.pick(names.prefixes)) \(random.pick(names.nouns))"
        let suffix = random.pick(names.suffixes)
        let name = suffix.isEmpty ? base : "\(base) \(suffix)"
        // Large books reuse combinations; a branch number keeps names distinguishable.
        return index >= 2000 ? "\(name) \(index / 2000 + 1)" : name
    }

    func pickTier(random: inout SeededGenerator) -> AccountTier {
        let roll = random.unit()
        switch roll {
        case ..<0.06: return .strategic
        case ..<0.26: return .enterprise
        case ..<0.70: return .midMarket
        default: return .smallBusiness
        }
    }

    func makeContacts(companyName: String, random: inout SeededGenerator) -> ([Contact], [Int?]) {
        let names = DemoVocabulary.self
        let count = random.int(in: 3...6)
        let domain = Self.emailDomain(for: companyName)
        var contacts: [Contact] = []
        var reportsTo: [Int?] = []
        let roles: [ContactRole] = [.sponsor, .decisionMaker, .champion, .user, .user, .other]
        let mainIndex = random.int(in: 0...(count - 1))
        for position in 0..<count {
            let first = random.pick(names.firstNames)
            let last = random.pick(names.lastNames)
            let role = roles[position]
            let title = random.pick(names.titles[role] ?? ["Manager"])
            let email = "\(Self.asciiSlug(first)).\(Self.asciiSlug(last))@\(domain)"
            let phone = "+1 555 \(String(random.int(in: 100...999))) \(String(random.int(in: 1000...9999)))"
            let sentiment: ContactSentiment = random.chance(0.6) ? .friendly : (random.chance(0.7) ? .neutral : .critical)
            contacts.append(
                Contact(
                    accountID: 0, name: "\(first) \(last)", title: title, email: email, phone: phone, role: role,
                    influence: max(1, 5 - position + random.int(in: -1...1) ), sentiment: sentiment,
                    isMainContact: position == mainIndex))
            reportsTo.append(position == 0 ? nil : 0)
        }
        for index in contacts.indices { contacts[index].influence = min(5, max(1, contacts[index].influence)) }
        return (contacts, reportsTo)
    }

    func makeInitiatives(owner: String, serial: inout Int, random: inout SeededGenerator) -> [Initiative] {
        let names = DemoVocabulary.self
        let count = random.int(in: 2...5)
        var result: [Initiative] = []
        var usedTitles = Set<Int>()
        for _ in 0..<count {
            var titleIndex = random.int(in: 0...(names.initiatives.count - 1))
            while usedTitles.contains(titleIndex) { titleIndex = (titleIndex + 1) % names.initiatives.count }
            usedTitles.insert(titleIndex)
            let (title, objective) = names.initiatives[titleIndex]
            // The first initiatives of the book walk through every status so each one is on show.
            let statuses = InitiativeStatus.allCases
            let status: InitiativeStatus
            if serial < statuses.count {
                status = statuses[serial]
            } else {
                let roll = random.unit()
                status = roll < 0.15 ? .planned : roll < 0.55 ? .onTrack : roll < 0.72 ? .atRisk : roll < 0.82 ? .blocked : .done
            }
            serial += 1
            let progress: Int
            switch status {
            case .planned: progress = random.int(in: 0...2) * 5
            case .onTrack: progress = random.int(in: 4...18) * 5
            case .atRisk: progress = random.int(in: 2...14) * 5
            case .blocked: progress = random.int(in: 1...12) * 5
            case .done: progress = 100
            }
            // About one open initiative in six is already past due.
            let due: Day
            if status != .done && random.chance(0.17) {
                due = today.adding(days: -random.int(in: 3...60))
            } else if status == .done {
                due = today.adding(days: -random.int(in: 5...120))
            } else {
                due = today.adding(days: random.int(in: 7...200))
            }
            let initiativeOwner = random.chance(0.6) ? owner : random.pick(names.colleagues)
            result.append(
                Initiative(
                    accountID: 0, title: title, objective: objective, owner: initiativeOwner, status: status,
                    progress: progress, dueDate: due))
        }
        return result
    }

    /// Calls, emails, meetings and notes over the last half year; about one account in five has
    /// gone quiet for longer than its cadence, so stay-in-touch flags show.
    func makeTimeline(contactCount: Int, cadence: Int, random: inout SeededGenerator) -> [Interaction] {
        let names = DemoVocabulary.self
        let count = random.int(in: 2...9)
        let quiet = random.chance(0.2)
        var day = today.adding(days: -(quiet ? random.int(in: cadence + 5...cadence * 3 + 10) : random.int(in: 0...max(1, cadence - 1))))
        var result: [Interaction] = []
        for _ in 0..<count {
            let kind = random.pick(InteractionKind.allCases)
            let (summary, next) = random.pick(names.interactions[kind] ?? [("Touched base", "")])
            let first = random.int(in: 0...(contactCount - 1))
            let people = random.chance(0.4) && contactCount > 1 ? [first, (first + 1) % contactCount] : [first]
            result.append(
                Interaction(
                    accountID: 0, kind: kind, date: day, contactIDs: kind == .note ? [] : people.map(Int64.init), summary: summary,
                    nextStep: next))
            day = day.adding(days: -random.int(in: 5...40))
        }
        return result
    }

    /// The renewal as an opportunity, and now and then an upsell or new business.
    func makeOpportunities(arr: Money, renewal: Day, random: inout SeededGenerator) -> [Opportunity] {
        var result: [Opportunity] = []
        if renewal >= today && today.days(until: renewal) <= 200 {
            let category: ForecastCategory = today.days(until: renewal) < 60 ? .commit : .bestCase
            result.append(
                Opportunity(
                    accountID: 0, name: "Renewal \(renewal.year)", kind: .renewal, amount: arr, probability: random.int(in: 14...19) * 5,
                    expectedClose: renewal, category: category, stage: category == .commit ? "negotiation" : "proposal"))
        }
        for _ in 0..<random.int(in: 0...2) {
            let kind: OpportunityKind = random.chance(0.7) ? .upsell : .newBusiness
            let share = random.double(in: 0.05...0.35)
            let amount = Money(minorUnits: Int64(Double(arr.minorUnits) * share) / 10_000 * 10_000)
            let category = random.pick([ForecastCategory.pipeline, .pipeline, .bestCase, .commit, .closedWon, .closedLost])
            let close = category.isOpen ? today.adding(days: random.int(in: 10...240)) : today.adding(days: -random.int(in: 5...90))
            let probability = category == .closedWon ? 100 : category == .closedLost ? 0 : random.int(in: 2...18) * 5
            result.append(
                Opportunity(
                    accountID: 0, name: random.pick(DemoVocabulary.opportunityNames), kind: kind, amount: amount, probability: probability,
                    expectedClose: close, category: category, stage: category.isOpen ? random.pick(["discovery", "proposal", "negotiation"]) : ""))
        }
        return result
    }

    /// A usage metric beside revenue: monthly active users, growing or shrinking with the account.
    func makeActiveUsers(arr: Money, random: inout SeededGenerator) -> [MetricPoint] {
        let current = today.yearMonth
        let seats = max(5.0, Double(arr.minorUnits) / 100 / 900)
        let growth = random.double(in: -0.02...0.04)
        return (0..<Self.monthsOfHistory).map { offset in
            let month = current.adding(months: offset - Self.monthsOfHistory + 1)
            let expected = seats * pow(1 + growth, Double(offset - Self.monthsOfHistory + 1))
            let actual = Int64((expected * (1 + 0.04 * random.gaussian())).rounded())
            return MetricPoint(accountID: 0, metric: "active-users", month: month, actual: max(0, actual), target: Int64((seats * 1.05).rounded()))
        }
    }

    /// Monthly revenue with trend, seasonality and noise, plus plan targets. History ends with the
    /// current month (prorated to today); targets run to the end of the current calendar year.
    func makeRevenue(arr: Money, random: inout SeededGenerator) -> [MetricPoint] {
        let current = today.yearMonth
        let first = current.adding(months: -(Self.monthsOfHistory - 1))
        let lastTargetMonth = YearMonth(year: current.year, month: 12)
        let annualGrowth = random.double(in: -0.18...0.32)
        let seasonalAmplitude = random.double(in: 0.04...0.16)
        let peakMonth = random.pick([3, 6, 11, 12])
        let planGrowth = random.double(in: 0.06...0.16)
        let monthlyNow = Double(arr.minorUnits) / 12
        var actualByMonth: [YearMonth: Double] = [:]
        var points: [MetricPoint] = []
        let monthCount = first.months(until: lastTargetMonth) + 1
        for offset in 0..<monthCount {
            let month = first.adding(months: offset)
            let yearsFromNow = Double(month.months(until: current)) / 12
            let trend = monthlyNow / pow(1 + annualGrowth, yearsFromNow)
            let distance = Double(min(abs(month.month - peakMonth), 12 - abs(month.month - peakMonth)))
            let season = 1 + seasonalAmplitude * cos(distance / 6 * Double.pi)
            let expected = trend * season
            var actual: Int64? = nil
            if month <= current {
                var value = expected * (1 + 0.05 * random.gaussian())
                if month == current {
                    value *= Double(today.dayOfMonth) / Double(month.dayCount)
                }
                actualByMonth[month] = expected
                actual = Int64(max(0, value).rounded() / 100) * 100
            }
            let planBase = actualByMonth[month.adding(months: -12)] ?? expected / (1 + annualGrowth)
            let target = Int64((planBase * (1 + planGrowth)).rounded() / 100) * 100
            points.append(MetricPoint(accountID: 0, metric: MetricPoint.revenue, month: month, actual: actual, target: target))
        }
        return points
    }

    static func asciiSlug(_ text: String) -> String {
        let folded = text.lowercased().unicodeScalars.compactMap { scalar -> Character? in
            switch scalar {
            case "a"..."z", "0"..."9": return Character(scalar)
            case "ä", "á", "à", "ã", "â", "å": return "a"
            case "é", "è", "ê", "ë": return "e"
            case "ö", "ó", "ô", "õ": return "o"
            case "ü", "ú": return "u"
            case "ç": return "c"
            case "ñ": return "n"
            case "ß": return "s"
            default: return nil
            }
        }
        return folded.isEmpty ? "contact" : String(folded)
    }

    static func emailDomain(for companyName: String) -> String {
        let words = companyName.split(separator: " ").prefix(2).map { asciiSlug(String($0)) }
        let stem = words.joined()
        return (stem == "contact" || stem.isEmpty ? "client" : stem) + ".example"
    }
}
