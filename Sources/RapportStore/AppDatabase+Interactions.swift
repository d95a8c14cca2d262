import Foundation
import GRDB
import RapportCore

extension AppDatabase {
    /// The account's timeline, newest first, each with the contacts involved.
    public func interactions(accountID: Int64) throws -> [Interaction] {
        try read { db in
            var interactions = try InteractionRecord.fetchAll(
                db, sql: "SELECT * FROM interaction WHERE account_id = ? ORDER BY date DESC, id DESC", arguments: [accountID]
            ).map(\.value)
            let links = try Row.fetchAll(
                db,
                sql: """
                    SELECT l.interaction_id, l.contact_id FROM interaction_contact l
                    JOIN interaction i ON i.id = l.interaction_id WHERE i.account_id = ? ORDER BY l.contact_id
                    """, arguments: [accountID])
            var contactsByInteraction: [Int64: [Int64]] = [:]
            for link in links { contactsByInteraction[link[0], default: []].append(link[1]) }
            for index in interactions.indices {
                interactions[index].contactIDs = interactions[index].id.flatMap { contactsByInteraction[$0] } ?? []
            }
            return interactions
        }
    }

    /// Logs an interaction with its contacts, and optionally sets the account's next follow-up,
    /// as one undoable change.
    @discardableResult
    public func logInteraction(_ interaction: Interaction, nextFollowUp: Day?, at time: Date) throws -> Interaction {
        try write { db in
            guard var account = try AccountRecord.fetchOne(db, key: interaction.accountID)?.value else {
                throw StoreError.recordNotFound(kind: "account", id: interaction.accountID)
            }
            var recorder = ChangeRecorder()
            var record = InteractionRecord(interaction)
            record.value.id = nil
            try record.insert(db)
            let id = record.value.id ?? 0
            recorder.noteInserted(table: "interaction", id: id)
            for contactID in Set(interaction.contactIDs).sorted() {
                guard try ContactRecord.fetchOne(db, key: contactID)?.value.accountID == interaction.accountID else {
                    throw StoreError.invalidValue(field: "contacts", reason: "contact #\(contactID) is not on this account")
                }
                let key: [String: StoredValue] = ["interaction_id": .integer(id), "contact_id": .integer(contactID)]
                try recorder.watch(db, table: "interaction_contact", key: key)
                try db.execute(sql: "INSERT INTO interaction_contact (interaction_id, contact_id) VALUES (?, ?)", arguments: [id, contactID])
            }
            if let nextFollowUp, nextFollowUp != account.nextFollowUp {
                try recorder.watch(db, table: "account", id: interaction.accountID)
                account.nextFollowUp = nextFollowUp
                try AccountRecord(account).update(db)
            }
            try recorder.commit(db, description: "logged \(interaction.kind.label) with \(account.name)", at: time)
            record.value.contactIDs = Set(interaction.contactIDs).sorted()
            return record.value
        }
    }

    /// Rewrites an interaction and the contacts involved, as one undoable change.
    @discardableResult
    public func updateInteraction(_ interaction: Interaction, at time: Date) throws -> Interaction {
        guard let id = interaction.id else { throw StoreError.invalidValue(field: "interaction", reason: "has no id; log it first") }
        return try write { db in
            guard try InteractionRecord.exists(db, key: id) else { throw StoreError.recordNotFound(kind: "interaction", id: id) }
            var recorder = ChangeRecorder()
            try recorder.watch(db, table: "interaction", id: id)
            let old = try Int64.fetchAll(db, sql: "SELECT contact_id FROM interaction_contact WHERE interaction_id = ?", arguments: [id])
            let new = Set(interaction.contactIDs)
            for contactID in Set(old).union(new) {
                try recorder.watch(db, table: "interaction_contact", key: ["interaction_id": .integer(id), "contact_id": .integer(contactID)])
            }
            for contactID in new where try ContactRecord.fetchOne(db, key: contactID)?.value.accountID != interaction.accountID {
                throw StoreError.invalidValue(field: "contacts", reason: "contact #\(contactID) is not on this account")
            }
            try InteractionRecord(interaction).update(db)
            try db.execute(sql: "DELETE FROM interaction_contact WHERE interaction_id = ?", arguments: [id])
            for contactID in new.sorted() {
                try db.execute(sql: "INSERT INTO interaction_contact (interaction_id, contact_id) VALUES (?, ?)", arguments: [id, contactID])
            }
            try recorder.commit(db, description: "edited \(interaction.kind.label) of \(interaction.date.iso)", at: time)
            var saved = interaction
            saved.contactIDs = new.sorted()
            return saved
        }
    }

    public func removeInteraction(id: Int64, at time: Date) throws {
        try write { db in
            guard let interaction = try InteractionRecord.fetchOne(db, key: id)?.value else {
                throw StoreError.recordNotFound(kind: "interaction", id: id)
            }
            var recorder = ChangeRecorder()
            try recorder.watch(db, table: "interaction", id: id)
            for contactID in try Int64.fetchAll(db, sql: "SELECT contact_id FROM interaction_contact WHERE interaction_id = ?", arguments: [id]) {
                try recorder.watch(db, table: "interaction_contact", key: ["interaction_id": .integer(id), "contact_id": .integer(contactID)])
            }
            try InteractionRecord.deleteOne(db, key: id)
            try recorder.commit(db, description: "deleted \(interaction.kind.label) of \(interaction.date.iso)", at: time)
        }
    }

    /// The date each contact was last involved in an interaction (notes do not count).
    public func lastContacted(accountID: Int64) throws -> [Int64: Day] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT l.contact_id, MAX(i.date) FROM interaction_contact l JOIN interaction i ON i.id = l.interaction_id
                    WHERE i.account_id = ? AND i.kind <> 'note' GROUP BY l.contact_id
                    """, arguments: [accountID])
            var result: [Int64: Day] = [:]
            for row in rows {
                if let day = (row[1] as String?).flatMap(Day.init(iso:)) { result[row[0]] = day }
            }
            return result
        }
    }
}
