import RapportCore
import RapportStore

/// What `:import` and `:export` take after their name, read from the command line's text.
enum FileArguments {
    static let exportFormats = ["json", "csv", "vcard", "ics"]

    /// `FILE [--kind KIND]`: the file may hold spaces; the kind is one `ImportKind`.
    static func importing(_ argument: String) -> Result<(path: String, kind: ImportKind?), FileWorkFailure> {
        var path = argument
        var kind: ImportKind?
        if let range = argument.range(of: "--kind") {
            path = String(argument[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            let name = argument[range.upperBound...].trimmingCharacters(in: .whitespaces).lowercased()
            if name == "book" {
                kind = nil
            } else {
                guard let named = ImportKind(rawValue: name), ImportKind.supported.contains(named) else {
                    let kinds = (ImportKind.supported.map(\.rawValue) + ["book"]).joined(separator: ", ")
                    return .failure(FileWorkFailure(":import --kind \(name.isEmpty ? "needs a kind" : "'\(name)'") — one of \(kinds)"))
                }
                kind = named
            }
        }
        guard !path.isEmpty else { return .failure(FileWorkFailure(":import needs a file (Tab completes it): :import accounts.csv --kind accounts")) }
        return .success((path, kind))
    }

    /// `FORMAT [KIND] [FILE]`: json, csv KIND, vcard or ics, and where (nil: the default name).
    static func exporting(_ argument: String) -> Result<(choice: ExportChoice, path: String?), FileWorkFailure> {
        let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
        guard let format = words.first?.lowercased() else {
            return .failure(FileWorkFailure(":export needs a format — \(exportFormats.joined(separator: ", "))"))
        }
        var rest = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        let choice: ExportChoice
        switch format {
        case "json": choice = .book
        case "vcard": choice = .contactCards
        case "ics": choice = .calendar
        case "csv":
            let parts = rest.split(separator: " ", maxSplits: 1).map(String.init)
            let kinds = ExportRecordKind.allCases.map(\.rawValue).joined(separator: ", ")
            guard let name = parts.first, let kind = ExportRecordKind(rawValue: name.lowercased()) else {
                return .failure(FileWorkFailure(":export csv needs a kind — \(kinds)"))
            }
            choice = .csv(kind)
            rest = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        default:
            return .failure(FileWorkFailure(":export '\(format)' is not a format — \(exportFormats.joined(separator: ", "))"))
        }
        return .success((choice, rest.isEmpty ? nil : rest))
    }
}
