import GRDB
import RapportCore

extension AppDatabase {
    public func contacts(accountID: Int64) throws -> [Contact] {
        try read { db in try Self.contacts(db, accountID: accountID) }
    }

    static func contacts(_ db: Database, accountID: Int64) throws -> [Contact] {
        try ContactRecord.filter(Column("account_id") == accountID).order(Column("id")).fetchAll(db).map(\.value)
    }

    /// The account's timeline, newest first, each with the contacts involved.
    public func interactions(accountID: Int64) throws -> [Interaction] {
        try read { db in try Self.interactions(db, accountID: accountID) }
    }

    static func interactions(_ db: Database, accountID: Int64) throws -> [Interaction] {
        var interactions = try InteractionRecord.fetchAll(
            db, sql: "SELECT \(InteractionRecord.selectionSQL) FROM interaction WHERE account_id = ? ORDER BY date DESC, id DESC", arguments: [accountID]
        ).map(\.value)
        let links = try Row.fetchAll(
            db,
            sql: """
                SELECT l.interaction_id, l.contact_id FROM interaction_contact l
                JOIN interaction i ON i.id = l.interaction_id WHERE i.account_id = ? ORDER BY l.contact_id
                """, arguments: [accountID])
        var contactsByInteraction: [Int64: [Int64]] = [:]
        for link in links { try contactsByInteraction[link.decode(atIndex: 0), default: []].append(link.decode(atIndex: 1)) }
        for index in interactions.indices {
            interactions[index].contactIDs = interactions[index].id.flatMap { contactsByInteraction[$0] } ?? []
        }
        return interactions
    }

    /// The date each contact was last involved in an interaction (notes do not count).
    public func lastContacted(accountID: Int64) throws -> [Int64: Day] {
        try read { db in try Self.lastContacted(db, accountID: accountID) }
    }

    static func lastContacted(_ db: Database, accountID: Int64) throws -> [Int64: Day] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT l.contact_id, MAX(i.date) FROM interaction_contact l JOIN interaction i ON i.id = l.interaction_id
                WHERE i.account_id = ? AND i.kind <> 'note' GROUP BY l.contact_id
                """, arguments: [accountID])
        var result: [Int64: Day] = [:]
        for row in rows {
            if let day = try (row.decode(atIndex: 1) as String?).flatMap(Day.init(iso:)) { result[try row.decode(atIndex: 0) as Int64] = day }
        }
        return result
    }
}
