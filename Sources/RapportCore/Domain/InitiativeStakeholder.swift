/// A contact who hears about an initiative: inside the client's team or beyond it decides which
/// version of a stakeholder update they get.
public struct InitiativeStakeholder: Hashable, Sendable {
    public var initiativeID: Int64
    public var contactID: Int64
    public var audience: StakeholderAudience

    public init(initiativeID: Int64, contactID: Int64, audience: StakeholderAudience) {
        self.initiativeID = initiativeID
        self.contactID = contactID
        self.audience = audience
    }
}

/// Who a stakeholder update is for: internal readers see internal notes, external never do.
public enum StakeholderAudience: String, CaseIterable, Hashable, Sendable {
    case `internal`
    case external

    public var label: String { rawValue }
}
