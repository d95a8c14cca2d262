import Foundation
import GRDB
import RapportCore

extension AppDatabase {
    /// Inserts a new account or updates an existing one; returns it with its id.
    @discardableResult
    public func saveAccount(_ account: Account) throws -> Account {
        try write { db in
            var record = AccountRecord(account)
            try record.save(db)
            return record.value
        }
    }

    @discardableResult
    public func saveContact(_ contact: Contact) throws -> Contact {
        try write { db in
            var record = ContactRecord(contact)
            try record.save(db)
            return record.value
        }
    }

    @discardableResult
    public func saveInitiative(_ initiative: Initiative) throws -> Initiative {
        try write { db in
            var record = InitiativeRecord(initiative)
            try record.save(db)
            return record.value
        }
    }

    public func saveMetricPoints(_ points: [MetricPoint]) throws {
        try write { db in
            for point in points { try MetricPointRecord(point).save(db) }
        }
    }

    /// Sets an initiative's progress and status and records the change with its time, in one
    /// transaction. Returns the initiative as stored. Nothing is written when nothing changes.
    @discardableResult
    public func recordProgress(initiativeID: Int64, progress: Int, status: InitiativeStatus, at time: Date, note: String = "")
        throws -> Initiative
    {
        guard (0...100).contains(progress) else {
            throw StoreError.invalidValue(field: "progress", reason: "\(progress) is outside 0–100")
        }
        return try write { db in
            guard var record = try InitiativeRecord.fetchOne(db, key: initiativeID) else {
                throw StoreError.recordNotFound(kind: "initiative", id: initiativeID)
            }
            let before = record.value
            guard before.progress != progress || before.status != status else { return before }
            var recorder = ChangeRecorder()
            try recorder.watch(db, table: "initiative", id: initiativeID)
            record.value.progress = progress
            record.value.status = status
            try record.update(db)
            var update = ProgressUpdateRecord(
                ProgressUpdate(
                    initiativeID: initiativeID, recordedAt: time, previousProgress: before.progress, progress: progress,
                    previousStatus: before.status, status: status, note: note))
            try update.insert(db)
            if let updateID = update.value.id { recorder.noteInserted(table: "progress_update", id: updateID) }
            let what = before.progress != progress
                ? "\(before.title) progress \(before.progress)% → \(progress)%"
                : "\(before.title) status \(before.status.label) → \(status.label)"
            try recorder.commit(db, description: what, at: time)
            return record.value
        }
    }

    /// Writes a whole demo book in one transaction (all or nothing), after removing every
    /// account when `replacingExisting`. Returns the account count.
    @discardableResult
    public func writeDemoBook(_ book: DemoBook, replacingExisting: Bool = false) throws -> Int {
        try write { db in
            if replacingExisting { try db.execute(sql: "DELETE FROM account") }
            let insertAccount = try db.cachedStatement(
                sql: """
                    INSERT INTO account (name, industry, region, tier, owner, arr_minor, renewal_date,
                                         stay_in_touch_days, next_follow_up, notes)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            let insertContact = try db.cachedStatement(
                sql: """
                    INSERT INTO contact (account_id, name, title, email, phone, role, influence, sentiment,
                                         is_main_contact, reports_to_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            let insertInitiative = try db.cachedStatement(
                sql: """
                    INSERT INTO initiative (account_id, title, objective, owner, status, progress, due_date)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
            let insertMetric = try db.cachedStatement(
                sql: "INSERT INTO metric_point (account_id, metric, month, actual, target) VALUES (?, ?, ?, ?, ?)")
            let insertInteraction = try db.cachedStatement(
                sql: "INSERT INTO interaction (account_id, kind, date, summary, next_step) VALUES (?, ?, ?, ?, ?)")
            let insertLink = try db.cachedStatement(sql: "INSERT INTO interaction_contact (interaction_id, contact_id) VALUES (?, ?)")
            let insertOpportunity = try db.cachedStatement(
                sql: """
                    INSERT INTO opportunity (account_id, name, kind, amount_minor, probability, expected_close, category, stage)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            var count = 0
            try book.forEachAccount { demo in
                let account = demo.account
                try insertAccount.execute(arguments: [
                    account.name, account.industry, account.region, account.tier.rawValue, account.owner,
                    account.annualRecurringRevenue.minorUnits, account.renewalDate?.iso, account.stayInTouchDays,
                    account.nextFollowUp?.iso, account.notes,
                ])
                let accountID = db.lastInsertedRowID
                var contactIDs: [Int64] = []
                for (index, contact) in demo.contacts.enumerated() {
                    let reportsTo = demo.contactReportsTo[index].flatMap { $0 < contactIDs.count ? contactIDs[$0] : nil }
                    try insertContact.execute(arguments: [
                        accountID, contact.name, contact.title, contact.email, contact.phone, contact.role.rawValue,
                        contact.influence, contact.sentiment.rawValue, contact.isMainContact, reportsTo,
                    ])
                    contactIDs.append(db.lastInsertedRowID)
                }
                for initiative in demo.initiatives {
                    try insertInitiative.execute(arguments: [
                        accountID, initiative.title, initiative.objective, initiative.owner, initiative.status.rawValue,
                        initiative.progress, initiative.dueDate?.iso,
                    ])
                }
                for opportunity in demo.opportunities {
                    try insertOpportunity.execute(arguments: [
                        accountID, opportunity.name, opportunity.kind.rawValue, opportunity.amount.minorUnits, opportunity.probability,
                        opportunity.expectedClose.iso, opportunity.category.rawValue, opportunity.stage,
                    ])
                }
                for interaction in demo.interactions {
                    try insertInteraction.execute(arguments: [
                        accountID, interaction.kind.rawValue, interaction.date.iso, interaction.summary, interaction.nextStep,
                    ])
                    let interactionID = db.lastInsertedRowID
                    for index in Set(interaction.contactIDs) where Int(index) < contactIDs.count {
                        try insertLink.execute(arguments: [interactionID, contactIDs[Int(index)]])
                    }
                }
                for point in demo.metrics {
                    try insertMetric.execute(arguments: [accountID, point.metric, point.month.iso, point.actual, point.target])
                }
                count += 1
            }
            return count
        }
    }
}

extension AppDatabase {
    /// Removes an initiative and its progress history.
    public func deleteInitiative(id: Int64) throws {
        try write { db in
            guard try InitiativeRecord.deleteOne(db, key: id) else {
                throw StoreError.recordNotFound(kind: "initiative", id: id)
            }
        }
    }
}
