import Foundation

/// A whole book file as `rapport export --format json` writes it (docs/export-format.md).
public struct BookFile: Codable, Hashable, Sendable {
    public var format: String
    public var version: Int
    public var money: BookRecords.MoneyConvention
    public var accounts: [BookRecords.Account]
    public var contacts: [BookRecords.Contact]
    public var interactions: [BookRecords.Interaction]
    public var initiatives: [BookRecords.Initiative]
    public var milestones: [BookRecords.Milestone]
    public var initiativeStakeholders: [BookRecords.Stakeholder]
    public var progressUpdates: [BookRecords.ProgressUpdate]
    public var opportunities: [BookRecords.Opportunity]
    public var metricPoints: [BookRecords.MetricPoint]
    public var changeLog: [BookRecords.Change]
    /// Nil only in a file written before the agenda: it has none, and reads as none.
    public var agendaSnoozes: [BookRecords.AgendaSnooze]?

    enum CodingKeys: String, CodingKey {
        case format, version, money, accounts, contacts, interactions, initiatives, milestones, opportunities
        case initiativeStakeholders = "initiative_stakeholders"
        case agendaSnoozes = "agenda_snoozes"
        case progressUpdates = "progress_updates"
        case metricPoints = "metric_points"
        case changeLog = "change_log"
    }

    /// What is read first, so a file of another kind or version is named as such rather than
    /// by the first field it lacks.
    private struct Header: Decodable {
        var format: String?
        var version: Int?
    }

    /// Reads and checks a book file: its format and version, then every field's presence and
    /// type. A failure names `file` and the JSON path of what is wrong.
    public static func decode(_ data: Data, file: String) throws -> BookFile {
        let decoder = JSONDecoder()
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: data)
        } catch {
            throw BookFileError(file: file, path: "", reason: "not a Rapport book file (not a JSON object)")
        }
        guard header.format == BookJSONExport.format else {
            let found = header.format.map { "\"\($0)\"" } ?? "nothing"
            throw BookFileError(file: file, path: "format", reason: "expected \"\(BookJSONExport.format)\", found \(found)")
        }
        guard let version = header.version, BookJSONExport.readableVersions.contains(version) else {
            let found = header.version.map(String.init) ?? "nothing"
            throw BookFileError(
                file: file, path: "version",
                reason: "this Rapport reads versions \(BookJSONExport.readableVersions.map(String.init).joined(separator: " and ")), found \(found) — use the Rapport that wrote it")
        }
        do {
            let current = version == BookJSONExport.version ? data : try BookFileUpgrade.toCurrent(data, from: version)
            return try decoder.decode(BookFile.self, from: current)
        } catch let error as DecodingError {
            // Foundation reports a number that is not a whole one (10.5 for an id) as invalid
            // JSON, with no path; every number of a book file is whole, so the first that is
            // not is the culprit.
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
                let object = try? JSONSerialization.jsonObject(with: data), let (path, number) = firstFraction(in: object, at: "")
            {
                throw BookFileError(file: file, path: path, reason: "\(number) is not a whole number (amounts are integers of minor units)")
            }
            throw BookFileError(file: file, error)
        }
    }

    /// The path and text of the first number in `value` that is not a whole number in range.
    private static func firstFraction(in value: Any, at path: String) -> (String, String)? {
        switch value {
        case let object as [String: Any]:
            for key in object.keys.sorted() {
                if let value = object[key], let found = firstFraction(in: value, at: path.isEmpty ? key : path + "." + key) { return found }
            }
        case let array as [Any]:
            for (index, element) in array.enumerated() {
                if let found = firstFraction(in: element, at: "\(path)[\(index)]") { return found }
            }
        case is Bool, is String:
            break
        case let number as NSNumber:
            if Int64(exactly: number.doubleValue) == nil { return (path, number.stringValue) }
        default:
            break
        }
        return nil
    }
}

/// A book file that cannot be restored: the file, the JSON path (`accounts[12].renewal_date`)
/// and what is wrong, on one line.
public struct BookFileError: Error, CustomStringConvertible, Hashable, Sendable {
    public let file: String
    public let path: String
    public let reason: String

    public init(file: String, path: String, reason: String) {
        self.file = file
        self.path = path
        self.reason = reason
    }

    init(file: String, _ error: DecodingError) {
        self.file = file
        switch error {
        case .keyNotFound(let key, let context):
            path = Self.path(context.codingPath + [key])
            reason = "missing (every field is required; write null for none)"
        case .typeMismatch(let type, let context):
            path = Self.path(context.codingPath)
            reason = "expected \(Self.name(of: type))"
        case .valueNotFound(let type, let context):
            path = Self.path(context.codingPath)
            reason = "is null, expected \(Self.name(of: type))"
        case .dataCorrupted(let context):
            path = Self.path(context.codingPath)
            reason = context.codingPath.isEmpty ? "not valid JSON" : "not a valid value (\(context.debugDescription))"
        @unknown default:
            path = ""
            reason = "not a valid book file"
        }
    }

    /// `accounts[12].renewal_date`
    static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Bool.Type: return "true or false"
        case is Int.Type, is Int64.Type: return "a whole number"
        case is [Any].Type: return "a list"
        default: return type is Decodable.Type && "\(type)".hasPrefix("Array") ? "a list" : "an object"
        }
    }

    public var description: String {
        (path.isEmpty ? "\(file): " : "\(file): \(path): ") + reason
    }
}
