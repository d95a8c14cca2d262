import RapportCore

extension ImportPlan {
    /// Every account keeps a main point of contact, as the contact form insists: a row that
    /// sets main = no on an account's main contact is refused unless the same file makes
    /// another of that account's contacts the main one.
    ///
    /// In a contact plan `updated` and `changes.contactEdits` run in step, one entry per edit.
    mutating func refuseLeavingAccountsWithoutMainContact(accountNames: (Int64) -> String) {
        let takenOver = Set(
            changes.contactEdits.filter(\.edited.isMainContact).map(\.original.accountID)
                + changes.newContacts.filter(\.isMainContact).map(\.accountID))
        let refused = changes.contactEdits.indices.filter { index in
            let edit = changes.contactEdits[index]
            return edit.original.isMainContact && !edit.edited.isMainContact && !takenOver.contains(edit.original.accountID)
        }
        guard !refused.isEmpty, updated.count == changes.contactEdits.count else { return }
        for index in refused {
            let edit = changes.contactEdits[index]
            problems.append(ImportProblem(
                line: updated[index].line,
                message: "\(edit.original.name) is the main contact of \(accountNames(edit.original.accountID)); main = no would leave the account without one — set main = yes on the contact who takes over, in this file"))
        }
        for index in refused.reversed() {
            changes.contactEdits.remove(at: index)
            updated.remove(at: index)
        }
        problems.sort { $0.line < $1.line }
    }
}
