import RapportViewModel

/// The whole screen as a pure function of the state and the theme (and the scroll the
/// renderer remembers).
public struct DashboardView {
    public let state: AppState
    public let theme: Theme
    public let keymap: Keymap
    /// Shown in the empty-book hint.
    public let storePath: String

    public init(state: AppState, theme: Theme, keymap: Keymap = .standard, storePath: String) {
        self.state = state
        self.theme = theme
        self.keymap = keymap
        self.storePath = storePath
    }

    public func render(into buffer: inout Buffer, scroll: inout ScrollMemory) {
        let area = buffer.area
        buffer.fill(area, style: theme[.background])
        guard DashboardLayout.fits(width: area.width, height: area.height) else {
            TooSmallNotice(width: area.width, height: area.height, keymap: keymap).render(in: area, into: &buffer, theme: theme)
            return
        }
        let geometry = DashboardGeometry(size: ScreenSize(width: area.width, height: area.height))
        let layout = DashboardLayout(area: area, geometry: geometry)
        HeaderBar(state: state).render(in: layout.header, into: &buffer, theme: theme)
        if let agenda = state.agenda, state.detail == nil {
            // The agenda keeps the KPI strip above it: the counts it ranks the items behind.
            KPIStrip(kpis: state.kpis).render(in: layout.kpis, into: &buffer, theme: theme)
            let body = Rect(x: area.x, y: layout.kpis.maxY, width: area.width, height: layout.statusBar.y - layout.kpis.maxY)
            AgendaPane(agenda: agenda, keymap: keymap, today: state.today, kpis: state.kpis).render(in: body, into: &buffer, theme: theme, scroll: &scroll)
        } else if let detail = state.detail {
            // The detail view takes everything between the header and the status bar.
            let body = Rect(x: area.x, y: layout.header.maxY, width: area.width, height: layout.statusBar.y - layout.header.maxY)
            AccountDetailView(state: state, detail: detail, keymap: keymap).render(in: body, into: &buffer, theme: theme, scroll: &scroll)
        } else {
            KPIStrip(kpis: state.kpis, focus: state.kpiFocus).render(in: layout.kpis, into: &buffer, theme: theme)
            AccountsPane(state: state, keymap: keymap).render(in: layout.accounts, into: &buffer, theme: theme, storePath: storePath, scroll: &scroll)
            InitiativesPane(state: state, keymap: keymap).render(in: layout.initiatives, into: &buffer, theme: theme, scroll: &scroll)
            if layout.isSideBySide {
                AccountSummaryPane(state: state).render(in: layout.summary, into: &buffer, theme: theme)
            } else {
                AccountSummaryPane(state: state).renderCompact(in: layout.summary, into: &buffer, theme: theme)
            }
        }
        if let prompt = state.prompt {
            CommandLineBar(prompt: prompt, keymap: keymap).render(in: layout.statusBar, into: &buffer, theme: theme)
        } else {
            StatusBar(state: state, keymap: keymap).render(in: layout.statusBar, into: &buffer, theme: theme)
        }
        scroll.overlayMeasure = renderOverlays(in: area, into: &buffer)
    }

    /// Help, a form, a question or a record read in full, drawn over whatever is below; what
    /// scrolling needs to know of help or a read view.
    private func renderOverlays(in area: Rect, into buffer: inout Buffer) -> OverlayMeasure? {
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 2))
        switch state.overlay {
        case .help: return HelpOverlay(keymap: keymap, state: state).render(in: area, into: &buffer, theme: theme)
        case .reading: return RecordReadingView(state: state, keymap: keymap).render(in: body, into: &buffer, theme: theme)
        case .form(let session): OpenFormView(session: session, keymap: keymap).render(in: body, into: &buffer, theme: theme)
        case .confirm(let confirmation): ConfirmDialog(confirmation: confirmation, keymap: keymap).render(in: body, into: &buffer, theme: theme)
        case .importReview(let review): return ImportReviewView(review: review, state: state, keymap: keymap).render(in: body, into: &buffer, theme: theme)
        case .changes(let view): ChangesOverlay(view: view, keymap: keymap).render(in: body, into: &buffer, theme: theme)
        case .preview(let preview): return DocumentPreviewView(preview: preview, state: state, keymap: keymap).render(in: body, into: &buffer, theme: theme)
        case nil: break
        }
        return nil
    }
}

/// Shown instead of the dashboard when the terminal is smaller than the layout needs.
struct TooSmallNotice {
    let width: Int
    let height: Int
    let keymap: Keymap

    var text: String {
        let quit = keymap.hints(for: [.tooSmall]).map(\.text).joined(separator: " · ")
        return "Terminal \(width)×\(height) is too small — enlarge it to at least \(DashboardGeometry.minimumWidth)×\(DashboardGeometry.minimumHeight) (\(quit))"
    }

    /// The notice wrapped at word boundaries and centred, so even a narrow terminal shows all
    /// of it, the key that quits included.
    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        guard !area.isEmpty else { return }
        let lines = TextFit.wrap(text, width: max(1, area.width)).prefix(area.height)
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let fitted = TextFit.truncate(line, to: area.width)
            buffer.write(fitted, x: area.x + max(0, (area.width - DisplayWidth.of(fitted)) / 2), y: top + offset, style: theme[.messageError])
        }
    }
}
