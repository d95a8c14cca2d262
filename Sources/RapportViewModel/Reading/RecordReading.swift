import RapportCore
import RapportStore

/// Enter on a contact, an interaction or an initiative: the record shown whole, over the
/// screen. It names the record by id and reads it from the loaded data each frame, so a change
/// saved meanwhile (here or elsewhere) shows at once.
public struct RecordReading: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case contact
        case interaction
        case initiative
    }

    public var kind: Kind
    public var id: Int64
    /// An initiative's milestone under the cursor (Tab moves it).
    public var milestoneIndex: Int

    public init(_ kind: Kind, id: Int64, milestoneIndex: Int = 0) {
        self.kind = kind
        self.id = id
        self.milestoneIndex = milestoneIndex
    }
}

/// The record a read view shows, as loaded now.
public enum ReadableRecord: Hashable, Sendable {
    case contact(Contact)
    case interaction(Interaction)
    case initiative(Initiative)
}

extension AppState {
    /// The open read view's initiative plan, once loaded (nil for another record or before it arrives).
    public var readPlan: InitiativePlan? {
        guard case .reading(let reading) = overlay, reading.kind == .initiative, let plan = initiativePlan, plan.initiativeID == reading.id else {
            return nil
        }
        return plan
    }

    /// The milestone under the read view's cursor.
    public var selectedMilestone: Milestone? {
        guard case .reading(let reading) = overlay, let milestones = readPlan?.milestones, !milestones.isEmpty else { return nil }
        return milestones[min(max(0, reading.milestoneIndex), milestones.count - 1)]
    }

    /// The record the open read view shows; nil when none is open, or the record is gone.
    public var readRecord: ReadableRecord? {
        guard case .reading(let reading) = overlay else { return nil }
        switch reading.kind {
        case .contact: return detail?.contacts.first { $0.id == reading.id }.map(ReadableRecord.contact)
        case .interaction: return detail?.interactions.first { $0.id == reading.id }.map(ReadableRecord.interaction)
        case .initiative:
            let initiatives = detail.map(\.initiatives) ?? focused.initiatives
            return initiatives.first { $0.id == reading.id }.map(ReadableRecord.initiative)
        }
    }

    /// The name of the account with `id` from whatever is loaded (the detail, the dashboard's
    /// focus, the list), for titles.
    public func accountName(_ id: Int64) -> String? {
        if let account = detail?.account?.focus.overview.account, account.id == id { return account.name }
        if let account = focused.overview?.account, account.id == id { return account.name }
        return accounts.entries.first { $0.id == id }?.summary.name
    }
}
