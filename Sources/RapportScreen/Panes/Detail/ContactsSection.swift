import RapportCore
import RapportViewModel

/// The people at the account: roles, influence, sentiment, who reports to whom.
struct ContactsSection {
    let state: AppState
    let detail: DetailModel

    static let table = Table(columns: [
        Table.Column("Name", width: 16, flexible: true),
        Table.Column("Title", width: 18, priority: 4),
        Table.Column("Role", width: 14, priority: 8),
        Table.Column("Last contact", width: 12, priority: 7, keepsWhole: true),
        Table.Column("Influence", width: 9, priority: 5, keepsWhole: true),
        Table.Column("Sentiment", width: 9, priority: 6),
        Table.Column("Email", width: 24, priority: 3),
        Table.Column("Phone", width: 15, priority: 1),
        Table.Column("Reports to", width: 14, priority: 2),
    ])

    static let mainContactMark = "★"
    static let missingRoleMark = Format.statusSymbol(.atRisk)

    /// What the section's symbols mean, for help.
    static let legend: [LegendEntry] = [
        LegendEntry(mainContactMark, "the main point of contact"),
        LegendEntry(influence(3), "Influence: 3 of 5"),
        LegendEntry(missingRoleMark, "a key role (sponsor, decision maker, champion) nobody holds"),
        LegendEntry("12d ago", "Last contact; in the alarming colour when past the contact's cadence"),
    ]

    static func roleLabel(_ role: ContactRole) -> String {
        switch role {
        case .sponsor: return "sponsor"
        case .decisionMaker: return "decision maker"
        case .champion: return "champion"
        case .user: return "user"
        case .other: return "other"
        }
    }

    /// "●●●○○": influence out of five.
    static func influence(_ level: Int) -> String {
        String(repeating: "●", count: min(5, max(0, level))) + String(repeating: "○", count: max(0, 5 - level))
    }

    /// "12d ago", flagged when past the contact's own cadence (or the account's).
    func lastContactItem(_ contact: Contact) -> Table.Item {
        guard let id = contact.id, let day = detail.account?.lastContacted[id] else { return Table.Item("never", role: .textDim) }
        let days = day.days(until: state.today)
        let cadence = contact.stayInTouchDays ?? detail.account?.focus.overview.account.stayInTouchDays
        let late = cadence.map { days > $0 } ?? false
        return Table.Item(days == 0 ? "today" : "\(days)d ago", role: late ? .overdue : .textDim)
    }

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme, scroll: inout ScrollMemory) {
        let missing = detail.missingKeyRoles
        let warning = missing.isEmpty ? "" : "missing: " + missing.map(Self.roleLabel).joined(separator: ", ")
        let inner = Block(title: "Contacts (\(detail.contacts.count))", focused: true, trailingTitle: warning).render(in: area, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        var body = inner
        if !missing.isEmpty {
            buffer.writeFitted(
                "\(Self.missingRoleMark) No \(missing.map(Self.roleLabel).joined(separator: ", no ")) on this account", x: inner.x + 1, y: inner.y,
                width: inner.width - 2, style: theme[.statusAtRisk])
            body = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        }
        guard !detail.contacts.isEmpty else {
            buffer.writeFitted("No contacts yet.", x: body.x + 1, y: body.y, width: body.width - 2, style: theme[.textDim])
            return
        }
        let names = Dictionary(detail.contacts.compactMap { contact in contact.id.map { ($0, contact.name) } }, uniquingKeysWith: { first, _ in first })
        let visible = max(0, body.height - 1)
        let offset = scroll.offset(.contacts, ids: detail.contacts.map { $0.id ?? 0 }, selected: detail.contactSelected, rows: visible)
        let slice = detail.contacts.visible(from: offset, rows: visible)
        let rows = slice.map { contact -> [Table.Item] in
            let sentimentRole: ThemeRole = contact.sentiment == .friendly ? .kpiGood : contact.sentiment == .critical ? .kpiBad : .textDim
            return [
                Table.Item((contact.isMainContact ? "\(Self.mainContactMark) " : "  ") + contact.name, role: contact.isMainContact ? .textStrong : nil),
                Table.Item(contact.title, role: .textDim),
                Table.Item(Self.roleLabel(contact.role)),
                lastContactItem(contact),
                Table.Item(Self.influence(contact.influence)),
                Table.Item(contact.sentiment.rawValue, role: sentimentRole),
                Table.Item(contact.email, role: .textDim),
                Table.Item(contact.phone, role: .textDim),
                Table.Item(contact.reportsToID.flatMap { names[$0] } ?? "—", role: .textDim),
            ]
        }
        Self.table.render(in: body, into: &buffer, theme: theme, rows: Array(rows), selected: detail.contactSelected - offset, focused: true)
    }
}
