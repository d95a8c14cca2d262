/// Whether a relationship (an account, or one contact) is due for a touch: past its
/// stay-in-touch cadence, or past the follow-up date the manager set.
public enum StayInTouch {
    /// How many days ahead a coming due date starts to show as "due soon".
    public static let dueSoonDays = 3

    /// - Parameters:
    ///   - lastInteraction: the latest interaction that reached the client, nil when none.
    ///   - cadenceDays: touch at least this often; nil means no cadence was set, and then only
    ///     the follow-up date can make the relationship due.
    ///   - nextFollowUp: the date the manager promised to follow up. An interaction on or after
    ///     it counts as that follow-up having happened.
    public static func status(lastInteraction: Day?, cadenceDays: Int?, nextFollowUp: Day?, today: Day) -> StayInTouchStatus {
        var due: (day: Day, trigger: StayInTouchTrigger)?
        if let cadenceDays, cadenceDays > 0 {
            guard let lastInteraction else { return .overdue(days: 0, trigger: .neverContacted) }
            // Clamped so that a corrupt cadence cannot overflow the date arithmetic.
            due = (lastInteraction.adding(days: min(cadenceDays, 100 * 365)), .cadence)
        }
        if let nextFollowUp, lastInteraction.map({ $0 < nextFollowUp }) ?? true {
            // The earlier due date is the more urgent one; on a tie the follow-up wins, because
            // the manager set it on purpose and it says what to do.
            if due.map({ nextFollowUp <= $0.day }) ?? true { due = (nextFollowUp, .followUp) }
        }
        guard let due else { return .onTrack }
        let remaining = today.days(until: due.day)
        if remaining < 0 { return .overdue(days: -remaining, trigger: due.trigger) }
        if remaining <= dueSoonDays { return .dueSoon(days: remaining, trigger: due.trigger) }
        return .onTrack
    }

    /// An account's status from its own cadence and follow-up date.
    public static func status(for account: Account, lastInteraction: Day?, today: Day) -> StayInTouchStatus {
        status(lastInteraction: lastInteraction, cadenceDays: account.stayInTouchDays, nextFollowUp: account.nextFollowUp, today: today)
    }
}

/// What made a relationship due.
public enum StayInTouchTrigger: String, Hashable, Sendable {
    /// The time since the last interaction reached the cadence.
    case cadence
    /// The next follow-up date arrived.
    case followUp = "follow-up"
    /// A cadence is set but nobody has been contacted yet.
    case neverContacted = "never-contacted"
}

public enum StayInTouchStatus: Hashable, Sendable {
    case onTrack
    /// Due within `StayInTouch.dueSoonDays`; `days` until then, 0 meaning today.
    case dueSoon(days: Int, trigger: StayInTouchTrigger)
    /// Past due by `days` (0 when never contacted, which has no date to count from).
    case overdue(days: Int, trigger: StayInTouchTrigger)

    /// Flagged in the accounts list and counted in the KPIs.
    public var needsAttention: Bool {
        if case .overdue = self { return true }
        return false
    }

    /// A short reason for the list and the detail view: "follow-up 3 days overdue".
    public var reason: String {
        switch self {
        case .onTrack:
            return "on track"
        case .dueSoon(let days, let trigger):
            let when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in \(days) days"
            return trigger == .followUp ? "follow-up due \(when)" : "contact due \(when)"
        case .overdue(let days, let trigger):
            let late = days == 1 ? "1 day" : "\(days) days"
            switch trigger {
            case .cadence: return "\(late) past the stay-in-touch cadence"
            case .followUp: return "follow-up \(late) overdue"
            case .neverContacted: return "never contacted"
            }
        }
    }
}
