import Foundation

/// Which column of a file feeds which field, and which columns are left out and why.
public struct ColumnMapping: Hashable, Sendable {
    public struct Ignored: Hashable, Sendable {
        public let column: String
        public let reason: String
    }

    /// Field → column index.
    public let columns: [ImportField: Int]
    public let header: [String]
    public let ignored: [Ignored]
    /// A metric sheet's columns named like a month ("2026-01", "Jan 2026"): a wide sheet's months.
    public var monthColumns: [Int: YearMonth] = [:]

    /// Maps `header` for `kind`: `--map` overrides first (`Column=field`, or `Column=` to
    /// ignore a column), then each column by its folded name. A field two columns claim goes
    /// to the first; the second is ignored and the report says so.
    public static func make(header: [String], kind: ImportKind, overrides: [String: String]) -> Result<ColumnMapping, ImportError> {
        var columns: [ImportField: Int] = [:]
        var ignored: [Ignored] = []
        var monthColumns: [Int: YearMonth] = [:]
        let folded = header.map(fold)
        var overridden: [String: ImportField?] = [:]
        for (column, fieldName) in overrides {
            let key = fold(column)
            guard folded.contains(key) else {
                return .failure(.mapping("--map names a column '\(column)' that the header does not have; it has \(header.map { "'\($0)'" }.joined(separator: ", "))"))
            }
            if fieldName.trimmingCharacters(in: .whitespaces).isEmpty {
                overridden[key] = .some(nil)
                continue
            }
            guard let field = ImportField(rawValue: fieldName.trimmingCharacters(in: .whitespaces).lowercased()), kind.fields.contains(field) else {
                return .failure(.mapping("--map: '\(fieldName)' is not a field of \(kind.rawValue); use one of \(kind.fields.map(\.rawValue).joined(separator: ", "))"))
            }
            overridden[key] = .some(field)
        }
        for (index, key) in folded.enumerated() {
            let column = header[index]
            if let choice = overridden[key] {
                guard let field = choice else {
                    ignored.append(Ignored(column: column, reason: "--map leaves it out"))
                    continue
                }
                if columns[field] != nil {
                    ignored.append(Ignored(column: column, reason: "\(field.rawValue) comes from an earlier column"))
                } else {
                    columns[field] = index
                }
                continue
            }
            let claimedByOverride = Set(overridden.values.compactMap { $0 })
            if let field = kind.fields.first(where: { $0.synonyms(for: kind).contains(key) }), claimedByOverride.contains(field) {
                ignored.append(Ignored(column: column, reason: "\(field.rawValue) comes from the column --map names"))
            } else if let field = kind.fields.first(where: { $0.synonyms(for: kind).contains(key) }) {
                if columns[field] != nil {
                    ignored.append(Ignored(column: column, reason: "\(field.rawValue) comes from an earlier column"))
                } else {
                    columns[field] = index
                }
            } else if kind == .metrics, let month = ImportMonth.read(column) {
                monthColumns[index] = month
            } else if let reason = ImportField.knownIgnored[key] {
                ignored.append(Ignored(column: column, reason: reason))
            } else {
                ignored.append(Ignored(column: column, reason: "not a column Rapport knows for \(kind.rawValue); name a field with --map '\(column)=FIELD'"))
            }
        }
        if columns.isEmpty && monthColumns.isEmpty {
            return .failure(.mapping(
                "no column is one Rapport knows for \(kind.rawValue) (the header reads \(header.prefix(6).map { "'\($0)'" }.joined(separator: ", "))) — is this a CSV export of \(kind.rawValue)? Expected columns such as \(kind.fields.prefix(5).map(\.rawValue).joined(separator: ", ")), or name them with --map"))
        }
        for alternatives in kind.requiredFields where !alternatives.contains(where: { columns[$0] != nil }) {
            return .failure(.mapping(
                "no column gives the \(kind.noun)'s \(alternatives[0].rawValue) — expected a column such as '\(alternatives[0].synonyms(for: kind).prefix(3).joined(separator: "', '"))', or name one with --map 'Column=\(alternatives[0].rawValue)'"))
        }
        var mapping = ColumnMapping(columns: columns, header: header, ignored: ignored)
        mapping.monthColumns = monthColumns
        return .success(mapping)
    }

    /// Parses `--map 'Account Name=name,Renewal=renewal'`.
    public static func parseOverrides(_ text: String?) -> Result<[String: String], ImportError> {
        guard let text, !text.isEmpty else { return .success([:]) }
        var result: [String: String] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].trimmingCharacters(in: .whitespaces).isEmpty else {
                return .failure(.mapping("--map: '\(pair)' is not Column=field; write --map 'Account Name=name,Renewal=renewal'"))
            }
            result[parts[0].trimmingCharacters(in: .whitespaces)] = String(parts[1])
        }
        return .success(result)
    }

    /// A header folded for matching: case, accents, spaces and punctuation ignored
    /// ("Country/Region" → "countryregion", "E-mail" → "email").
    public static func fold(_ header: String) -> String {
        SearchText.words(header).joined()
    }

    /// The report line: "Account Name → name, Annual Revenue → arr".
    public var mappedDescription: String {
        columns.sorted { $0.value < $1.value }.map { "\(header[$0.value]) → \($0.key.rawValue)" }.joined(separator: ", ")
    }

    public func value(_ field: ImportField, in row: CSVRow) -> String? {
        columns[field].map { row.fields[$0] }
    }
}
