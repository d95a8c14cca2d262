/// Turns a file's rows into drafts of records, checking every cell against the field's rule.
/// A row with any bad cell becomes problems (one per cell) instead of a draft.
public struct ImportRowParser: Sendable {
    public let mapping: ColumnMapping
    /// `--date-format`, or nil to work it out per column.
    public let dateOrder: DateOrder?
    /// The order each date column's unambiguous values imply.
    var columnOrders: [Int: DateOrder] = [:]

    public init(mapping: ColumnMapping, dateOrder: DateOrder?, rows: [CSVRow]) {
        self.mapping = mapping
        self.dateOrder = dateOrder
        if dateOrder == nil {
            for field in [ImportField.renewal, .followUp, .date, .due, .close] {
                guard let column = mapping.columns[field] else { continue }
                let readings = rows.compactMap { ImportDate.read($0.fields[column]) }
                if let order = ImportDate.impliedOrder(of: readings) { columnOrders[column] = order }
            }
        }
    }

    public func accounts(_ rows: [CSVRow]) -> (drafts: [AccountDraft], problems: [ImportProblem]) {
        parse(rows) { row, cell in
            var draft = AccountDraft(line: row.line)
            draft.id = cell(.id) { try Self.id($0) }
            draft.name = cell(.name) { try ImportValues.text($0) }
            draft.industry = cell(.industry) { try ImportValues.text($0) }
            draft.region = cell(.region) { try ImportValues.text($0) }
            draft.tier = cell(.tier) { try Self.choice($0, ImportValues.tier, AccountTier.allCases.map(\.label)) }
            draft.owner = cell(.owner) { try ImportValues.text($0) }
            draft.arr = cell(.arr) { text in
                switch ImportAmount.parse(text) {
                case .success(let money): return money
                case .failure(.empty): return nil
                case .failure(.notAnAmount): throw ValueProblem("'\(text)' is not an amount — expected 1,250,000, $12,400.50, 1.234,50 € or 1.2M")
                case .failure(let error): throw ValueProblem("'\(text)': \(error)")
                }
            }
            draft.renewal = cell(.renewal) { try date($0, column: mapping.columns[.renewal]) }
            draft.followUp = cell(.followUp) { try date($0, column: mapping.columns[.followUp]) }
            draft.cadence = cell(.cadence) { try Self.cadence($0) }
            draft.notes = cell(.notes) { try ImportValues.notes($0) }
            draft.domain = cell(.domain) { ImportValues.domain(ofWebsite: $0) }
            if draft.id == nil && draft.name == nil { throw ValueProblem("no name — every new account needs one") }
            return draft
        }
    }

    public func contacts(_ rows: [CSVRow]) -> (drafts: [ContactDraft], problems: [ImportProblem]) {
        parse(rows) { row, cell in
            var draft = ContactDraft(line: row.line)
            draft.id = cell(.id) { try Self.id($0) }
            draft.accountName = cell(.account) { try ImportValues.text($0) }
            draft.accountID = cell(.accountID) { try Self.id($0) }
            let first = cell(.firstName) { try ImportValues.text($0) }
            let last = cell(.lastName) { try ImportValues.text($0) }
            draft.name = cell(.name) { try ImportValues.text($0) }
            if draft.name == nil, first != nil || last != nil { draft.name = [first, last].compactMap { $0 }.joined(separator: " ") }
            draft.title = cell(.title) { try ImportValues.text($0) }
            draft.email = cell(.email) { text in
                guard let email = try ImportValues.text(text) else { return nil }
                guard ImportValues.email(email) else { throw ValueProblem("'\(email)' is not an email address — expected name@company.com") }
                return email
            }
            draft.phone = cell(.phone) { try ImportValues.text($0) }
            draft.role = cell(.role) { try Self.choice($0, ImportValues.role, ContactRole.allCases.map(\.label)) }
            draft.influence = cell(.influence) { text in
                guard let value = try ImportValues.text(text) else { return nil }
                guard let number = Int(value), (1...5).contains(number) else { throw ValueProblem("'\(value)' — expected an influence from 1 to 5") }
                return number
            }
            draft.sentiment = cell(.sentiment) { try Self.choice($0, ImportValues.sentiment, ContactSentiment.allCases.map(\.rawValue)) }
            draft.isMainContact = cell(.main) { try Self.choice($0, ImportValues.yesNo, ["yes", "no"]) }
            draft.cadence = cell(.cadence) { try Self.cadence($0) }
            draft.reportsTo = cell(.reportsTo) { try ImportValues.text($0) }
            draft.reportsToID = cell(.reportsToID) { try Self.id($0) }
            if draft.id == nil && draft.name == nil { throw ValueProblem("no name — every new contact needs one") }
            if draft.id == nil && draft.accountName == nil && draft.accountID == nil && draft.emailDomain == nil {
                throw ValueProblem("no account — give the account's name, its Rapport id, or an email at its domain")
            }
            return draft
        }
    }

    // MARK: - Cells

    /// Reads one row's cells, collecting a problem for each bad one.
    final class RowCells {
        let row: CSVRow
        let mapping: ColumnMapping
        var problems: [ImportProblem] = []

        init(row: CSVRow, mapping: ColumnMapping) {
            self.row = row
            self.mapping = mapping
        }

        func callAsFunction<Value>(_ field: ImportField, _ read: (String) throws -> Value?) -> Value? {
            guard let column = mapping.columns[field] else { return nil }
            return self.column(column, read)
        }

        /// The cell of one column by its index (a wide sheet's month), checked by `read`.
        func column<Value>(_ column: Int, _ read: (String) throws -> Value?) -> Value? {
            do {
                return try read(row.fields[column])
            } catch let problem as ValueProblem {
                problems.append(ImportProblem(line: row.line, column: column + 1, header: mapping.header[column], message: problem.message))
            } catch {
                problems.append(ImportProblem(line: row.line, column: column + 1, header: mapping.header[column], message: "\(error)"))
            }
            return nil
        }
    }

    /// Runs `build` on each row; each bad cell becomes a problem naming its line and column.
    func parse<Draft>(_ rows: [CSVRow], build: (CSVRow, RowCells) throws -> Draft) -> (drafts: [Draft], problems: [ImportProblem]) {
        var drafts: [Draft] = []
        var problems: [ImportProblem] = []
        for row in rows {
            let cells = RowCells(row: row, mapping: mapping)
            do {
                let draft = try build(row, cells)
                if cells.problems.isEmpty { drafts.append(draft) }
            } catch let problem as ValueProblem {
                if cells.problems.isEmpty { cells.problems.append(ImportProblem(line: row.line, message: problem.message)) }
            } catch {
                cells.problems.append(ImportProblem(line: row.line, message: "\(error)"))
            }
            problems += cells.problems.sorted { ($0.column ?? 0) < ($1.column ?? 0) }
        }
        return (drafts, problems)
    }

    func date(_ text: String, column: Int?) throws -> Day? {
        let trimmed = String(Substring(text).trimmingWhitespace())
        if trimmed.isEmpty { return nil }
        guard let reading = ImportDate.read(trimmed) else {
            throw ValueProblem("'\(trimmed)' is not a date — expected 2026-03-04, 04/03/2026, 4 Mar 2026 or Mar 4, 2026")
        }
        let order = dateOrder ?? column.flatMap { columnOrders[$0] }
        guard let resolved = ImportDate.resolve(reading, order: order) else {
            throw ValueProblem("'\(trimmed)' could be day/month or month/day and no other date in the column settles it — pass --date-format dmy or --date-format mdy")
        }
        guard let day = resolved else {
            throw ValueProblem("'\(trimmed)' is not a date when read as \(order?.rawValue ?? "written") — check the value or --date-format")
        }
        return day
    }

    static func id(_ text: String) throws -> Int64? {
        let trimmed = String(Substring(text).trimmingWhitespace())
        if trimmed.isEmpty { return nil }
        guard let id = Int64(trimmed), id > 0 else { throw ValueProblem("'\(trimmed)' is not a Rapport id — expected a whole number from rapport's own export") }
        return id
    }

    static func cadence(_ text: String) throws -> Int? {
        let trimmed = String(Substring(text).trimmingWhitespace())
        if trimmed.isEmpty { return nil }
        guard let days = Int(trimmed), ImportValues.cadenceDays.contains(days) else {
            throw ValueProblem("'\(trimmed)' — expected a number of days from 1 to 365")
        }
        return days
    }

    static func choice<Value>(_ text: String, _ read: (String) -> Value?, _ names: [String]) throws -> Value? {
        let trimmed = String(Substring(text).trimmingWhitespace())
        if trimmed.isEmpty { return nil }
        guard let value = read(trimmed) else { throw ValueProblem("'\(trimmed)' — expected one of \(names.joined(separator: ", "))") }
        return value
    }
}
