import Foundation
import GRDB
import RapportCore

/// Matches a file's drafts with what the store holds and works out the plan: by Rapport id,
/// else by name (accents and case folded as search folds them), else by email domain.
///
/// Rapport keeps no website or domain on an account, so an account's domains are those of its
/// contacts' emails; a domain shared by two accounts matches neither.
extension AppDatabase {
    public func planAccountImport(_ drafts: [AccountDraft], problems: [ImportProblem], source: String) throws -> ImportPlan {
        try read { db in
            var plan = ImportPlan(kind: .accounts, source: source)
            plan.problems = problems
            let book = try BookIndex(db)
            var claimed: [String: Int] = [:]  // account key → the line that claimed it
            for draft in drafts {
                let stored: Account?
                if let id = draft.id, let account = book.accounts[id] {
                    stored = account
                } else if let id = draft.id, draft.name == nil {
                    plan.problems.append(ImportProblem(line: draft.line, message: "no account has the Rapport id \(id) — give its name too, or leave the id blank to create it"))
                    continue
                } else {
                    // No id, or one no account here has (another store's export): match by name
                    // or domain, else create the account under the file's id.
                    stored = draft.name.flatMap { book.accountByName[BookIndex.key($0)] }
                        ?? draft.domain.flatMap { book.accountByDomain[$0] }.flatMap { book.accounts[$0] }
                }
                let key = stored.map { "id \($0.id ?? 0)" } ?? draft.id.map { "new id \($0)" } ?? "name \(BookIndex.key(draft.name ?? ""))"
                if let earlier = claimed[key] {
                    plan.problems.append(ImportProblem(line: draft.line, message: "the same account as line \(earlier) — each account once per file"))
                    continue
                }
                claimed[key] = draft.line
                if let stored {
                    var draft = draft
                    // A name that only differs in case or accents ("muller gmbh") found the
                    // account; it does not rename it.
                    if let name = draft.name, BookIndex.key(name) == BookIndex.key(stored.name) { draft.name = nil }
                    let edited = draft.applied(to: stored)
                    if edited == stored {
                        plan.unchanged.append(.init(line: draft.line, subject: stored.name))
                    } else {
                        plan.updated.append(.init(line: draft.line, subject: stored.name, fields: Account.changedFields(from: stored, to: edited)))
                        plan.changes.accountEdits.append(RecordEdit(original: stored, edited: edited))
                    }
                } else {
                    var account = draft.newAccount
                    account.id = draft.id
                    plan.created.append(.init(line: draft.line, subject: account.name))
                    plan.changes.newAccounts.append(account)
                }
            }
            plan.changes.description = "imported \(source)"
            return plan
        }
    }

    public func planContactImport(_ drafts: [ContactDraft], problems: [ImportProblem], source: String) throws -> ImportPlan {
        try read { db in
            var plan = ImportPlan(kind: .contacts, source: source)
            plan.problems = problems
            let book = try BookIndex(db)
            let resolver = AccountResolver(book: book)
            let contacts = try ContactRecord.fetchAll(db).map(\.value)
            let byID = Dictionary(contacts.compactMap { contact in contact.id.map { ($0, contact) } }, uniquingKeysWith: { first, _ in first })
            let byEmail = Dictionary(contacts.filter { !$0.email.isEmpty }.map { ($0.email.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
            let byName = Dictionary(contacts.map { ("\($0.accountID) \(BookIndex.key($0.name))", $0) }, uniquingKeysWith: { first, _ in first })
            var claimed: [String: Int] = [:]
            let managers = ManagerLookup(stored: contacts, fileIDs: Set(drafts.compactMap(\.id)).subtracting(byID.keys))
            for draft in drafts {
                var stored = draft.id.flatMap { byID[$0] }
                if let id = draft.id, stored == nil, draft.name == nil {
                    plan.problems.append(ImportProblem(line: draft.line, message: "no contact has the Rapport id \(id) — give the name too, or leave the id blank to create it"))
                    continue
                }
                let accountID: Int64?
                if let id = draft.accountID {
                    accountID = book.accounts[id] != nil ? id : nil
                } else if let name = draft.accountName {
                    accountID = book.accountByName[BookIndex.key(name)]?.id
                } else {
                    accountID = stored?.accountID ?? draft.emailDomain.flatMap { book.accountByDomain[$0] }
                }
                guard let accountID = accountID ?? stored?.accountID else {
                    let named = draft.accountName.map { "no account is named '\($0)'\(resolver.didYouMean($0))" }
                        ?? draft.accountID.map { "no account has the Rapport id \($0)" }
                        ?? "no account's contacts have emails at \(draft.emailDomain ?? "that domain")"
                    plan.problems.append(ImportProblem(
                        line: draft.line,
                        message: "\(named) — import the accounts first (rapport import FILE --kind accounts), then this file; or correct the account column"))
                    continue
                }
                if stored == nil, let email = draft.email?.lowercased() { stored = byEmail[email] }
                if stored == nil, let name = draft.name { stored = byName["\(accountID) \(BookIndex.key(name))"] }
                var draft = draft
                switch managers.resolve(id: draft.reportsToID, name: draft.reportsTo, accountID: accountID) {
                case .success(let managerID): draft.reportsToID = managerID
                case .failure(let problem):
                    plan.problems.append(ImportProblem(line: draft.line, message: problem.message))
                    continue
                }
                let accountName = book.accounts[accountID]?.name ?? ""
                let key = stored.map { "id \($0.id ?? 0)" } ?? draft.id.map { "new id \($0)" } ?? "\(accountID) \(BookIndex.key(draft.name ?? ""))"
                if let earlier = claimed[key] {
                    plan.problems.append(ImportProblem(line: draft.line, message: "the same contact as line \(earlier) — each contact once per file"))
                    continue
                }
                claimed[key] = draft.line
                if let stored {
                    var draft = draft
                    if let name = draft.name, BookIndex.key(name) == BookIndex.key(stored.name) { draft.name = nil }
                    if let email = draft.email, email.lowercased() == stored.email.lowercased() { draft.email = nil }
                    let edited = draft.applied(to: stored)
                    let subject = "\(stored.name) (\(accountName))"
                    if edited == stored {
                        plan.unchanged.append(.init(line: draft.line, subject: subject))
                    } else {
                        plan.updated.append(.init(line: draft.line, subject: subject, fields: Contact.changedFields(from: stored, to: edited)))
                        plan.changes.contactEdits.append(RecordEdit(original: stored, edited: edited))
                    }
                } else {
                    var contact = draft.newContact(accountID: accountID)
                    contact.id = draft.id
                    plan.created.append(.init(line: draft.line, subject: "\(contact.name) (\(accountName))"))
                    plan.changes.newContacts.append(contact)
                }
            }
            plan.refuseLeavingAccountsWithoutMainContact(accountNames: { book.accounts[$0]?.name ?? "" })
            plan.refuseReportingLoops(stored: contacts)
            plan.changes.description = "imported \(source)"
            return plan
        }
    }
}

/// The book's accounts as the planner looks them up.
struct BookIndex {
    let accounts: [Int64: Account]
    let accountByName: [String: Account]
    /// A domain of some contacts' emails → the one account they belong to.
    let accountByDomain: [String: Int64]

    init(_ db: Database) throws {
        let all = try AccountRecord.fetchAll(db).map(\.value)
        accounts = Dictionary(all.compactMap { account in account.id.map { ($0, account) } }, uniquingKeysWith: { first, _ in first })
        accountByName = Dictionary(all.map { (Self.key($0.name), $0) }, uniquingKeysWith: { first, _ in first })
        var owners: [String: Set<Int64>] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT account_id, email FROM contact WHERE email LIKE '%@%'") {
            let accountID: Int64 = try row.decode(atIndex: 0)
            let email: String = try row.decode(atIndex: 1)
            if let domain = ImportValues.domain(ofEmail: email) { owners[domain, default: []].insert(accountID) }
        }
        accountByDomain = owners.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// A name as matching compares it: the words of search, accents and case folded
    /// ("Müller GmbH" and "MULLER  gmbh" meet).
    static func key(_ name: String) -> String {
        SearchText.words(name).joined(separator: " ")
    }
}
