import GRDB
import RapportCore

/// The record kinds `rapport export --format csv` writes, one file each.
public enum ExportRecordKind: String, CaseIterable, Sendable {
    case accounts, contacts, interactions, initiatives, opportunities, metrics
}

/// One kind of record as CSV (`CSVText`: RFC 4180, spreadsheet-safe), with a header row in the
/// generic names CRM and spreadsheet exports use, so the importer maps them back by itself.
/// Amounts are plain decimals of the major unit ("1200.50"), dates ISO, and each record carries
/// its id and its account's id as well as the account's name, so a file can be read back by id.
enum CSVExport {
    static func write(_ kind: ExportRecordKind, _ db: Database, to stream: ExportStream) throws {
        let reader = BookReader(db: db)
        let names = AccountNames(db: db)
        func emit(_ fields: [String]) throws { try stream.write(CSVText.record(fields)) }
        func day(_ text: String?) -> String { text ?? "" }
        func money(_ minor: Int64) -> String { CSVText.decimal(minor, unitsPerWhole: MetricKind.revenue.unitsPerWhole) }
        switch kind {
        case .accounts:
            try emit(["ID", "Name", "Industry", "Region", "Tier", "Owner", "ARR", "Renewal Date", "Next Follow Up", "Stay In Touch Days", "Notes"])
            try reader.accounts { account in
                try emit([
                    String(account.id), account.name, account.industry, account.region, account.tier, account.owner, money(account.arrMinor),
                    day(account.renewalDate.value), day(account.nextFollowUp.value), account.stayInTouchDays.value.map(String.init) ?? "", account.notes,
                ])
            }
        case .contacts:
            try emit(["ID", "Account ID", "Account", "Name", "Title", "Email", "Phone", "Role", "Influence", "Sentiment", "Main Contact", "Reports To", "Reports To ID"])
            try reader.contacts { contact in
                try emit([
                    String(contact.id), String(contact.accountID), names.account(contact.accountID), contact.name, contact.title, contact.email,
                    contact.phone, contact.role, String(contact.influence), contact.sentiment, contact.isMainContact ? "yes" : "no",
                    try contact.reportsToID.value.map(names.contact) ?? "", contact.reportsToID.value.map(String.init) ?? "",
                ])
            }
        case .interactions:
            // Contact IDs as well as names: two contacts of one account may share a name.
            try emit(["ID", "Account ID", "Account", "Date", "Type", "Contacts", "Summary", "Next Step", "Contact IDs"])
            try reader.interactions { interaction in
                let contacts = try interaction.contactIDs.map(names.contact).joined(separator: "; ")
                try emit([
                    String(interaction.id), String(interaction.accountID), names.account(interaction.accountID), interaction.date,
                    interaction.kind, contacts, interaction.summary, interaction.nextStep,
                    interaction.contactIDs.map(String.init).joined(separator: "; "),
                ])
            }
        case .initiatives:
            try emit(["ID", "Account ID", "Account", "Title", "Objective", "Owner", "Status", "Progress", "Due Date"])
            try reader.initiatives { initiative in
                try emit([
                    String(initiative.id), String(initiative.accountID), names.account(initiative.accountID), initiative.title,
                    initiative.objective, initiative.owner, initiative.status, String(initiative.progress), day(initiative.dueDate.value),
                ])
            }
        case .opportunities:
            try emit(["ID", "Account ID", "Account", "Name", "Type", "Amount", "Probability", "Close Date", "Forecast Category", "Stage"])
            try reader.opportunities { opportunity in
                try emit([
                    String(opportunity.id), String(opportunity.accountID), names.account(opportunity.accountID), opportunity.name,
                    opportunity.kind, money(opportunity.amountMinor), String(opportunity.probability), opportunity.expectedClose,
                    opportunity.category, opportunity.stage,
                ])
            }
        case .metrics:
            try emit(["Account ID", "Account", "Metric", "Month", "Actual", "Target"])
            try reader.metricPoints { point in
                let unitsPerWhole = MetricKind.of(metric: point.metric).unitsPerWhole
                func figure(_ stored: Int64?) -> String { stored.map { CSVText.decimal($0, unitsPerWhole: unitsPerWhole) } ?? "" }
                try emit([
                    String(point.accountID), names.account(point.accountID), point.metric, point.month, figure(point.actual.value), figure(point.target.value),
                ])
            }
        }
        try stream.flush()
    }
}

/// Names looked up one at a time, through a prepared statement: a CSV of contacts names each
/// one's account and manager without holding the book's names in memory. The last account
/// is remembered, since records come grouped by account more often than not.
final class AccountNames {
    private let db: Database
    private var lastAccount: (id: Int64, name: String)?

    init(db: Database) { self.db = db }

    func account(_ id: Int64) throws -> String {
        if let lastAccount, lastAccount.id == id { return lastAccount.name }
        let name = try String.fetchOne(db.cachedStatement(sql: "SELECT \(ShownText.expression("name")) FROM account WHERE id = ?"), arguments: [id]) ?? ""
        lastAccount = (id, name)
        return name
    }

    func contact(_ id: Int64) throws -> String {
        try String.fetchOne(db.cachedStatement(sql: "SELECT \(ShownText.expression("name")) FROM contact WHERE id = ?"), arguments: [id]) ?? ""
    }
}

extension AppDatabase {
    /// Writes one kind of record as CSV, from one read transaction.
    public func exportCSV(_ kind: ExportRecordKind, to stream: ExportStream) throws {
        try read { db in try CSVExport.write(kind, db, to: stream) }
    }
}
