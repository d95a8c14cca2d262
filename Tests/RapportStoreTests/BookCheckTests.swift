import Foundation
import RapportCore
@testable import RapportStore
import XCTest

/// `rapport check`'s findings on a book with known problems, and none on a clean account.
final class BookCheckTests: XCTestCase {
    let today = TestClock.today

    func testEveryKindOfProblemIsFoundAndACleanAccountHasNone() throws {
        let database = try AppDatabase.empty()
        // "Clean Co": a main sponsor, a call last week, last month's revenue, an initiative with everything.
        let clean = try XCTUnwrap(try database.addAccount("Clean Co", renewal: today.adding(days: 100)).id)
        try database.save(.addContact(Contact(
            accountID: clean, name: "Ines", title: "", email: "", phone: "", role: .sponsor, influence: 4, sentiment: .friendly, isMainContact: true))).saved()
        try database.save(.logInteraction(Interaction(accountID: clean, kind: .call, date: today.adding(days: -7), summary: "Call"), nextFollowUp: nil)).saved()
        try database.save(.recordMetric(MetricPoint(accountID: clean, metric: MetricPoint.revenue, month: today.yearMonth.adding(months: -1), actual: 1_000, target: nil))).saved()
        try database.save(.addInitiative(Initiative(
            accountID: clean, title: "Rollout", objective: "Cut onboarding to 5 days", owner: "Ana", status: .onTrack, progress: 10,
            dueDate: today.adding(days: 30)))).saved()
        // "Lonely Inc": nothing at all.
        let lonely = try XCTUnwrap(try database.addAccount("Lonely Inc").id)
        // "Messy Ltd": a user contact only (the main contact, as an account's only contact is), a renewal past, an old note, and an initiative with nothing.
        let messy = try XCTUnwrap(try database.addAccount("Messy Ltd", renewal: today.adding(days: -10)).id)
        try database.save(.addContact(Contact(
            accountID: messy, name: "Bo", title: "", email: "", phone: "", role: .user, influence: 2, sentiment: .neutral, isMainContact: false))).saved()
        try database.save(.logInteraction(Interaction(accountID: messy, kind: .call, date: today.adding(days: -200), summary: "Old call"), nextFollowUp: nil)).saved()
        try database.save(.addInitiative(Initiative(
            accountID: messy, title: "Vague", objective: "  ", owner: "", status: .planned, progress: 0, dueDate: nil))).saved()
        // A done initiative with nothing is not a problem.
        try database.save(.addInitiative(Initiative(
            accountID: messy, title: "Finished", objective: "", owner: "", status: .done, progress: 100, dueDate: nil))).saved()

        let problems = try database.bookProblems(today: today)
        XCTAssertEqual(problems.map(\.line), [
            "Lonely Inc: no main point of contact",
            "Lonely Inc: no sponsor or decision maker",
            "Lonely Inc: no interaction ever",
            "Lonely Inc: no metric figure ever",
            "Messy Ltd: no sponsor or decision maker",
            "Messy Ltd: renewal lapsed on \(today.adding(days: -10).iso)",
            "Messy Ltd: no interaction since \(today.adding(days: -200).iso)",
            "Messy Ltd: no metric figure ever",
            "Messy Ltd · Vague: no owner",
            "Messy Ltd · Vague: no due date",
            "Messy Ltd · Vague: no measurable objective",
        ])
        XCTAssertEqual(Set(problems.map(\.accountID)), [lonely, messy])
        XCTAssertEqual(problems.last?.kind, .initiativeWithoutObjective)
    }

    func testAFormerClientIsNotCheckedButOneLeavingLaterIs() throws {
        let database = try AppDatabase.empty()
        for (name, left) in [("Gone Co", today.adding(days: -1)), ("Leaving Co", today.adding(days: 30))] {
            try database.save(.addAccount(Account(
                name: name, industry: "", region: "", tier: .enterprise, owner: "", annualRecurringRevenue: .major(10_000),
                renewalDate: today.adding(days: -10), churnedOn: left))).saved()
            let id = try XCTUnwrap(try database.accounts().first { $0.name == name }?.id)
            try database.save(.addInitiative(Initiative(
                accountID: id, title: "Vague", objective: "", owner: "", status: .planned, progress: 0, dueDate: nil))).saved()
        }
        let problems = try database.bookProblems(today: today)
        XCTAssertEqual(Set(problems.map(\.accountName)), ["Leaving Co"])
        XCTAssertEqual(problems.count, 8, problems.map(\.line).joined(separator: "\n"))
    }
}
