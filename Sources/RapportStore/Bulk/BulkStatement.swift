import GRDB
import GRDBSQLite

/// A prepared INSERT run many times with values bound straight through SQLite's C API: a demo
/// book of 100,000 accounts is millions of rows, and binding through GRDB's argument arrays
/// cost more than SQLite's own work.
struct BulkStatement {
    private let statement: Statement
    private let db: Database

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
    }

    /// SQLite copies transient text at bind time, so a Swift string may go away after.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    enum Value: Sendable {
        case integer(Int64)
        case text(String)
        case null
    }

    /// Binds the rows' values in order and runs the statement once.
    func run(_ rows: [[Value]]) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        var index: Int32 = 1
        for row in rows {
            for value in row {
                switch value {
                case .integer(let number): sqlite3_bind_int64(handle, index, number)
                case .text(let text): sqlite3_bind_text(handle, index, text, -1, Self.transient)
                case .null: sqlite3_bind_null(handle, index)
                }
                index += 1
            }
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            throw StoreError.database(String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }

}

extension BulkStatement.Value {
    static func optional(_ number: Int64?) -> Self { number.map(Self.integer) ?? .null }
    static func optional(_ number: Int?) -> Self { number.map { Self.integer(Int64($0)) } ?? .null }
    static func optional(_ text: String?) -> Self { text.map(Self.text) ?? .null }
    static func integer(_ number: Int) -> Self { .integer(Int64(number)) }
    static func bool(_ flag: Bool) -> Self { .integer(flag ? 1 : 0) }
}
