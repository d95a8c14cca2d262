import GRDB
import Foundation
import RapportCore

/// The stored summary of one account: what the accounts list shows and sorts by, and what the
/// book's totals add up, as of the summary's basis.
struct SummaryRow: Equatable, Sendable {
    var nameKey: String
    /// Minus the ARR, so that every sort ascends and keyset paging needs one comparison.
    var arrKey: Int64
    /// The renewal date, or "~" (after every date) when there is none, so those sort last.
    var renewalKey: String
    /// The score, or `notScored` when there is not enough data yet.
    var health: Int
    /// The band's index in `bands`, -1 (in no band) when there is not enough data yet.
    var healthBand: Int
    var trouble: Int
    var touchState: Int
    var touchDays: Int
    var touchTrigger: String
    var arr: Int64
    var quarterToDateActual: Int64
    var quarterTarget: Int64
    var atRisk: Int
    var blocked: Int
    var overdue: Int
    var needsContact: Bool
    var renewsSoon: Bool
    var renewalLapsed: Bool
    /// Health now minus a month ago; 0 when there is nothing fair to compare with.
    var healthChange: Int
    /// The next follow-up, or "~" (after every date) when there is none, so those sort last.
    var followUpKey: String
    /// Minus `trouble`, so the most at risk sort first in an ascending sort.
    var riskKey: Int
    /// The client had left by the basis day (`Account.hasLeft(by:)`): it adds nothing to the
    /// book's ARR, health, initiatives in trouble, contacts due or renewals (as
    /// `PortfolioKPIs` counts), a report's attention list, or the agenda.
    var former: Bool

    init(_ overview: AccountOverview, today: Day) {
        let account = overview.account
        nameKey = Self.nameKey(account.name)
        arrKey = -account.annualRecurringRevenue.minorUnits
        renewalKey = account.renewalDate?.iso ?? Self.noRenewal
        health = overview.health.hasEnoughData ? overview.health.value : Self.notScored
        healthBand = overview.health.band.map(Self.bandIndex) ?? Self.noBand
        trouble = overview.initiatives.atRisk + overview.initiatives.blocked + overview.initiatives.overdue
        (touchState, touchDays, touchTrigger) = Self.encode(overview.stayInTouch)
        arr = account.annualRecurringRevenue.minorUnits
        quarterToDateActual = overview.revenue.quarterToDateActual.minorUnits
        quarterTarget = overview.revenue.quarterTarget.minorUnits
        atRisk = overview.initiatives.atRisk
        blocked = overview.initiatives.blocked
        overdue = overview.initiatives.overdue
        needsContact = overview.stayInTouch.needsAttention
        let renewal = RenewalStatus(renewal: account.renewalDate, today: today)
        renewsSoon = renewal.isDueSoon
        renewalLapsed = renewal.isLapsed
        healthChange = overview.healthChange ?? 0
        followUpKey = account.nextFollowUp?.iso ?? Self.noRenewal
        riskKey = -trouble
        former = account.hasLeft(by: today)
        if former { setAsideFormerClient() }
    }

    /// Takes a former client out of everything the book's figures and the agenda add up.
    private mutating func setAsideFormerClient() {
        health = Self.notScored
        healthBand = Self.noBand
        trouble = 0
        riskKey = 0
        (touchState, touchDays, touchTrigger) = Self.encode(.onTrack)
        arr = 0
        atRisk = 0
        blocked = 0
        overdue = 0
        needsContact = false
        renewsSoon = false
        renewalLapsed = false
        healthChange = 0
    }

    /// Sorts after every ISO date: for an account with no renewal or no follow-up.
    static let noRenewal = "~"

    /// The name as it sorts: case, accents and width folded, so "Ålesund" sits among the A's.
    static func nameKey(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return name.lowercased() }
        return name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
    }

    static let bands: [HealthBand] = [.good, .watch, .atRisk]

    static let noBand = -1

    /// The stored health of an account without enough data to score: above every score, so
    /// that "health ↑" (worst first) lists every scored account before them. They are not
    /// known to be in trouble, and the list is for finding the accounts that are.
    static let notScored = 101

    /// The health a list row shows for a stored value.
    static func decodeHealth(_ stored: Int) -> Int? { (0...100).contains(stored) ? stored : nil }

    static func bandIndex(_ band: HealthBand) -> Int { bands.firstIndex(of: band) ?? -1 }

    static func encode(_ status: StayInTouchStatus) -> (Int, Int, String) {
        switch status {
        case .onTrack: return (0, 0, "")
        case .dueSoon(let days, let trigger): return (1, days, trigger.rawValue)
        case .overdue(let days, let trigger): return (2, days, trigger.rawValue)
        }
    }

    static func decode(state: Int, days: Int, trigger: String) -> StayInTouchStatus {
        let reason = StayInTouchTrigger(rawValue: trigger) ?? .cadence
        switch state {
        case 1: return .dueSoon(days: days, trigger: reason)
        case 2: return .overdue(days: days, trigger: reason)
        default: return .onTrack
        }
    }

    /// The values of `SummaryRefresh.figureColumns`, as the table stores them.
    var figures: [DatabaseValue] {
        let values: [any DatabaseValueConvertible] = [
            nameKey, arrKey, renewalKey, health, healthBand, trouble, touchState, touchDays, touchTrigger, arr, quarterToDateActual,
            quarterTarget, atRisk, blocked, overdue, needsContact, renewsSoon, renewalLapsed, healthChange, followUpKey, riskKey, former,
        ]
        return values.map(\.databaseValue)
    }
}
