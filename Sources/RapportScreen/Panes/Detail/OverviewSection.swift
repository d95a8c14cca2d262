import RapportCore
import RapportViewModel

/// The account's facts, its health and why, and its revenue at a glance.
struct OverviewSection {
    let state: AppState
    let overview: AccountOverview
    let detail: DetailModel

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let inner = Block(title: "Overview", focused: true).render(in: area, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        let account = overview.account
        var y = inner.y
        let labelWidth = 18
        func field(_ label: String, _ value: String, _ role: ThemeRole = .text) {
            guard y < inner.maxY else { return }
            buffer.write(TextFit.pad(label, to: labelWidth, alignment: .right), x: inner.x + 1, y: y, style: theme[.kpiLabel])
            buffer.writeFitted(value, x: inner.x + labelWidth + 3, y: y, width: inner.width - labelWidth - 4, style: theme[role])
            y += 1
        }
        field("Owner", account.owner)
        field("Tier", account.tier.label)
        field("Industry", account.industry)
        field("Region", account.region)
        field("ARR", account.annualRecurringRevenue.full, .kpiValue)
        if let renewal = account.renewalDate {
            let shown = Format.renewal(renewal, today: state.today)
            field("Renewal", shown.text, shown.role)
        } else {
            field("Renewal", "—", .textDim)
        }
        if let followUp = account.nextFollowUp {
            field("Next follow-up", "\(followUp.iso) (\(Format.relative(followUp, from: state.today)))", followUp < state.today ? .overdue : .text)
        } else {
            field("Next follow-up", "—", .textDim)
        }
        field("Stay in touch", account.stayInTouchDays.map { "every \($0) days" } ?? "no cadence set", account.stayInTouchDays == nil ? .textDim : .text)
        let lastContact = overview.relationship.lastContact.map { "\($0.iso) (\(Format.relative($0, from: state.today)))" } ?? "never"
        let touch = overview.stayInTouch
        field("Last contacted", touch.needsAttention ? "\(lastContact) — \(touch.reason)" : lastContact, touch.needsAttention ? .overdue : .text)
        if let main = detail.contacts.first(where: \.isMainContact) {
            field("Main contact", "\(main.name) · \(main.title)")
        } else {
            field("Main contact", "none yet", .overdue)
        }
        y += 1
        let health = overview.health
        if health.hasEnoughData {
            field("Health", "\(Format.health(health))\(Self.changeText(overview.healthChange))", Format.healthRole(health.band))
            for part in health.parts {
                field(part.name, "\(part.score)  ×\(Int((part.weight * 100).rounded()))%  \(part.reason)", .textDim)
            }
        } else {
            field("Health", RelationshipHealth.notEnoughDataLabel, .textDim)
            field("", Self.scoredOnceText, .textDim)
        }
        y += 1
        field("Notes", account.notes.isEmpty ? "—" : account.notes.replacingOccurrences(of: "\n", with: " ¶ "), account.notes.isEmpty ? .textDim : .text)
    }

    /// What an account needs before it is scored (see `RelationshipHealth.hasEnoughData`), short
    /// enough for the account pane beside the list.
    static let scoredOnceText = "needs a client interaction or a year of revenue"

    /// " · +6 since a month ago"; nothing when there was no contact on record then to compare with.
    static func changeText(_ change: Int?) -> String {
        guard let change else { return "" }
        return change == 0 ? " · no change since a month ago" : " · \(change > 0 ? "+" : "")\(change) since a month ago"
    }
}
