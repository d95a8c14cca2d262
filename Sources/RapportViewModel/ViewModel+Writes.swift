import RapportCore
import RapportStore

/// Handing changes to the store, and what their outcomes do to the screen.
extension ViewModel {
    enum InitiativeUpdate {
        case bump(Int)
        case status(forward: Bool)
    }

    /// `+`/`-` and `s`/`S`: a delta on the stored row, never a value computed from the screen.
    mutating func updateInitiative(_ update: InitiativeUpdate) -> [Effect] {
        guard let initiative = state.selectedInitiative, let id = initiative.id else {
            state.message = StatusMessage("No initiative selected", kind: .info)
            return []
        }
        switch update {
        case .bump(let points): return noteable(submit(.bumpProgress(initiativeID: id, by: points), describing: "progress of \(initiative.title)"))
        case .status(let forward):
            // Done short of 100% is asked about, not taken silently: usually the progress was
            // never brought up to date.
            if forward, initiative.status.next == .done, initiative.progress < 100 {
                ask("“\(initiative.title)” is at \(initiative.progress)%. Mark it done at 100%?", .completeInitiative(initiative))
                return []
            }
            let status = forward ? initiative.status.next : initiative.status.previous
            if status.asksForReason {
                // Why it is in trouble is asked before the move is saved (Enter with nothing saves it with no reason).
                let form = ChangeNoteForm(.reason(initiativeID: id, forward: forward, status: status), initiativeTitle: initiative.title, accountID: initiative.accountID)
                open(.changeNote(form))
                return []
            }
            return noteable(submit(.stepStatus(initiativeID: id, forward: forward), describing: "status of \(initiative.title)"))
        }
    }

    /// Marks a write whose change `n` may note once it is saved.
    mutating func noteable(_ effects: [Effect]) -> [Effect] {
        if case .write(let id, _) = effects.first { state.noteableWriteID = id }
        return effects
    }

    /// The note form for the change just made.
    mutating func openChangeNote(_ change: NoteableChange) -> [Effect] {
        let form = ChangeNoteForm(.note(updateID: change.updateID, change: change.description), initiativeTitle: change.initiativeTitle, accountID: change.accountID)
        open(.changeNote(form))
        return []
    }

    /// What `n` will note, when the write just answered recorded a progress or status change.
    mutating func rememberNoteable(_ summary: ChangeSummary, initiativeTitle: String?) {
        guard let updateID = summary.progressUpdateID, let accountID = summary.focusAccountID ?? summary.accountIDs.first else { return }
        state.noteableChange = NoteableChange(
            updateID: updateID, initiativeTitle: initiativeTitle ?? "", accountID: accountID, description: summary.description)
    }

    /// Hands an intent to the store, unless the store is read-only.
    mutating func submit(_ intent: StoreIntent, describing what: String) -> [Effect] {
        if let reason = state.readOnlyReason {
            state.message = StatusMessage("Not saved: this store is damaged (\(reason)) and read-only", kind: .error)
            return []
        }
        let id = state.writes.nextID
        state.writes.nextID += 1
        state.writes.inFlight[id] = what
        return [.write(id: id, intent)]
    }

    mutating func finishWrite(_ id: Int, _ result: Result<WriteOutcome, StoreError>) -> [Effect] {
        guard let what = state.writes.inFlight.removeValue(forKey: id) else { return [] }
        if state.writes.isEmpty { state.writes.waitingForLock = false }
        let noteable = state.noteableWriteID == id
        if noteable { state.noteableWriteID = nil }
        if case .form(var session) = state.overlay, session.savingWriteID == id {
            session.savingWriteID = nil
            return finishFormSave(session, result)
        }
        switch result {
        case .failure(let error):
            state.message = StatusMessage("Not saved: \(error)", kind: .error)
            return reloadAfterChange(focusAccountID: nil)
        case .success(.saved(let summary)):
            state.message = StatusMessage(successMessage(for: what, summary), kind: .success)
            if noteable { rememberNoteable(summary, initiativeTitle: state.selectedInitiative?.title) }
            closeDetail(ifRemovedBy: summary)
            if what == "undo" || what == "redo" { return reveal(summary) }
            // An added account is selected.
            if !summary.changesAccountList && what != "notes" && what != "delete" { return refreshAfterEdit(of: summary.accountIDs) + planReload }
            return reloadAfterChange(focusAccountID: summary.changesAccountList ? summary.focusAccountID : nil) + planReload
        case .success(.unchanged(let reason)):
            state.message = StatusMessage(reason, kind: .info)
            return []
        case .success(.historyOvertaken(let reason)):
            state.message = StatusMessage(reason + " — reloaded", kind: .error)
            return reloadAfterChange(focusAccountID: nil)
        case .success(.conflict(let conflict)):
            state.message = StatusMessage(
                "Not saved: \(conflict.subject) was changed elsewhere (\(conflict.changedElsewhere.joined(separator: ", "))) — reloaded", kind: .error)
            return reloadAfterChange(focusAccountID: nil)
        }
    }

    /// The detail view of an account the change removed has nothing left to show.
    mutating func closeDetail(ifRemovedBy summary: ChangeSummary) {
        if case .account(let shown) = state.detail?.scope, summary.removedAccountIDs.contains(shown) { state.detail = nil }
    }

    func successMessage(for what: String, _ summary: ChangeSummary) -> String {
        switch what {
        case "undo": return "Undone: \(summary.description)"
        case "redo": return "Redone: \(summary.description)"
        case "delete": return "Deleted \(summary.description.dropPrefix("deleted ")) — u undoes it"
        case "notes": return "Saved the notes of \(summary.description.dropPrefix("edited account "))"
        case "import": return "Imported \(summary.description.dropPrefix("imported ")) — u undoes it"
        default: return "Saved: \(summary.description)"
        }
    }

    /// A form's save came back: close it, or keep it open with the reason.
    mutating func finishFormSave(_ session: FormSession, _ result: Result<WriteOutcome, StoreError>) -> [Effect] {
        var session = session
        switch result {
        case .failure(let error):
            // The store refused (a reporting loop, a record deleted elsewhere...): say why, keep the form.
            state.overlay = .form(session)
            state.message = StatusMessage("Not saved: \(error)", kind: .error)
            return []
        case .success(.conflict(let conflict)):
            session.conflict = conflict
            state.overlay = .form(session)
            let theirs = conflict.changedElsewhere.isEmpty ? "" : " (\(conflict.changedElsewhere.joined(separator: ", ")))"
            state.message = StatusMessage("\(conflict.subject.capitalizedFirst) was changed elsewhere since you opened this form\(theirs)", kind: .error)
            return []
        case .success(.unchanged(let reason)):
            state.overlay = session.overlayAfter
            state.message = StatusMessage(reason, kind: .info)
            return []
        case .success(.historyOvertaken(let reason)):
            state.overlay = nil
            state.message = StatusMessage(reason, kind: .error)
            return reloadAfterChange(focusAccountID: nil)
        case .success(.saved(let summary)):
            state.overlay = session.overlayAfter
            if case .changeNote(let form) = session.form {
                // A reason saves the status change itself, which a note can then be added to.
                if case .reason = form.purpose { rememberNoteable(summary, initiativeTitle: form.initiativeTitle) }
                let note = form.typed.isEmpty ? "Removed the note on \(form.initiativeTitle)" : "Noted on \(form.initiativeTitle)"
                state.message = StatusMessage(form.isReason ? "Saved: \(summary.description)" : note, kind: .success)
                return reloadAfterChange(focusAccountID: nil)
            }
            let what = summary.description.capitalizedFirstWordDropped
            state.message = StatusMessage(
                session.form.isDeletion ? "Deleted \(what) — u undoes it" : "Saved \(what)", kind: .success)
            closeDetail(ifRemovedBy: summary)
            let focus: Int64? = summary.changesAccountList ? summary.focusAccountID : nil
            return reloadAfterChange(focusAccountID: focus) + planReload
        }
    }
}

extension String {
    func dropPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }

    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// "added account Zephyr Labs" → "account Zephyr Labs": the verb the change log starts with goes.
    var capitalizedFirstWordDropped: String {
        guard let space = firstIndex(of: " ") else { return self }
        return String(self[index(after: space)...])
    }
}
