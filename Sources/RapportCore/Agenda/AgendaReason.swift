/// What an agenda item is and why it is there, in a few words: the agenda's "what and why".
public enum AgendaReason {
    public static func text(for item: AgendaItem, status: InitiativeStatus? = nil, staleDays: Int = 7) -> String {
        let days = item.daysOverdue
        switch item.kind {
        case .lapsedRenewal:
            return "renewal lapsed \(AgendaUrgency.daysText(days)) ago"
        case .renewal:
            return days == 0 ? "renews today" : "renews in \(AgendaUrgency.daysText(-days))"
        case .followUp:
            return days == 0 ? "follow-up due today" : "follow-up \(AgendaUrgency.daysText(days)) overdue"
        case .stayInTouch:
            return days == 0 ? "never contacted" : "\(AgendaUrgency.daysText(days)) past the stay-in-touch cadence"
        case .healthDrop:
            let points = Int((item.severity * Double(HealthDrop.fullPoints)).rounded())
            return "health fell \(points) points in a month"
        case .belowTarget:
            let percent = Int((item.severity * 100).rounded())
            return "on pace to end the quarter \(percent)% below target"
        case .initiativeOverdue:
            return "\(title(item)): \(AgendaUrgency.daysText(days)) overdue"
        case .initiativeDue:
            return "\(title(item)): " + (days == 0 ? "due today" : "due in \(AgendaUrgency.daysText(-days))")
        case .staleInitiative:
            let state = (status ?? (item.severity >= 1 ? .blocked : .atRisk)).label
            return "\(title(item)): \(state), not updated for \(staleDays)+ days"
        case .keyContact:
            if case .contact(_, let name) = item.record { return "key contact \(name) not reached" }
            return "key contact not reached"
        }
    }

    private static func title(_ item: AgendaItem) -> String {
        if case .initiative(_, let title) = item.record { return title }
        return "initiative"
    }
}
