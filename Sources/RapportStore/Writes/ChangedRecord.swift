/// The record a change is about, below its account: what undo and redo select and show, so
/// the user sees what they changed rather than whatever the screen last had.
public enum ChangedRecord: Hashable, Sendable {
    case contact(Int64)
    case initiative(Int64)
    case interaction(Int64)
    case opportunity(Int64)
    /// A month of a metric: the metric's name.
    case metric(String)
}

extension RowChange {
    /// The record this row change is about, where it is one a person can be shown. A progress
    /// update, a milestone and a stakeholder belong to their initiative and a contact link to its interaction.
    func changedRecord(in state: [String: StoredValue]) -> ChangedRecord? {
        func id(_ column: String) -> Int64? {
            if case .integer(let value) = state[column] { return value }
            return nil
        }
        switch table {
        case "contact": return id("id").map(ChangedRecord.contact)
        case "initiative": return id("id").map(ChangedRecord.initiative)
        case "progress_update", "milestone", "initiative_stakeholder": return id("initiative_id").map(ChangedRecord.initiative)
        case "interaction": return id("id").map(ChangedRecord.interaction)
        case "interaction_contact": return id("interaction_id").map(ChangedRecord.interaction)
        case "opportunity": return id("id").map(ChangedRecord.opportunity)
        case "metric_point":
            if case .text(let metric) = state["metric"] { return .metric(metric) }
            return nil
        default: return nil
        }
    }
}
