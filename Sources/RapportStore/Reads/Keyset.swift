import GRDB
import RapportCore

/// Where a page of the accounts list starts in its sort: the condition "after this key" (or
/// "from it") over the sort's key columns, with its arguments and the matching ORDER BY.
struct Keyset {
    let order: String
    let condition: String?
    let arguments: [(any DatabaseValueConvertible)?]

    init(sort: AccountSort, after key: AccountListKey?, inclusive: Bool, descending: Bool) {
        let keyColumns = AccountPageQuery.keyColumns(sort)
        order = keyColumns.map { $0 + (descending ? " DESC" : "") }.joined(separator: ", ")
        guard let key else {
            condition = nil
            arguments = []
            return
        }
        let comparison = descending ? "<" : (inclusive ? ">=" : ">")
        condition = "(\(keyColumns.joined(separator: ", "))) \(comparison) (\(keyColumns.map { _ in "?" }.joined(separator: ", ")))"
        arguments = key.values.map { value -> (any DatabaseValueConvertible)? in
            switch value {
            case .integer(let number): return number
            case .text(let text): return text
            }
        }
    }
}
