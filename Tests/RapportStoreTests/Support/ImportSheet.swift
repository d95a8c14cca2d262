import Foundation
import RapportCore
@testable import RapportStore
import XCTest

extension AppDatabase {
    /// Plans a CSV given as text, as `rapport import` would: header mapped, rows parsed, a
    /// metric sheet's shape settled, then matched with this store. Writes nothing.
    func planSheet(_ text: String, kind: ImportKind, metric: String? = nil, values: MetricSheetValues? = nil) throws -> ImportPlan {
        var reader = CSVReader(bytes: Array(text.utf8))
        let header = try XCTUnwrap(reader.next()).fields
        var rows: [CSVRow] = []
        while let row = try reader.next() { rows.append(row) }
        let mapping = try ColumnMapping.make(header: header, kind: kind, overrides: [:]).get()
        let parser = ImportRowParser(mapping: mapping, dateOrder: nil, rows: rows)
        let sheet = kind == .metrics ? try MetricSheet.make(parser: parser, metric: metric, values: values).get() : nil
        return try planImport(kind, rows: rows, parser: parser, sheet: sheet, source: "test.csv")
    }

    /// Every stored month of `metric`, in account and month order.
    func allMetricPoints(_ metric: String) throws -> [MetricPoint] {
        try read { db in
            try MetricPointRecord.filter(sql: "metric = ?", arguments: [metric]).order(sql: "account_id, month").fetchAll(db).map(\.value)
        }
    }
}
