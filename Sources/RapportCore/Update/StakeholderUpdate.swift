import Foundation

/// A status update on one account for its stakeholders: what moved since a day, what is at
/// risk and why, the next milestones and due dates, the asks. Assembled for one audience:
/// an external update is built without the internal notes, so no renderer can leak them.
public struct StakeholderUpdate: Hashable, Sendable {
    public struct Movement: Hashable, Sendable {
        public var initiative: String
        public var day: Day
        /// "40% → 60%", "on track → at risk", or both.
        public var change: String
        public var note: String?
    }

    public struct Risk: Hashable, Sendable {
        public var initiative: String
        public var status: String
        public var progress: Int
        public var dueDate: Day?
        /// Why: its status and lateness, and (for the audience that may read it) its note.
        public var reasons: [String]
    }

    public struct Upcoming: Hashable, Sendable {
        public var initiative: String
        public var title: String
        public var dueDate: Day?
    }

    public var account: String
    public var audience: UpdateAudience
    public var since: Day
    /// Why the update starts where it does: "the last update (2026-11-02)", "--since".
    public var sinceReason: String
    public var asOf: Day
    public var movements: [Movement]
    public var risks: [Risk]
    /// The next open initiatives by due date.
    public var nextDue: [Upcoming]
    /// Nil: the store keeps no milestones yet.
    public var milestones: [Upcoming]?
    /// Nil: the store keeps no asks yet.
    public var asks: [String]?
    /// Internal only; empty in an external update.
    public var internalNotes: [String]

    public static let nextDueLimit = 5

    /// `since` is the day the update covers from (the caller settles it: `--since`, the last
    /// update sent, or a default).
    public static func assemble(
        _ input: StakeholderUpdateInput, audience: UpdateAudience, since: Day, sinceReason: String, today: Day
    ) -> StakeholderUpdate {
        func readable(_ note: UpdateNote?) -> String? {
            guard let note, !note.text.isEmpty else { return nil }
            return audience == .internal || note.visibility == .external ? note.text : nil
        }
        let movements = input.changes.sorted { $0.recordedAt < $1.recordedAt }.map { change in
            var parts: [String] = []
            if change.previousProgress != change.progress { parts.append("\(change.previousProgress)% → \(change.progress)%") }
            if change.previousStatus != change.status { parts.append("\(change.previousStatus.label) → \(change.status.label)") }
            return Movement(
                initiative: change.initiative, day: Day(utcDate: change.recordedAt), change: parts.joined(separator: ", "),
                note: readable(change.note))
        }
        let risks = input.openInitiatives.compactMap { initiative -> Risk? in
            var reasons: [String] = []
            if initiative.status == .blocked || initiative.status == .atRisk { reasons.append(initiative.status.label) }
            if let due = initiative.dueDate, due < today {
                let days = due.days(until: today)
                reasons.append("\(days) day\(days == 1 ? "" : "s") past its due date")
            }
            guard !reasons.isEmpty else { return nil }
            if let note = readable(initiative.latestNote) { reasons.append(note) }
            return Risk(initiative: initiative.title, status: initiative.status.label, progress: initiative.progress, dueDate: initiative.dueDate, reasons: reasons)
        }
        let nextDue = input.openInitiatives.filter { ($0.dueDate ?? .distantFuture) >= today && $0.dueDate != nil }
            .sorted { ($0.dueDate ?? .distantFuture, $0.title) < ($1.dueDate ?? .distantFuture, $1.title) }
            .prefix(nextDueLimit).map { Upcoming(initiative: $0.title, title: $0.title, dueDate: $0.dueDate) }
        let milestones = input.milestones.map { list in
            list.filter { ($0.dueDate ?? .distantFuture) >= today }.sorted { ($0.dueDate ?? .distantFuture) < ($1.dueDate ?? .distantFuture) }
                .prefix(nextDueLimit).map { Upcoming(initiative: $0.initiative, title: $0.title, dueDate: $0.dueDate) }
        }
        var internalNotes: [String] = []
        if audience == .internal {
            if !input.accountNotes.isEmpty { internalNotes.append(input.accountNotes) }
        }
        return StakeholderUpdate(
            account: input.account, audience: audience, since: since, sinceReason: sinceReason, asOf: today, movements: movements,
            risks: risks, nextDue: Array(nextDue), milestones: milestones, asks: input.asks.map { $0.compactMap(readable) },
            internalNotes: internalNotes)
    }
}

extension Day {
    /// The UTC day of a stored time (the store keeps times in UTC).
    public init(utcDate date: Date) {
        self.init(daysSinceEpoch: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
