import Foundation

/// Reads an older book file as the current shape: what a version 1 file lacks (added by
/// schema v8) is filled with what the store itself gives old rows — no milestones or
/// stakeholders, no start date or objective figure, no reason on a progress update, an
/// account's lifecycle unknown (null) — so every record passes the same strict checks
/// (every field present) as a current file.
enum BookFileUpgrade {
    static func toCurrent(_ data: Data, from version: Int) throws -> Data {
        guard version == 1, var book = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { return data }
        func fill(_ key: String, with defaults: [String: Any]) {
            guard let records = book[key] as? [Any] else { return }
            book[key] = records.map { record -> Any in
                guard var fields = record as? [String: Any] else { return record }
                for (name, value) in defaults where fields[name] == nil { fields[name] = value }
                return fields
            }
        }
        fill("accounts", with: ["client_since": NSNull(), "churned_on": NSNull()])
        fill("initiatives", with: [
            "start_date": NSNull(), "target_metric": NSNull(), "target_value": NSNull(), "target_date": NSNull(),
            "progress_follows_milestones": false,
        ])
        fill("progress_updates", with: ["reason": ""])
        for key in ["milestones", "initiative_stakeholders"] where book[key] == nil { book[key] = [Any]() }
        book["version"] = BookJSONExport.version
        return try JSONSerialization.data(withJSONObject: book)
    }
}
