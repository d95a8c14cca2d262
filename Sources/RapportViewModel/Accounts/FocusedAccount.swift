import RapportCore
import RapportStore

/// The account selected on the dashboard: its figures, initiatives and revenue trend, loaded
/// when the selection settles on it, and which initiative the cursor is on.
public struct FocusedAccount: Equatable, Sendable {
    public var accountID: Int64?
    public var data: AccountFocus?
    public var initiativeSelected: Int
    /// An initiative to put the cursor on when the account's initiatives arrive (what an undo
    /// changed); initiative ids are unique across accounts, so it cannot select another's.
    public var revealInitiativeID: Int64?

    public init() {
        accountID = nil
        data = nil
        initiativeSelected = 0
        revealInitiativeID = nil
    }

    public var initiatives: [Initiative] { data?.initiatives ?? [] }

    public var selectedInitiative: Initiative? {
        initiatives.indices.contains(initiativeSelected) ? initiatives[initiativeSelected] : nil
    }

    public var overview: AccountOverview? { data?.overview }
}
