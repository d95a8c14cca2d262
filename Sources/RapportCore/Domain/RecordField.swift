/// One field of a record a person edits: how it is named, compared and copied. Saving a form
/// compares the record as it was opened, as edited and as stored now, field by field, so a
/// change made elsewhere meanwhile is named (and kept) rather than silently overwritten.
public struct RecordField<Record>: Sendable {
    public let label: String
    private let compare: @Sendable (Record, Record) -> Bool
    private let transfer: @Sendable (Record, inout Record) -> Void

    public init<Value: Equatable & Sendable>(_ label: String, _ keyPath: WritableKeyPath<Record, Value> & Sendable) {
        self.label = label
        compare = { $0[keyPath: keyPath] != $1[keyPath: keyPath] }
        transfer = { source, target in target[keyPath: keyPath] = source[keyPath: keyPath] }
    }

    public func differs(_ lhs: Record, _ rhs: Record) -> Bool { compare(lhs, rhs) }

    /// `target` with this field taken from `source`.
    public func copy(from source: Record, into target: inout Record) { transfer(source, &target) }
}

/// A record whose fields a form edits.
public protocol EditableRecord: Hashable, Sendable {
    static var editableFields: [RecordField<Self>] { get }
    var id: Int64? { get set }
    var version: Int64 { get set }
}

extension EditableRecord {
    /// The labels of the fields that differ between two versions of the record.
    public static func changedFields(from old: Self, to new: Self) -> [String] {
        editableFields.filter { $0.differs(old, new) }.map(\.label)
    }

    /// `self` with every field that `edited` changed relative to `original` applied: a change
    /// made here replayed onto a record that moved on elsewhere.
    public func applying(changesFrom original: Self, to edited: Self) -> Self {
        var result = self
        for field in Self.editableFields where field.differs(original, edited) {
            field.copy(from: edited, into: &result)
        }
        return result
    }
}

extension Account: EditableRecord {
    public static let editableFields: [RecordField<Account>] = [
        RecordField("name", \.name), RecordField("industry", \.industry), RecordField("region", \.region),
        RecordField("tier", \.tier), RecordField("owner", \.owner), RecordField("ARR", \.annualRecurringRevenue),
        RecordField("renewal date", \.renewalDate), RecordField("stay-in-touch cadence", \.stayInTouchDays),
        RecordField("next follow-up", \.nextFollowUp), RecordField("notes", \.notes),
        RecordField("client since", \.clientSince), RecordField("churned", \.churnedOn),
    ]
}

extension Contact: EditableRecord {
    public static let editableFields: [RecordField<Contact>] = [
        RecordField("name", \.name), RecordField("title", \.title), RecordField("email", \.email),
        RecordField("phone", \.phone), RecordField("role", \.role), RecordField("influence", \.influence),
        RecordField("sentiment", \.sentiment), RecordField("main contact", \.isMainContact),
        RecordField("reports to", \.reportsToID), RecordField("stay-in-touch cadence", \.stayInTouchDays),
    ]
}

extension Initiative: EditableRecord {
    public static let editableFields: [RecordField<Initiative>] = [
        RecordField("title", \.title), RecordField("objective", \.objective), RecordField("owner", \.owner),
        RecordField("status", \.status), RecordField("progress", \.progress), RecordField("due date", \.dueDate),
        RecordField("start date", \.startDate), RecordField("target", \.target),
        RecordField("progress follows milestones", \.progressFollowsMilestones),
    ]
}

extension Interaction: EditableRecord {
    public static let editableFields: [RecordField<Interaction>] = [
        RecordField("kind", \.kind), RecordField("date", \.date), RecordField("summary", \.summary),
        RecordField("next step", \.nextStep), RecordField("contacts", \.contactIDs),
    ]
}

extension Opportunity: EditableRecord {
    public static let editableFields: [RecordField<Opportunity>] = [
        RecordField("name", \.name), RecordField("kind", \.kind), RecordField("amount", \.amount),
        RecordField("probability", \.probability), RecordField("expected close", \.expectedClose),
        RecordField("forecast category", \.category), RecordField("stage", \.stage),
    ]
}

extension Milestone: EditableRecord {
    public static let editableFields: [RecordField<Milestone>] = [
        RecordField("title", \.title), RecordField("due date", \.dueDate), RecordField("done", \.doneOn),
        RecordField("position", \.position),
    ]
}
