import RapportCore

extension ImportPlan {
    /// No contact may end up reporting to itself, through any chain, as the contact form
    /// insists: the stored reporting lines with this plan's laid over them are walked from
    /// each contact the plan writes, and a contact whose chain comes back to it is refused.
    ///
    /// In a contact plan `updated` and `changes.contactEdits` run in step, one entry per edit,
    /// as `created` and `changes.newContacts` do.
    mutating func refuseReportingLoops(stored: [Contact]) {
        var manager: [Int64: Int64] = [:]
        for contact in stored { if let id = contact.id, let boss = contact.reportsToID { manager[id] = boss } }
        for edit in changes.contactEdits { if let id = edit.original.id { manager[id] = edit.edited.reportsToID } }
        for contact in changes.newContacts { if let id = contact.id { manager[id] = contact.reportsToID } }
        func loops(from start: Int64) -> Bool {
            var seen: Set<Int64> = [start]
            var next = manager[start]
            while let current = next {
                if current == start { return true }
                // A loop further up that does not pass through `start` is not this row's doing.
                guard seen.insert(current).inserted else { return false }
                next = manager[current]
            }
            return false
        }
        let badEdits = changes.contactEdits.indices.filter { index in
            let edit = changes.contactEdits[index]
            return edit.edited.reportsToID != edit.original.reportsToID && loops(from: edit.original.id ?? 0)
        }
        let badNew = changes.newContacts.indices.filter { changes.newContacts[$0].reportsToID != nil && loops(from: changes.newContacts[$0].id ?? 0) }
        guard !badEdits.isEmpty || !badNew.isEmpty, updated.count == changes.contactEdits.count, created.count == changes.newContacts.count else { return }
        for index in badEdits {
            problems.append(ImportProblem(line: updated[index].line, message: "\(changes.contactEdits[index].original.name) would report to themself through the reports-to chain — correct the reports-to column"))
        }
        for index in badNew {
            problems.append(ImportProblem(line: created[index].line, message: "\(changes.newContacts[index].name) would report to themself through the reports-to chain — correct the reports-to column"))
        }
        for index in badEdits.reversed() {
            changes.contactEdits.remove(at: index)
            updated.remove(at: index)
        }
        for index in badNew.reversed() {
            changes.newContacts.remove(at: index)
            created.remove(at: index)
        }
        problems.sort { $0.line < $1.line }
    }
}
