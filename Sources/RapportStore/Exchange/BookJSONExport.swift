import Foundation
import GRDB

/// The whole book as one JSON document (docs/export-format.md): every table in its own array
/// under a key named after it, records in id order, keys sorted, so two exports of the same
/// book are the same bytes and a diff of two exports shows only what changed.
///
/// The document is written record by record: each record is encoded by `JSONEncoder` on its
/// own and indented into place, so memory holds one record, never a table.
enum BookJSONExport {
    static let format = "rapport-book"
    static let version = 2
    /// Version 1 files (before milestones, stakeholders and account lifecycles) are read too.
    static let readableVersions = 1...2

    static func write(_ db: Database, to stream: ExportStream) throws {
        let reader = BookReader(db: db)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // The envelope's own keys, in sorted order as the records' keys are.
        try stream.write("{\n")
        try array("accounts", in: stream, encoder, reader.accounts)
        try array("agenda_snoozes", in: stream, encoder, reader.agendaSnoozes)
        try array("change_log", in: stream, encoder, reader.changes)
        try array("contacts", in: stream, encoder, reader.contacts)
        try field("format", format, in: stream, encoder)
        try array("initiative_stakeholders", in: stream, encoder, reader.stakeholders)
        try array("initiatives", in: stream, encoder, reader.initiatives)
        try array("interactions", in: stream, encoder, reader.interactions)
        try array("metric_points", in: stream, encoder, reader.metricPoints)
        try array("milestones", in: stream, encoder, reader.milestones)
        try field("money", BookRecords.MoneyConvention.current, in: stream, encoder)
        try array("opportunities", in: stream, encoder, reader.opportunities)
        try array("progress_updates", in: stream, encoder, reader.progressUpdates)
        try stream.write("  \"version\" : \(version)\n}\n")
        try stream.flush()
    }

    private static func field(_ key: String, _ value: some Encodable, in stream: ExportStream, _ encoder: JSONEncoder) throws {
        try stream.write("  \"\(key)\" : \(indented(try encoder.encode(value), by: "  ")),\n")
    }

    /// `"key" : [ records ],` with each record on its own lines, indented two levels.
    private static func array<Record: Encodable>(
        _ key: String, in stream: ExportStream, _ encoder: JSONEncoder, _ records: ((Record) throws -> Void) throws -> Void
    ) throws {
        var first = true
        try records { record in
            try stream.write(first ? "  \"\(key)\" : [\n    " : ",\n    ")
            first = false
            try stream.write(indented(try encoder.encode(record), by: "    "))
        }
        try stream.write(first ? "  \"\(key)\" : [],\n" : "\n  ],\n")
    }

    /// Encoded JSON with every line after the first indented, so it nests in the document.
    private static func indented(_ json: Data, by indent: String) -> String {
        String(decoding: json, as: UTF8.self).replacingOccurrences(of: "\n", with: "\n" + indent)
    }
}

extension AppDatabase {
    /// Writes the whole book as JSON (see `BookJSONExport`) from one read transaction, so the
    /// file is the book at one moment even while other windows write.
    public func exportBookJSON(to stream: ExportStream) throws {
        try read { db in try BookJSONExport.write(db, to: stream) }
    }
}
