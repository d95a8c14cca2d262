import Foundation
import GRDB
import RapportCore

/// A row of `progress_update`.
struct ProgressUpdateRecord: ShownTextRecord, MutablePersistableRecord {
    static let databaseTableName = "progress_update"
    static let textColumns = ["note", "reason"]
    var value: ProgressUpdate

    init(_ value: ProgressUpdate) { self.value = value }

    init(row: Row) throws {
        value = try ProgressUpdate(
            id: row.decode(forColumn: "id"), initiativeID: row.decode(forColumn: "initiative_id"), recordedAt: row.decode(forColumn: "recorded_at"),
            previousProgress: row.decode(forColumn: "previous_progress"), progress: row.decode(forColumn: "progress"),
            previousStatus: InitiativeStatus(rawValue: row.decode(forColumn: "previous_status")) ?? .planned,
            status: InitiativeStatus(rawValue: row.decode(forColumn: "status")) ?? .planned, note: row.decode(forColumn: "note"),
            reason: row.decode(forColumn: "reason"))
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = value.id
        container["initiative_id"] = value.initiativeID
        container["recorded_at"] = value.recordedAt
        container["previous_progress"] = value.previousProgress
        container["progress"] = value.progress
        container["previous_status"] = value.previousStatus.rawValue
        container["status"] = value.status.rawValue
        container["note"] = value.note
        container["reason"] = value.reason
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { value.id = inserted.rowID }
}
