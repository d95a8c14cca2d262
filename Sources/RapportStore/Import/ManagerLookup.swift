import RapportCore

/// Whom an imported contact reports to: a Rapport id (of a stored contact of the same account,
/// or of a contact the same file creates under that id), else a name or email of one stored
/// contact of the account.
struct ManagerLookup {
    let stored: [Contact]
    /// Ids the file gives that no stored contact has: contacts it creates under those ids.
    let fileIDs: Set<Int64>

    func resolve(id: Int64?, name: String?, accountID: Int64) -> Result<Int64?, ValueProblem> {
        if let id {
            if fileIDs.contains(id) || stored.contains(where: { $0.id == id && $0.accountID == accountID }) { return .success(id) }
            if name == nil { return .failure(ValueProblem("reports to the Rapport id \(id), which is no contact of this account")) }
        }
        guard let name else { return .success(nil) }
        let key = BookIndex.key(name)
        let found = stored.filter { $0.accountID == accountID && (BookIndex.key($0.name) == key || (!$0.email.isEmpty && $0.email.lowercased() == name.lowercased())) }
        guard found.count == 1, let managerID = found[0].id else {
            return .failure(ValueProblem(
                found.isEmpty
                    ? "reports to '\(name)', who is no contact of this account — import them first, or give their Rapport id"
                    : "reports to '\(name)', which is \(found.count) contacts of this account — give their email or Rapport id"))
        }
        return .success(managerID)
    }
}
