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
    var health: Int
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

    init(_ overview: AccountOverview, today: Day) {
        let account = overview.account
        nameKey = Self.nameKey(account.name)
        arrKey = -account.annualRecurringRevenue.minorUnits
        renewalKey = account.renewalDate?.iso ?? Self.noRenewal
        health = overview.health.value
        healthBand = Self.bandIndex(overview.health.band)
        trouble = overview.initiatives.atRisk + overview.initiatives.blocked + overview.initiatives.overdue
        (touchState, touchDays, touchTrigger) = Self.encode(overview.stayInTouch)
        arr = account.annualRecurringRevenue.minorUnits
        quarterToDateActual = overview.revenue.quarterToDateActual.minorUnits
        quarterTarget = overview.revenue.quarterTarget.minorUnits
        atRisk = overview.initiatives.atRisk
        blocked = overview.initiatives.blocked
        overdue = overview.initiatives.overdue
        needsContact = overview.stayInTouch.needsAttention
        if let renewal = account.renewalDate {
            renewsSoon = renewal >= today && renewal <= today.adding(days: PortfolioKPIs.renewalHorizonDays)
        } else {
            renewsSoon = false
        }
    }

    static let noRenewal = "~"

    /// The name as it sorts: case, accents and width folded, so "Ålesund" sits among the A's.
    static func nameKey(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return name.lowercased() }
        return name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
    }

    static let bands: [HealthBand] = [.good, .watch, .atRisk]

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
}
