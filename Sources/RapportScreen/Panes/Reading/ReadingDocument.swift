import RapportCore
import RapportViewModel

/// A record's fields as lines of a given width: each label once, its value wrapped beside it
/// (long text keeps its paragraphs). What the read view draws and scrolls through.
struct ReadingDocument {
    struct Line: Equatable {
        var label: String
        var text: String
        var role: ThemeRole
    }

    let title: String
    let fields: [(label: String, value: String, role: ThemeRole)]
    /// Drawn in place of the field labelled `BurnUp.label`, as wide as the values are.
    var burnUp: BurnUp?
    static let burnUpLabel = "Burn-up"
    static let burnUpHeight = 6

    /// Labels get the longest label's width; values the rest.
    static let labelGap = 2

    var labelWidth: Int { fields.map { DisplayWidth.of($0.label) }.max() ?? 0 }

    func lines(width: Int) -> [Line] {
        let valueWidth = max(1, width - labelWidth - Self.labelGap)
        var lines: [Line] = []
        for field in fields {
            if field.label == Self.burnUpLabel, let burnUp {
                let chartWidth = max(1, valueWidth - 6)
                for (index, row) in burnUp.rows(width: chartWidth, height: Self.burnUpHeight).enumerated() {
                    let scale = index == 0 ? "100%" : (index == Self.burnUpHeight - 1 ? "  0%" : "")
                    lines.append(Line(label: index == 0 ? field.label : "", text: row + " " + scale, role: .progressFilled))
                }
                lines.append(Line(label: "", text: field.value, role: .textDim))
                continue
            }
            for (index, text) in Paragraphs.wrap(field.value, width: valueWidth).enumerated() {
                lines.append(Line(label: index == 0 ? field.label : "", text: text, role: field.role))
            }
        }
        return lines
    }

    init(title: String, fields: [(label: String, value: String, role: ThemeRole)]) {
        self.title = title
        self.fields = fields
    }

    init(_ record: ReadableRecord, state: AppState) {
        switch record {
        case .contact(let contact): self = Self.contact(contact, state: state)
        case .interaction(let interaction): self = Self.interaction(interaction, state: state)
        case .initiative(let initiative): self = Self.initiative(initiative, state: state)
        }
    }

    static func dated(_ day: Day, today: Day) -> String { "\(Format.longDate(day)) (\(Format.relative(day, from: today)))" }

    static func contact(_ contact: Contact, state: AppState) -> ReadingDocument {
        let detail = state.detail
        let others = detail?.contacts ?? []
        let reportsTo = contact.reportsToID.map { id in others.first { $0.id == id }?.name ?? "a contact no longer on the account" }
        let account = detail?.account?.focus.overview.account
        var lastContact = ("never", ThemeRole.textDim)
        if let id = contact.id, let day = detail?.account?.lastContacted[id] {
            let cadence = contact.stayInTouchDays ?? account?.stayInTouchDays
            let late = cadence.map { day.days(until: state.today) > $0 } ?? false
            lastContact = (dated(day, today: state.today) + (late ? " — past the stay-in-touch cadence" : ""), late ? .overdue : .text)
        }
        let cadence = contact.stayInTouchDays.map { "every \($0) days" }
            ?? account?.stayInTouchDays.map { "every \($0) days (the account's)" } ?? "no cadence set"
        return ReadingDocument(
            title: "Contact · \(contact.name)",
            fields: [
                ("Name", contact.name, .textStrong),
                ("Title", contact.title.isEmpty ? "—" : contact.title, contact.title.isEmpty ? .textDim : .text),
                ("Role", ContactsSection.roleLabel(contact.role) + (contact.isMainContact ? " · ★ main point of contact" : ""), .text),
                ("Email", contact.email.isEmpty ? "—" : contact.email, contact.email.isEmpty ? .textDim : .text),
                ("Phone", contact.phone.isEmpty ? "—" : contact.phone, contact.phone.isEmpty ? .textDim : .text),
                ("Reports to", reportsTo ?? "—", reportsTo == nil ? .textDim : .text),
                ("Last contact", lastContact.0, lastContact.1),
                ("Stay in touch", cadence, .text),
                ("Influence", ContactsSection.influence(contact.influence) + " \(contact.influence) of 5", .text),
                ("Sentiment", contact.sentiment.rawValue, .text),
                ("Account", account?.name ?? "—", .textDim),
            ])
    }

    static func interaction(_ interaction: Interaction, state: AppState) -> ReadingDocument {
        let contacts = state.detail?.contacts ?? []
        let people = interaction.contactIDs.compactMap { id in contacts.first { $0.id == id }?.name }
        let kind = interaction.kind.label
        return ReadingDocument(
            title: "\(kind.prefix(1).uppercased() + kind.dropFirst()) of \(interaction.date.iso)",
            fields: [
                ("Date", dated(interaction.date, today: state.today), interaction.date > state.today ? .kpiWarn : .text),
                ("Kind", TimelineSection.symbol(interaction.kind) + " " + kind, .text),
                ("With", people.isEmpty ? "—" : people.joined(separator: ", "), people.isEmpty ? .textDim : .text),
                ("Summary", interaction.summary.isEmpty ? "—" : interaction.summary, .text),
                ("Next step", interaction.nextStep.isEmpty ? "—" : interaction.nextStep, interaction.nextStep.isEmpty ? .textDim : .text),
                ("Account", state.accountName(interaction.accountID) ?? "—", .textDim),
            ])
    }
}
