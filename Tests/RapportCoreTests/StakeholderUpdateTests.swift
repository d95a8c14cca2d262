import Foundation
import RapportCore
import XCTest

/// A stakeholder update: what moved, what is at risk and why, and internal notes kept from the
/// external audience in every format.
final class StakeholderUpdateTests: XCTestCase {
    private let today = Day(year: 2026, month: 12, day: 1) ?? Day(daysSinceEpoch: 0)
    private let secret = "INTERNAL: client CFO is leaving, renewal at risk"
    private let shareable = "Shared with the client: pilot extended to January"

    private func input(milestones: [StakeholderUpdateInput.Milestone]? = nil, asks: [UpdateNote]? = nil) -> StakeholderUpdateInput {
        let changeTime = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18
        return StakeholderUpdateInput(
            account: "Harbor Foods",
            changes: [
                .init(initiative: "Pricing pilot", recordedAt: changeTime, previousProgress: 40, progress: 55, previousStatus: .onTrack, status: .onTrack,
                      note: UpdateNote(secret, visibility: .internal)),
                .init(initiative: "API v5", recordedAt: changeTime.addingTimeInterval(3600), previousProgress: 40, progress: 40, previousStatus: .atRisk,
                      status: .blocked, note: UpdateNote(shareable, visibility: .external)),
            ],
            openInitiatives: [
                .init(title: "API v5", status: .blocked, progress: 40, dueDate: today.adding(days: 31), latestNote: UpdateNote(secret, visibility: .internal)),
                .init(title: "Pricing pilot", status: .onTrack, progress: 55, dueDate: today.adding(days: -55), latestNote: nil),
                .init(title: "Portal", status: .onTrack, progress: 10, dueDate: today.adding(days: 90), latestNote: nil),
            ],
            accountNotes: secret + " (account notes)", milestones: milestones, asks: asks, lastSent: nil)
    }

    private func update(_ audience: UpdateAudience, _ input: StakeholderUpdateInput? = nil) -> StakeholderUpdate {
        StakeholderUpdate.assemble(input ?? self.input(), audience: audience, since: today.adding(days: -30), sinceReason: "as asked", today: today)
    }

    func testTheExternalUpdateNeverContainsAnInternalNoteInAnyFormat() {
        let external = update(.external, input(asks: [UpdateNote(secret, visibility: .internal), UpdateNote("Sign-off on the SOW", visibility: .external)]))
        for (format, text) in [("text", external.text), ("markdown", external.markdown), ("html", external.html)] {
            XCTAssertFalse(text.contains("INTERNAL"), "\(format) leaks an internal note")
            XCTAssertFalse(text.contains("CFO"), "\(format) leaks an internal note")
            XCTAssertFalse(text.contains("Internal notes"), "\(format) has no internal section")
            XCTAssertTrue(text.contains("pilot extended to January"), "\(format) keeps the note meant for the client")
            XCTAssertTrue(text.contains("Sign-off on the SOW"), "\(format) keeps the asks meant for the client")
        }
        XCTAssertEqual(external.internalNotes, [])
    }

    func testTheInternalUpdateCarriesTheNotes() {
        let internalUpdate = update(.internal)
        XCTAssertEqual(internalUpdate.movements.map(\.note), [secret, shareable])
        XCTAssertEqual(internalUpdate.internalNotes, [secret + " (account notes)"])
        XCTAssertTrue(internalUpdate.markdown.contains("## Internal notes"))
    }

    func testWhatMovedSaysOldToNewAndWhatIsAtRiskSaysWhy() {
        let external = update(.external)
        XCTAssertEqual(external.movements.map(\.change), ["40% → 55%", "at risk → blocked"])
        XCTAssertEqual(external.movements.map(\.day.iso), ["2026-11-18", "2026-11-18"])
        XCTAssertEqual(external.risks.map(\.initiative), ["API v5", "Pricing pilot"])
        XCTAssertEqual(external.risks.map(\.reasons), [["blocked"], ["55 days past its due date"]])
        XCTAssertEqual(update(.internal).risks.first?.reasons, ["blocked", secret])
        XCTAssertEqual(external.nextDue.map(\.initiative), ["API v5", "Portal"])
    }

    func testMilestonesAndAsksAreSaidToBeNotRecordedUntilTheStoreKeepsThem() {
        let withoutSeams = update(.external)
        XCTAssertNil(withoutSeams.milestones)
        XCTAssertNil(withoutSeams.asks)
        XCTAssertTrue(withoutSeams.markdown.contains("## Next milestones\n\n- Not recorded yet.\n"))
        XCTAssertTrue(withoutSeams.markdown.contains("## Asks\n\n- Not recorded yet.\n"))
        let milestones: [StakeholderUpdateInput.Milestone] = [
            .init(initiative: "Portal", title: "UAT sign-off", dueDate: today.adding(days: 10)),
            .init(initiative: "Portal", title: "Kick-off", dueDate: today.adding(days: -10)),
        ]
        let withSeams = update(.external, input(milestones: milestones, asks: []))
        XCTAssertEqual(withSeams.milestones?.map(\.title), ["UAT sign-off"], "only what is ahead")
        XCTAssertTrue(withSeams.markdown.contains("- Portal — UAT sign-off: due 2026-12-11\n"))
        XCTAssertTrue(withSeams.markdown.contains("## Asks\n\n- None.\n"))
    }

    func testHostileNamesAreEscapedInMarkdownAndHTML() {
        var hostile = input()
        hostile.account = "<script>alert(1)</script> [x](javascript:alert(2))"
        let update = update(.external, hostile)
        XCTAssertFalse(update.html.contains("<script>alert"))
        XCTAssertTrue(update.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(update.markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:alert(2))"))
    }
}
