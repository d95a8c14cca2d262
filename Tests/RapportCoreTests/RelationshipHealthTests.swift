import RapportCore
import XCTest

final class RelationshipHealthTests: XCTestCase {
    let today = day("2026-11-27")

    func testHandComputedAllFourParts() {
        // Freshness: last contact 45 days ago, cadence 30. Between 30 and 3 × 30 = 90, so
        //   100 × (90 − 45) / (2 × 30) = 100 × 45 / 60 = 75.
        // Coverage: sponsor and champion, no decision maker: 2/3 × 100 = 66.67.
        // Initiatives: 4 open, 1 at risk (0.5), 1 overdue (0.75): 100 − 100 × 1.25 / 4 = 68.75.
        // Revenue +4% vs last year: (4 − −20) / 30 × 100 = 80.
        // Weighted: 0.30 × 75 + 0.25 × 66.67 + 0.25 × 68.75 + 0.20 × 80
        //         = 22.5 + 16.67 + 17.19 + 16 = 72.35 → 72 (good).
        let inputs = RelationshipInputs(
            lastInteraction: today.adding(days: -45), cadenceDays: 30, roles: [.sponsor, .champion, .user],
            initiatives: InitiativeCounts(total: 5, open: 4, atRisk: 1, overdue: 1), revenueYearOverYearPercent: 4)
        let health = RelationshipHealth.compute(inputs, today: today)
        XCTAssertEqual(health.value, 72)
        XCTAssertEqual(health.band, .good)
        XCTAssertEqual(health.parts.map(\.name), ["Contact freshness", "Key-role coverage", "Initiative risk", "Revenue trend"])
        XCTAssertEqual(health.parts.map(\.weight), [0.3, 0.25, 0.25, 0.2])
        XCTAssertEqual(health.parts.map(\.score), [75, 67, 69, 80])
        XCTAssertEqual(
            health.parts.map(\.reason),
            ["last contact 45 days ago · every 30 days", "no decision maker", "1 at risk · 1 late · 4 open", "+4% vs last year"])
    }

    func testMissingPartsShareTheirWeight() {
        // No open initiatives and no revenue history: freshness and coverage share 55 points.
        // Freshness: 21 days since, cadence 14: 100 × (42 − 21) / 28 = 75. Coverage: none = 0.
        // (30 × 75 + 25 × 0) / 55 = 2250 / 55 = 40.9 → 41.
        let inputs = RelationshipInputs(lastInteraction: today.adding(days: -21), cadenceDays: 14, roles: [.user])
        let health = RelationshipHealth.compute(inputs, today: today)
        XCTAssertEqual(health.value, 41)
        XCTAssertEqual(health.parts.map(\.name), ["Contact freshness", "Key-role coverage"])
        XCTAssertEqual(health.parts.map(\.weight), [30.0 / 55, 25.0 / 55])
        XCTAssertEqual(health.parts.map(\.score), [75, 0])
        // Initiatives that are all done say nothing about risk either.
        let allDone = RelationshipInputs(
            lastInteraction: today.adding(days: -21), cadenceDays: 14, roles: [.user], initiatives: InitiativeCounts(total: 3))
        XCTAssertEqual(RelationshipHealth.compute(allDone, today: today).value, 41)
    }

    func testNeverContactedScoresZeroFreshness() {
        // Freshness 0 (never), coverage 100 (all three roles), revenue −5%: (−5 + 20) / 30 × 100 = 50.
        // (30 × 0 + 25 × 100 + 20 × 50) / 75 = 3500 / 75 = 46.67 → 47 (watch).
        let inputs = RelationshipInputs(roles: [.sponsor, .decisionMaker, .champion], revenueYearOverYearPercent: -5)
        let health = RelationshipHealth.compute(inputs, today: today)
        XCTAssertEqual(health.value, 47)
        XCTAssertEqual(health.band, .watch)
        XCTAssertEqual(health.parts.first?.score, 0)
        XCTAssertEqual(health.parts.first?.reason, "never contacted · every 30 days (default)")
        XCTAssertEqual(health.parts.dropFirst().first?.reason, "sponsor, decision maker and champion")
    }

    func testAllKeyRolesMissing() {
        // Contacted today (100) but nobody in a key role (0): (30 × 100 + 25 × 0) / 55 = 54.5 → 55.
        let inputs = RelationshipInputs(lastInteraction: today, roles: [.user, .other])
        let health = RelationshipHealth.compute(inputs, today: today)
        XCTAssertEqual(health.value, 55)
        XCTAssertEqual(health.parts.map(\.reason), [
            "contacted today · every 30 days (default)", "no sponsor, decision maker or champion",
        ])
        let twoMissing = RelationshipHealth.compute(RelationshipInputs(lastInteraction: today, roles: [.decisionMaker]), today: today)
        XCTAssertEqual(twoMissing.parts.last?.reason, "no sponsor or champion")
        XCTAssertEqual(twoMissing.parts.last?.score, 33)
    }

    func testFreshnessBoundaries() {
        func freshness(daysAgo: Int, cadence: Int?) -> Int? {
            let inputs = RelationshipInputs(lastInteraction: today.adding(days: -daysAgo), cadenceDays: cadence)
            return RelationshipHealth.compute(inputs, today: today).parts.first?.score
        }
        XCTAssertEqual(freshness(daysAgo: 14, cadence: 14), 100)  // on the cadence: still fresh
        XCTAssertEqual(freshness(daysAgo: 15, cadence: 14), 96)  // 100 × 27 / 28 = 96.4
        XCTAssertEqual(freshness(daysAgo: 28, cadence: 14), 50)  // halfway from 14 to 42
        XCTAssertEqual(freshness(daysAgo: 42, cadence: 14), 0)  // three cadences
        XCTAssertEqual(freshness(daysAgo: 400, cadence: 14), 0)
        XCTAssertEqual(freshness(daysAgo: 60, cadence: nil), 50)  // default 30: 100 × 30 / 60
        XCTAssertEqual(freshness(daysAgo: 60, cadence: 0), 50)  // a zero cadence means none
        XCTAssertEqual(freshness(daysAgo: -3, cadence: 14), 100)  // dated in the future
        XCTAssertEqual(freshness(daysAgo: 10, cadence: .max), 100)  // a corrupt cadence does not trap
    }

    func testExtremesStayWithinZeroAndHundred() {
        let worst = RelationshipInputs(
            roles: [], initiatives: InitiativeCounts(total: 2, open: 2, atRisk: 2, blocked: 2, overdue: 2),
            revenueYearOverYearPercent: -80)
        XCTAssertEqual(RelationshipHealth.compute(worst, today: today).value, 0)
        let best = RelationshipInputs(
            lastInteraction: today, roles: Set(ContactRole.allCases), initiatives: InitiativeCounts(total: 1, open: 1),
            revenueYearOverYearPercent: 50)
        XCTAssertEqual(RelationshipHealth.compute(best, today: today).value, 100)
        let notANumber = RelationshipInputs(lastInteraction: today, roles: Set(ContactRole.allCases), revenueYearOverYearPercent: .nan)
        // NaN revenue scores 0: (30 × 100 + 25 × 100 + 20 × 0) / 75 = 73.3 → 73.
        XCTAssertEqual(RelationshipHealth.compute(notANumber, today: today).value, 73)
    }

    func testChangeSinceAMonthAgoFromRecords() {
        let account = Account(
            id: 1, name: "Acme", industry: "", region: "", tier: .enterprise, owner: "", annualRecurringRevenue: .zero,
            renewalDate: nil, stayInTouchDays: 14)
        let contacts = [
            Contact(accountID: 1, name: "Ada", title: "", email: "", phone: "", role: .sponsor, influence: 5, sentiment: .friendly, isMainContact: true),
            Contact(accountID: 1, name: "Bo", title: "", email: "", phone: "", role: .user, influence: 2, sentiment: .neutral, isMainContact: false),
        ]
        let interactions = [
            Interaction(id: 1, accountID: 1, kind: .call, date: day("2026-10-01"), summary: "kick-off"),
            Interaction(id: 2, accountID: 1, kind: .meeting, date: day("2026-11-20"), summary: "review"),
            // A note is not contact: it must not make the relationship look fresher.
            Interaction(id: 3, accountID: 1, kind: .note, date: day("2026-11-26"), summary: "internal"),
        ]
        func health(asOf day: Day) -> RelationshipHealth {
            let inputs = RelationshipInputs(
                account: account, contacts: contacts, interactions: interactions, initiatives: InitiativeCounts(),
                revenueYearOverYearPercent: nil, asOf: day)
            return RelationshipHealth.compute(inputs, today: day)
        }
        // Now (11-27): last contact 11-20, 7 days, cadence 14 → 100; coverage sponsor only → 33.33.
        //   (30 × 100 + 25 × 33.33) / 55 = 3833.3 / 55 = 69.7 → 70.
        // A month ago (10-28): the 11-20 meeting had not happened; last contact 10-01, 27 days →
        //   100 × (42 − 27) / 28 = 53.57; (30 × 53.57 + 25 × 33.33) / 55 = 2440.5 / 55 = 44.4 → 44.
        let now = health(asOf: today)
        let monthAgo = health(asOf: today.adding(days: -RelationshipHealth.comparisonDays))
        XCTAssertEqual(now.inputs.lastInteraction, day("2026-11-20"))
        XCTAssertEqual(monthAgo.inputs.lastInteraction, day("2026-10-01"))
        XCTAssertEqual(now.value, 70)
        XCTAssertEqual(monthAgo.value, 44)
        XCTAssertEqual(now.change(since: monthAgo), 26)
    }

    /// Enough data is a client interaction or a revenue trend; anything less is scored from
    /// absences only and counts in no band.
    func testHealthNeedsAContactOrARevenueTrendToBeScored() {
        func health(_ inputs: RelationshipInputs) -> RelationshipHealth { RelationshipHealth.compute(inputs, today: today) }
        // Created minutes ago: nothing at all. The score would be 0 (never contacted, no roles).
        let brandNew = health(RelationshipInputs(cadenceDays: 14))
        XCTAssertFalse(brandNew.hasEnoughData)
        XCTAssertNil(brandNew.band, "not at risk: not scored")
        XCTAssertEqual(brandNew.value, 0)
        // Contacts in every key role and open initiatives, but nobody contacted: still not enough.
        let staffedNotContacted = health(RelationshipInputs(
            roles: [.sponsor, .decisionMaker, .champion], initiatives: InitiativeCounts(total: 2, open: 2, blocked: 1)))
        XCTAssertFalse(staffedNotContacted.hasEnoughData)
        XCTAssertNil(staffedNotContacted.band)
        // One call, even today, is enough: contacted today (100), no roles (0): 3000 / 55 = 54.5 → 55.
        let calledToday = health(RelationshipInputs(lastInteraction: today))
        XCTAssertTrue(calledToday.hasEnoughData)
        XCTAssertEqual(calledToday.band, .watch)
        XCTAssertEqual(calledToday.value, 55)
        // So is revenue to set against a year before, without any contact logged.
        let revenueOnly = health(RelationshipInputs(roles: [.sponsor, .decisionMaker, .champion], revenueYearOverYearPercent: -5))
        XCTAssertTrue(revenueOnly.hasEnoughData)
        XCTAssertEqual(revenueOnly.band, .watch)
    }

    /// The report: an account created minutes earlier, with revenue history entered and a call
    /// logged today, read "+38 since a month ago". Nobody had been contacted a month ago, so
    /// there is nothing fair to compare with.
    func testNoChangeSinceAMonthAgoWithoutAContactOnRecordThen() {
        let account = Account(
            id: 1, name: "New Co", industry: "", region: "", tier: .enterprise, owner: "", annualRecurringRevenue: .major(50_000),
            renewalDate: nil, stayInTouchDays: 14)
        let revenue = RevenueSnapshot(recentActual: .major(11_000), yearAgoActual: .major(10_000))
        let createdToday = AccountOverview(
            account: account, initiatives: InitiativeCounts(), revenue: revenue,
            relationship: RelationshipFacts(lastContact: today, lastContactMonthAgo: nil, roles: [.sponsor]), today: today)
        // Now: contacted today (100), sponsor only (33.3), +10% (100): (3000 + 833.3 + 2000) / 75 = 77.8 → 78.
        // A month ago the same but never contacted: (0 + 833.3 + 2000) / 75 = 37.8 → 38: the "+40" was only the call being logged.
        XCTAssertEqual(createdToday.health.value, 78)
        XCTAssertEqual(createdToday.healthMonthAgo.value, 38)
        XCTAssertNil(createdToday.healthChange)
        // With a contact on record a month ago, the change is the freshness lost since then.
        let known = AccountOverview(
            account: account, initiatives: InitiativeCounts(), revenue: revenue,
            relationship: RelationshipFacts(lastContact: today.adding(days: -40), lastContactMonthAgo: today.adding(days: -40), roles: [.sponsor]),
            today: today)
        // Now 40 days since, cadence 14: 100 × (42 − 40) / 28 = 7.1; (214.3 + 833.3 + 2000) / 75 = 40.6 → 41.
        // A month ago 10 days since: 100; 78 as above. 41 − 78 = −37.
        XCTAssertEqual(known.healthChange, -37)
    }

    func testAccountHealthIsUnchangedBySharingTheInitiativeRule() {
        // The initiative part moved to InitiativeCounts; the account health's hand-computed case must still hold.
        let counts = InitiativeCounts(total: 5, open: 4, atRisk: 1, blocked: 0, overdue: 1)
        XCTAssertEqual(counts.riskScore, 68.75)
        XCTAssertEqual(counts.riskReason, "1 at risk · 1 late · 4 open")
        XCTAssertNil(InitiativeCounts(total: 2).riskScore)
    }
}
