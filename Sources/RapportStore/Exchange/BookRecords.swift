/// The records of a book file (`rapport export --format json`), one type per table, named and
/// shaped as docs/export-format.md documents them: keys are the store's column names, money is
/// an integer of minor units, dates are ISO text, and every value is kept as stored so a
/// restore gives back the same rows.
///
/// Enumerations (tier, role, status, ...) stay the stored text rather than Core's enums, so
/// the file says exactly what the store holds; a restore checks them (`BookValidation`).
public enum BookRecords {
    /// An agenda item snoozed until a day, or done (`until` null).
    public struct AgendaSnooze: Codable, Hashable, Sendable {
        public var itemKey: String
        public var accountID: Int64
        public var until: Nullable<String>

        enum CodingKeys: String, CodingKey {
            case itemKey = "item_key"
            case accountID = "account_id"
            case until
        }
    }

    public struct Account: Codable, Hashable, Sendable {
        public var id: Int64
        public var version: Int64
        public var name: String
        public var industry: String
        public var region: String
        public var tier: String
        public var owner: String
        public var arrMinor: Int64
        public var renewalDate: Nullable<String>
        public var stayInTouchDays: Nullable<Int64>
        public var nextFollowUp: Nullable<String>
        public var notes: String
        public var clientSince: Nullable<String>
        public var churnedOn: Nullable<String>

        enum CodingKeys: String, CodingKey {
            case id
            case version
            case name
            case industry
            case region
            case tier
            case owner
            case arrMinor = "arr_minor"
            case renewalDate = "renewal_date"
            case stayInTouchDays = "stay_in_touch_days"
            case nextFollowUp = "next_follow_up"
            case notes
            case clientSince = "client_since"
            case churnedOn = "churned_on"
        }
    }

    public struct Contact: Codable, Hashable, Sendable {
        public var id: Int64
        public var version: Int64
        public var accountID: Int64
        public var name: String
        public var title: String
        public var email: String
        public var phone: String
        public var role: String
        public var influence: Int64
        public var sentiment: String
        public var isMainContact: Bool
        public var reportsToID: Nullable<Int64>
        public var stayInTouchDays: Nullable<Int64>

        enum CodingKeys: String, CodingKey {
            case id
            case version
            case accountID = "account_id"
            case name
            case title
            case email
            case phone
            case role
            case influence
            case sentiment
            case isMainContact = "is_main_contact"
            case reportsToID = "reports_to_id"
            case stayInTouchDays = "stay_in_touch_days"
        }
    }

    public struct Interaction: Codable, Hashable, Sendable {
        public var id: Int64
        public var version: Int64
        public var accountID: Int64
        public var kind: String
        public var date: String
        public var summary: String
        public var nextStep: String
        /// The contacts who took part, ascending.
        public var contactIDs: [Int64]

        enum CodingKeys: String, CodingKey {
            case id
            case version
            case accountID = "account_id"
            case kind
            case date
            case summary
            case nextStep = "next_step"
            case contactIDs = "contact_ids"
        }
    }

    public struct Initiative: Codable, Hashable, Sendable {
        public var id: Int64
        public var version: Int64
        public var accountID: Int64
        public var title: String
        public var objective: String
        public var owner: String
        public var status: String
        public var progress: Int64
        public var dueDate: Nullable<String>
        public var startDate: Nullable<String>
        public var targetMetric: Nullable<String>
        public var targetValue: Nullable<Int64>
        public var targetDate: Nullable<String>
        public var progressFollowsMilestones: Bool

        enum CodingKeys: String, CodingKey {
            case id
            case version
            case accountID = "account_id"
            case title
            case objective
            case owner
            case status
            case progress
            case dueDate = "due_date"
            case startDate = "start_date"
            case targetMetric = "target_metric"
            case targetValue = "target_value"
            case targetDate = "target_date"
            case progressFollowsMilestones = "progress_follows_milestones"
        }
    }

    public struct Milestone: Codable, Hashable, Sendable {
        public var id: Int64
        public var version: Int64
        public var initiativeID: Int64
        public var title: String
        public var dueDate: Nullable<String>
        public var doneOn: Nullable<String>
        public var position: Int64

        enum CodingKeys: String, CodingKey {
            case id
            case version
            case initiativeID = "initiative_id"
            case title
            case dueDate = "due_date"
            case doneOn = "done_on"
            case position
        }
    }

    public struct Stakeholder: Codable, Hashable, Sendable {
        public var initiativeID: Int64
        public var contactID: Int64
        public var audience: String

        enum CodingKeys: String, CodingKey {
            case initiativeID = "initiative_id"
            case contactID = "contact_id"
            case audience
        }
    }

    public struct ProgressUpdate: Codable, Hashable, Sendable {
        public var id: Int64
        public var initiativeID: Int64
        public var recordedAt: String
        public var previousProgress: Int64
        public var progress: Int64
        public var previousStatus: String
        public var status: String
        public var note: String
        public var reason: String

        enum CodingKeys: String, CodingKey {
            case id
            case initiativeID = "initiative_id"
            case recordedAt = "recorded_at"
            case previousProgress = "previous_progress"
            case progress
            case previousStatus = "previous_status"
            case status
            case note
            case reason
        }
    }

    public struct Opportunity: Codable, Hashable, Sendable {
        public var id: Int64
        public var version: Int64
        public var accountID: Int64
        public var name: String
        public var kind: String
        public var amountMinor: Int64
        public var probability: Int64
        public var expectedClose: String
        public var category: String
        public var stage: String

        enum CodingKeys: String, CodingKey {
            case id
            case version
            case accountID = "account_id"
            case name
            case kind
            case amountMinor = "amount_minor"
            case probability
            case expectedClose = "expected_close"
            case category
            case stage
        }
    }

    /// One month of one metric of one account: integers in the metric's stored unit (minor
    /// units for revenue, whole units for counts and scores).
    public struct MetricPoint: Codable, Hashable, Sendable {
        public var accountID: Int64
        public var metric: String
        public var month: String
        public var actual: Nullable<Int64>
        public var target: Nullable<Int64>

        enum CodingKeys: String, CodingKey {
            case accountID = "account_id"
            case metric
            case month
            case actual
            case target
        }
    }

    /// One entry of the change log, as stored: `changes` is the entry's own JSON text (the rows
    /// before and after), kept verbatim so a restored entry is byte for byte the one exported.
    public struct Change: Codable, Hashable, Sendable {
        public var id: Int64
        public var recordedAt: String
        public var description: String
        public var changes: String
        public var undone: Bool
        public var session: String

        enum CodingKeys: String, CodingKey {
            case id
            case recordedAt = "recorded_at"
            case description
            case changes
            case undone
            case session
        }
    }

    /// How the file states money once: every `*_minor` field (and revenue metric points) counts
    /// minor units of this currency, `minor_units_per_major` to the major unit.
    public struct MoneyConvention: Codable, Hashable, Sendable {
        public var currency: String
        public var minorUnitsPerMajor: Int64

        public static let current = MoneyConvention(currency: "USD", minorUnitsPerMajor: 100)

        enum CodingKeys: String, CodingKey {
            case currency
            case minorUnitsPerMajor = "minor_units_per_major"
        }
    }
}
