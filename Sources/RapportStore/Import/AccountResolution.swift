import RapportCore

/// Finds the account a row names (Rapport id, else name, else domain), or says why none: the
/// line and value, the names closest to it, and that the accounts are imported first.
final class AccountResolver {
    let book: BookIndex
    /// Suggestions per folded name, so a file that names one missing account a thousand times
    /// searches the book once.
    private var suggestions: [String: [String]] = [:]

    init(book: BookIndex) { self.book = book }

    func resolve(_ reference: AccountReference) -> Result<Account, ValueProblem> {
        if let id = reference.id {
            if let account = book.accounts[id] { return .success(account) }
            // An id from another store's export: its name may still find the account.
            if reference.name == nil { return .failure(ValueProblem("no account has the Rapport id \(id) — import the accounts first, or correct the account id column")) }
        }
        if let name = reference.name {
            if let account = book.accountByName[BookIndex.key(name)] { return .success(account) }
            return .failure(ValueProblem("no account is named '\(name)'\(didYouMean(name)) — import the accounts first (rapport import FILE --kind accounts), or correct the account column"))
        }
        if let domain = reference.domain {
            if let id = book.accountByDomain[domain], let account = book.accounts[id] { return .success(account) }
            return .failure(ValueProblem("no account's contacts have emails at \(domain) — import the accounts and contacts first, or give the account's name"))
        }
        return .failure(ValueProblem("no account — give the account's name or Rapport id"))
    }

    /// " — did you mean 'Acme Corp' or 'Acme Group'?", or nothing when no name is close.
    func didYouMean(_ name: String) -> String {
        let key = BookIndex.key(name)
        let found: [String]
        if let known = suggestions[key] {
            found = known
        } else {
            found = NameSuggestions.closest(to: name, among: book.accounts.values.lazy.map(\.name))
            suggestions[key] = found
        }
        guard !found.isEmpty else { return "" }
        let quoted = found.map { "'\($0)'" }
        let list = quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
        return "; did you mean \(list)?"
    }
}
