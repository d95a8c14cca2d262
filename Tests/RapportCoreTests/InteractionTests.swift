import RapportCore
import XCTest

final class InteractionTests: XCTestCase {
    func testTimelineOrderIsNewestFirstThenLatestLogged() {
        let logged = [
            Interaction(id: 1, accountID: 1, kind: .call, date: day("2026-11-20"), summary: "a"),
            Interaction(id: 2, accountID: 1, kind: .email, date: day("2026-11-25"), summary: "b"),
            Interaction(id: 3, accountID: 1, kind: .meeting, date: day("2026-11-20"), summary: "c"),
            Interaction(id: nil, accountID: 1, kind: .note, date: day("2026-11-20"), summary: "unsaved"),
        ]
        XCTAssertEqual(logged.sorted(by: Interaction.isNewerFirst).map(\.summary), ["b", "unsaved", "c", "a"])
    }

    func testKindsReadAsWordsAndStoreAsStableRawValues() {
        XCTAssertEqual(InteractionKind.allCases.map(\.label), ["call", "email", "meeting", "business review", "note"])
        XCTAssertEqual(InteractionKind(rawValue: "business-review"), .businessReview)
        XCTAssertEqual(InteractionKind.allCases.filter(\.countsAsContact).count, 4)
        XCTAssertFalse(InteractionKind.note.countsAsContact)
    }

    func testContactCadenceDefaultsToNoneAndRolesHaveLabels() {
        let contact = Contact(
            accountID: 1, name: "Ada", title: "CFO", email: "", phone: "", role: .decisionMaker, influence: 4,
            sentiment: .friendly, isMainContact: true)
        XCTAssertNil(contact.stayInTouchDays)
        XCTAssertEqual(contact.role.label, "decision maker")
        XCTAssertEqual(ContactRole.key, [.sponsor, .decisionMaker, .champion])
    }
}
