/// An item with its score, in the order the agenda shows it.
public struct RankedAgendaItem: Hashable, Sendable {
    public var item: AgendaItem
    public var score: AgendaScore

    public init(item: AgendaItem, score: AgendaScore) {
        self.item = item
        self.score = score
    }
}

/// Puts scored items in the agenda's order.
public enum AgendaRanking {
    /// Lapsed renewals first whatever the coefficients say (the contract may already be gone),
    /// then by score, most urgent first; ties go to the longer overdue, then to the account's
    /// name and the item's key, so the order never depends on the order items were found in.
    public static func rank(_ items: [AgendaItem], with coefficients: AgendaCoefficients = .standard, limit: Int? = nil) -> [RankedAgendaItem] {
        let ranked = items.map { RankedAgendaItem(item: $0, score: AgendaUrgency.score($0, with: coefficients)) }
            .sorted(by: comesFirst)
        guard let limit else { return ranked }
        return Array(ranked.prefix(max(limit, 0)))
    }

    public static func comesFirst(_ lhs: RankedAgendaItem, _ rhs: RankedAgendaItem) -> Bool {
        let lhsLapsed = lhs.item.kind == .lapsedRenewal
        let rhsLapsed = rhs.item.kind == .lapsedRenewal
        if lhsLapsed != rhsLapsed { return lhsLapsed }
        let lhsTotal = lhs.score.total
        let rhsTotal = rhs.score.total
        if lhsTotal != rhsTotal { return lhsTotal > rhsTotal }
        if lhs.item.daysOverdue != rhs.item.daysOverdue { return lhs.item.daysOverdue > rhs.item.daysOverdue }
        if lhs.item.accountName != rhs.item.accountName { return lhs.item.accountName < rhs.item.accountName }
        return lhs.item.key < rhs.item.key
    }
}
