import RapportViewModel

/// A symbol the screen draws and what it means. Each pane keeps its own legend beside the
/// code that draws its symbols, built from the same functions, so the two cannot drift.
struct LegendEntry: Equatable {
    let symbols: String
    let meaning: String

    init(_ symbols: String, _ meaning: String) {
        self.symbols = symbols
        self.meaning = meaning
    }
}

enum SymbolLegend {
    /// The symbols of what is under help: the focused pane (and the KPI strip above the
    /// dashboard's panes), or the detail section shown.
    static func entries(for state: AppState) -> [LegendEntry] {
        guard let context = state.underlyingKeyContexts.first else { return [] }
        switch context {
        case .accounts: return AccountsPane.legend + KPIStrip.legend
        case .initiatives:
            return state.detail == nil ? InitiativesPane.legend + KPIStrip.legend : InitiativesPane.legend
        case .detail:
            switch state.detail?.section {
            case .overview: return [LegendEntry(Format.healthSymbols, "Health: good (70+), watch (40–69), at risk (under 40)")]
            case .contacts: return ContactsSection.legend
            case .timeline: return TimelineSection.legend
            case .initiatives: return InitiativesPane.legend
            case .pipeline, .metrics, nil: return []
            }
        default: return []
        }
    }
}
