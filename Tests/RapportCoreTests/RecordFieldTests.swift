import RapportCore
import XCTest

/// Saving a form compares the record as opened, as edited and as stored, field by field.
final class RecordFieldTests: XCTestCase {
    let acme = Account(
        id: 7, name: "Acme Corp", industry: "Manufacturing", region: "NA East", tier: .enterprise, owner: "Dana Whitfield",
        annualRecurringRevenue: .major(100_000), renewalDate: Day(year: 2026, month: 12, day: 18), stayInTouchDays: 30)

    func testChangedFieldsNameWhatDiffers() {
        var edited = acme
        XCTAssertEqual(Account.changedFields(from: acme, to: edited), [])
        edited.owner = "Lena Fischer"
        edited.annualRecurringRevenue = .major(120_000)
        edited.renewalDate = nil
        XCTAssertEqual(Account.changedFields(from: acme, to: edited), ["owner", "ARR", "renewal date"], "in the form's order")
    }

    func testTheVersionIsNotAnEditableField() {
        var stored = acme
        stored.version += 1
        XCTAssertEqual(Account.changedFields(from: acme, to: stored), [], "the store bumps it; nobody edits it")
    }

    /// My edit replayed onto what another window stored meanwhile: their fields stay, mine win
    /// where I changed something.
    func testApplyingChangesKeepsTheOtherEditWhereThisOneDidNotTouch() {
        var mine = acme
        mine.owner = "Lena Fischer"
        mine.notes = "Renewal call booked"
        var theirs = acme
        theirs.industry = "Shipping"
        theirs.owner = "Someone Else"
        theirs.version = 4
        let merged = theirs.applying(changesFrom: acme, to: mine)
        XCTAssertEqual(merged.industry, "Shipping", "theirs, which I did not touch")
        XCTAssertEqual(merged.owner, "Lena Fischer", "both changed it: mine")
        XCTAssertEqual(merged.notes, "Renewal call booked")
        XCTAssertEqual(merged.version, 4, "the stored version, for the store to compare")
        XCTAssertEqual(merged.id, 7)
        XCTAssertEqual(theirs.applying(changesFrom: acme, to: acme), theirs, "no change of mine, nothing applied")
    }

    func testEveryKindOfRecordComparesItsOwnFields() {
        let today = Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)
        let portal = Initiative(id: 1, accountID: 7, title: "Portal", objective: "", owner: "Dana", status: .onTrack, progress: 40, dueDate: today)
        var moved = portal
        moved.progress = 45
        moved.status = .atRisk
        XCTAssertEqual(Initiative.changedFields(from: portal, to: moved), ["status", "progress"])
        let call = Interaction(id: 2, accountID: 7, kind: .call, date: today, contactIDs: [1], summary: "QBR prep")
        var edited = call
        edited.contactIDs = [1, 2]
        XCTAssertEqual(Interaction.changedFields(from: call, to: edited), ["contacts"])
        XCTAssertEqual(Account.editableFields.map(\.label).count, Set(Account.editableFields.map(\.label)).count, "labels are unique")
        XCTAssertEqual(Contact.editableFields.map(\.label).count, Set(Contact.editableFields.map(\.label)).count)
        XCTAssertEqual(Opportunity.editableFields.map(\.label).count, Set(Opportunity.editableFields.map(\.label)).count)
    }

    func testAFieldCopiesOnlyItself() throws {
        let owner = try XCTUnwrap(Account.editableFields.first { $0.label == "owner" })
        var target = acme
        var source = acme
        source.owner = "Lena Fischer"
        source.name = "Not copied"
        XCTAssertTrue(owner.differs(acme, source))
        owner.copy(from: source, into: &target)
        XCTAssertEqual(target.owner, "Lena Fischer")
        XCTAssertEqual(target.name, "Acme Corp")
    }
}
