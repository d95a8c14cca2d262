import RapportCore

/// What an import will do, worked out from the file and the store before anything is written:
/// a value a command prints (`--dry-run`) or a dashboard shows, then hands to
/// `StoreIntent.importRecords` to apply.
public struct ImportPlan: Hashable, Sendable {
    /// One row's fate, for the report.
    public struct Entry: Hashable, Sendable {
        public let line: Int
        /// "Acme Corp", "Jane Doe (Acme Corp)".
        public let subject: String
        /// What changes: "ARR, renewal date"; empty for creates and unchanged rows.
        public let fields: [String]

        public init(line: Int, subject: String, fields: [String] = []) {
            self.line = line
            self.subject = subject
            self.fields = fields
        }
    }

    public let kind: ImportKind
    /// The file's name, for messages and the change log.
    public let source: String
    public var created: [Entry] = []
    public var updated: [Entry] = []
    public var unchanged: [Entry] = []
    /// Rows that cannot be imported, each with where and why.
    public var problems: [ImportProblem] = []
    public var changes = ImportChanges()

    public init(kind: ImportKind, source: String) {
        self.kind = kind
        self.source = source
    }

    /// "3 created, 2 updated, 12 unchanged"
    public var counts: String {
        "\(created.count) created, \(updated.count) updated, \(unchanged.count) unchanged"
            + (problems.isEmpty ? "" : ", \(Set(problems.map(\.line)).count) invalid")
    }
}

/// The records an import writes, each edit carrying the version it was planned against.
public struct ImportChanges: Hashable, Sendable {
    public var newAccounts: [Account] = []
    public var accountEdits: [RecordEdit<Account>] = []
    public var newContacts: [Contact] = []
    public var contactEdits: [RecordEdit<Contact>] = []
    public var newInteractions: [Interaction] = []
    public var interactionEdits: [RecordEdit<Interaction>] = []
    public var newInitiatives: [Initiative] = []
    public var initiativeEdits: [RecordEdit<Initiative>] = []
    public var newOpportunities: [Opportunity] = []
    public var opportunityEdits: [RecordEdit<Opportunity>] = []
    public var metricWrites: [MetricWrite] = []
    /// The change log's words for it: "imported accounts.csv".
    public var description = "import"

    public init() {}

    public var createdCount: Int {
        newAccounts.count + newContacts.count + newInteractions.count + newInitiatives.count + newOpportunities.count
            + metricWrites.filter { $0.planned == nil }.count
    }

    public var updatedCount: Int {
        accountEdits.count + contactEdits.count + interactionEdits.count + initiativeEdits.count + opportunityEdits.count
            + metricWrites.filter { $0.planned != nil }.count
    }

    public var isEmpty: Bool { createdCount == 0 && updatedCount == 0 }
}

/// One month of a metric an import sets, with what was stored when it was planned (nil for a
/// new month), so a month that changed since stops the import.
public struct MetricWrite: Hashable, Sendable {
    public let planned: MetricPoint?
    public let point: MetricPoint

    public init(planned: MetricPoint?, point: MetricPoint) {
        self.planned = planned
        self.point = point
    }
}
