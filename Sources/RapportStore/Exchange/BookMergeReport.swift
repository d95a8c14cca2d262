/// What merging a book file onto a store does (or, planned, would do), kind by kind.
public struct BookMergeReport: Hashable, Sendable {
    /// One kind's records: how many the merge adds, changes and finds already as in the file.
    public struct Tally: Hashable, Sendable {
        public var created = 0
        public var updated = 0
        public var unchanged = 0

        public init(created: Int = 0, updated: Int = 0, unchanged: Int = 0) {
            self.created = created
            self.updated = updated
            self.unchanged = unchanged
        }

        /// "2 created, 1 updated, 40 unchanged"
        public var description: String { "\(created) created, \(updated) updated, \(unchanged) unchanged" }
    }

    /// True when the file was written from this store's book, so records are matched by id.
    public var sameBook = false
    public var accounts = Tally()
    public var contacts = Tally()
    public var interactions = Tally()
    public var initiatives = Tally()
    public var progressUpdates = Tally()
    public var milestones = Tally()
    /// Initiatives whose stakeholders the merge set (created: an initiative that had none).
    public var stakeholders = Tally()
    public var opportunities = Tally()
    public var metricPoints = Tally()

    public init() {}

    /// Each kind with its tally, in the order a report lists them.
    public var kinds: [(name: String, tally: Tally)] {
        [("accounts", accounts), ("contacts", contacts), ("interactions", interactions), ("initiatives", initiatives),
         ("progress updates", progressUpdates), ("milestones", milestones), ("stakeholder lists", stakeholders),
         ("opportunities", opportunities), ("metric points", metricPoints)]
    }

    /// All kinds added up.
    public var total: Tally {
        kinds.reduce(into: Tally()) { sum, kind in
            sum.created += kind.tally.created
            sum.updated += kind.tally.updated
            sum.unchanged += kind.tally.unchanged
        }
    }
}
