import Foundation
import GRDB
import RapportCore

/// Plans imports of the records that belong to an account: interactions, initiatives and
/// opportunities. Each row is matched by Rapport id, else within its account by what names it
/// (an initiative's title, an opportunity's name, an interaction's day, kind and summary);
/// an id no record has (another store's export) falls back to that match, then to a create.
extension AppDatabase {
    public func planInteractionImport(_ drafts: [InteractionDraft], problems: [ImportProblem], source: String) throws -> ImportPlan {
        try read { db in
            var stored = try InteractionRecord.fetchAll(db).map(\.value)
            var links: [Int64: [Int64]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT interaction_id, contact_id FROM interaction_contact ORDER BY contact_id") {
                try links[row.decode(atIndex: 0), default: []].append(row.decode(atIndex: 1))
            }
            for index in stored.indices { stored[index].contactIDs = links[stored[index].id ?? 0] ?? [] }
            let people = try ContactDirectory(db)
            let planner = RecordPlanner<Interaction, InteractionDraft>(
                kind: .interactions, book: try BookIndex(db), stored: stored,
                line: \.line, id: \.id, account: \.account,
                key: { "\($0.accountID) \($0.date.iso) \($0.kind.rawValue) \(BookIndex.key($0.summary))" },
                subject: { "\($0.kind.label) of \($0.date.iso)" },
                build: { draft, stored, account in
                    var interaction: Interaction
                    if let stored {
                        interaction = draft.applied(to: stored)
                    } else {
                        guard let date = draft.date, let summary = draft.summary else {
                            throw ValueProblem("no \(draft.date == nil ? "date" : "summary") — a new interaction needs one")
                        }
                        interaction = draft.applied(to: Interaction(accountID: account.id ?? 0, kind: .call, date: date, summary: summary))
                    }
                    if let ids = draft.contactIDs, people.allBelong(ids, to: account) {
                        interaction.contactIDs = ids
                    } else if let names = draft.contacts {
                        interaction.contactIDs = try people.ids(of: names, in: account)
                    } else if draft.contactIDs != nil {
                        throw ValueProblem("the contact ids are not all contacts of \(account.name) — list the contacts by name or email")
                    }
                    interaction.contactIDs.sort()
                    return interaction
                },
                record: { changes, original, edited in
                    if let original { changes.interactionEdits.append(RecordEdit(original: original, edited: edited)) } else { changes.newInteractions.append(edited) }
                })
            return planner.plan(drafts, problems: problems, source: source)
        }
    }

    public func planInitiativeImport(_ drafts: [InitiativeDraft], problems: [ImportProblem], source: String) throws -> ImportPlan {
        try read { db in
            let planner = RecordPlanner<Initiative, InitiativeDraft>(
                kind: .initiatives, book: try BookIndex(db), stored: try InitiativeRecord.fetchAll(db).map(\.value),
                line: \.line, id: \.id, account: \.account,
                key: { "\($0.accountID) \(BookIndex.key($0.title))" },
                subject: \.title,
                build: { draft, stored, account in
                    if let stored {
                        // A title that differs only in case or accents found it; it does not rename it.
                        var draft = draft
                        if let title = draft.title, BookIndex.key(title) == BookIndex.key(stored.title) { draft.title = nil }
                        return draft.applied(to: stored)
                    }
                    guard draft.title != nil else { throw ValueProblem("no title — a new initiative needs one") }
                    return draft.newInitiative(accountID: account.id ?? 0, defaultOwner: account.owner)
                },
                record: { changes, original, edited in
                    if let original { changes.initiativeEdits.append(RecordEdit(original: original, edited: edited)) } else { changes.newInitiatives.append(edited) }
                })
            return planner.plan(drafts, problems: problems, source: source)
        }
    }

    public func planOpportunityImport(_ drafts: [OpportunityDraft], problems: [ImportProblem], source: String) throws -> ImportPlan {
        try read { db in
            let planner = RecordPlanner<Opportunity, OpportunityDraft>(
                kind: .opportunities, book: try BookIndex(db), stored: try OpportunityRecord.fetchAll(db).map(\.value),
                line: \.line, id: \.id, account: \.account,
                key: { "\($0.accountID) \(BookIndex.key($0.name))" },
                subject: \.name,
                build: { draft, stored, account in
                    if let stored {
                        var draft = draft
                        if let name = draft.name, BookIndex.key(name) == BookIndex.key(stored.name) { draft.name = nil }
                        return draft.applied(to: stored)
                    }
                    guard draft.name != nil, let opportunity = draft.newOpportunity(accountID: account.id ?? 0) else {
                        throw ValueProblem("no \(draft.name == nil ? "name" : "close date") — a new opportunity needs one")
                    }
                    return opportunity
                },
                record: { changes, original, edited in
                    if let original { changes.opportunityEdits.append(RecordEdit(original: original, edited: edited)) } else { changes.newOpportunities.append(edited) }
                })
            return planner.plan(drafts, problems: problems, source: source)
        }
    }
}

/// The matching every account-owned record kind shares; what differs per kind is passed in.
struct RecordPlanner<Value: EditableRecord & AccountOwned, Draft> {
    let kind: ImportKind
    let book: BookIndex
    let stored: [Value]
    let line: (Draft) -> Int
    let id: (Draft) -> Int64?
    let account: (Draft) -> AccountReference
    /// What names a record within the book when the row has no id that matches.
    let key: (Value) -> String
    let subject: (Value) -> String
    /// The record as the row leaves it: `stored` with the row's fields, or a new one.
    let build: (Draft, Value?, Account) throws -> Value
    let record: (inout ImportChanges, Value?, Value) -> Void

    func plan(_ drafts: [Draft], problems: [ImportProblem], source: String) -> ImportPlan {
        var plan = ImportPlan(kind: kind, source: source)
        plan.problems = problems
        let resolver = AccountResolver(book: book)
        let byID = Dictionary(stored.compactMap { value in value.id.map { ($0, value) } }, uniquingKeysWith: { first, _ in first })
        let byKey = Dictionary(stored.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        var claimed: [String: Int] = [:]
        for draft in drafts {
            let line = line(draft)
            var existing = id(draft).flatMap { byID[$0] }
            if let id = id(draft), existing == nil, account(draft).isEmpty {
                plan.problems.append(ImportProblem(line: line, message: "no \(kind.noun) has the Rapport id \(id) — leave the id blank to create it"))
                continue
            }
            let owner: Account
            switch existing.flatMap({ book.accounts[$0.accountID] }).map(Result.success) ?? resolver.resolve(account(draft)) {
            case .success(let account): owner = account
            case .failure(let problem):
                plan.problems.append(ImportProblem(line: line, message: problem.message))
                continue
            }
            do {
                if existing == nil { existing = byKey[key(try build(draft, nil, owner))] }
                let edited = try build(draft, existing, owner)
                let claim = existing.map { "id \($0.id ?? 0)" } ?? id(draft).map { "new id \($0)" } ?? key(edited)
                if let earlier = claimed[claim] {
                    plan.problems.append(ImportProblem(line: line, message: "the same \(kind.noun) as line \(earlier) — each \(kind.noun) once per file"))
                    continue
                }
                claimed[claim] = line
                let subject = "\(subject(existing ?? edited)) (\(owner.name))"
                if let existing {
                    if edited == existing {
                        plan.unchanged.append(.init(line: line, subject: subject))
                    } else {
                        plan.updated.append(.init(line: line, subject: subject, fields: Value.changedFields(from: existing, to: edited)))
                        record(&plan.changes, existing, edited)
                    }
                } else {
                    // Created under the file's id when it has one no record here has, so the
                    // same file imported again matches it.
                    var created = edited
                    created.id = id(draft)
                    plan.created.append(.init(line: line, subject: subject))
                    record(&plan.changes, nil, created)
                }
            } catch let problem as ValueProblem {
                plan.problems.append(ImportProblem(line: line, message: problem.message))
            } catch {
                plan.problems.append(ImportProblem(line: line, message: "\(error)"))
            }
        }
        plan.problems.sort { $0.line < $1.line }
        plan.changes.description = "imported \(source)"
        return plan
    }
}

/// A record that belongs to one account.
protocol AccountOwned {
    var accountID: Int64 { get }
}

extension Interaction: AccountOwned {}
extension Initiative: AccountOwned {}
extension Opportunity: AccountOwned {}

/// The book's contacts by account, for an interaction's "Contacts" cell: each name or email
/// must be one contact of the interaction's account.
struct ContactDirectory {
    private let byAccount: [Int64: [Contact]]

    init(_ db: Database) throws {
        byAccount = Dictionary(grouping: try ContactRecord.fetchAll(db).map(\.value), by: \.accountID)
    }

    /// Whether every one of `ids` is a contact of `account` (Rapport's own ids, same store).
    func allBelong(_ ids: [Int64], to account: Account) -> Bool {
        let known = Set((byAccount[account.id ?? 0] ?? []).compactMap(\.id))
        return ids.allSatisfy(known.contains)
    }

    func ids(of names: [String], in account: Account) throws -> [Int64] {
        let contacts = byAccount[account.id ?? 0] ?? []
        return try names.map { name in
            let key = BookIndex.key(name)
            let matches = contacts.filter { !$0.email.isEmpty && $0.email.lowercased() == name.lowercased() }
            let found = matches.isEmpty ? contacts.filter { BookIndex.key($0.name) == key } : matches
            guard found.count == 1, let id = found[0].id else {
                if found.isEmpty {
                    throw ValueProblem("no contact of \(account.name) is named '\(name)' or has that email — import the contacts first, or correct the contacts column")
                }
                throw ValueProblem("'\(name)' is \(found.count) contacts of \(account.name) — name them by email instead")
            }
            return id
        }
    }
}
