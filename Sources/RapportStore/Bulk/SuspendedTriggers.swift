import GRDB

/// Triggers set aside for a bulk load, and put back exactly as they were.
///
/// The stale marks and running sums that triggers keep are right for single writes but cost a
/// statement per inserted row; a bulk load computes them itself afterwards. The definitions
/// are read from the schema, so whatever a later migration makes of them is restored as is.
struct SuspendedTriggers {
    private let definitions: [(name: String, sql: String)]

    /// Drops every trigger on `tables` (in the current transaction).
    init(_ db: Database, on tables: [String]) throws {
        let list = tables.map { "'\($0)'" }.joined(separator: ", ")
        definitions = try Row.fetchAll(
            db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (\(list)) ORDER BY name"
        ).map { (try $0.decode(atIndex: 0), try $0.decode(atIndex: 1)) }
        for definition in definitions { try db.execute(sql: "DROP TRIGGER \(definition.name.quotedDatabaseIdentifier)") }
    }

    func restore(_ db: Database) throws {
        for definition in definitions { try db.execute(sql: definition.sql) }
    }
}
