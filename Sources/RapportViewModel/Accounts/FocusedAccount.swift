import RapportCore
import RapportStore

/// The account selected on the dashboard: its figures, initiatives and revenue trend, loaded
/// when the selection settles on it, and which initiative the cursor is on.
public struct FocusedAccount: Equatable, Sendable {
    public var accountID: Int64?
    public var data: AccountFocus?
    public var initiativeSelected: Int

    public init() {
        accountID = nil
        data = nil
        initiativeSelected = 0
    }

    public var initiatives: [Initiative] { data?.initiatives ?? [] }

    public var selectedInitiative: Initiative? {
        initiatives.indices.contains(initiativeSelected) ? initiatives[initiativeSelected] : nil
    }

    public var overview: AccountOverview? { data?.overview }
}
