import RapportCore

/// Read views (Enter on a contact, interaction or initiative) and scrolling what runs longer
/// than the screen: a read view, and help with its message log.
extension ViewModel {
    mutating func openRecord() -> [Effect] {
        let reading: RecordReading?
        let kind: String
        switch target {
        case .contact:
            reading = state.detail?.selectedContact?.id.map { RecordReading(.contact, id: $0) }
            kind = "contact"
        case .interaction:
            reading = state.detail?.selectedInteraction?.id.map { RecordReading(.interaction, id: $0) }
            kind = "interaction"
        case .initiative:
            reading = state.selectedInitiative?.id.map { RecordReading(.initiative, id: $0) }
            kind = "initiative"
        case .account, .opportunity, .metricMonth:
            return []
        }
        guard let reading else { return nothingSelected(kind) }
        state.overlay = .reading(reading)
        state.overlayScroll = OverlayScroll()
        return planReload
    }

    /// What a command means while help or a read view is open: the list keys scroll it, and
    /// `e` edits the record read. Nil for anything else, which goes its usual way.
    mutating func performInOverlay(_ command: Command) -> [Effect]? {
        switch state.overlay {
        case .help, .reading, .importReview: break
        case .preview: if let effects = performInPreview(command) { return effects }
        case .changes: return performInChanges(command)
        case .form, .confirm, nil: return nil
        }
        if let effects = performMilestoneCommand(command) { return effects }
        // Until a frame has measured the overlay, a page is the screen less its frame.
        let page = state.overlayScroll.measure?.pageRows ?? max(1, state.screen.height - 6)
        switch command {
        case .moveDown: state.overlayScroll.move(by: 1)
        case .moveUp: state.overlayScroll.move(by: -1)
        case .pageDown: state.overlayScroll.move(by: page)
        case .pageUp: state.overlayScroll.move(by: -page)
        case .moveToTop: state.overlayScroll.top = 0
        case .moveToBottom: state.overlayScroll.move(by: Int.max / 4)
        case .editRecord:
            // `e` edits the record a read view shows; an import's review has none.
            if case .importReview = state.overlay { return [] }
            return editReadRecord()
        default: return nil
        }
        return []
    }

    /// `e` in a read view: the record's edit form, in place of the read view.
    mutating func editReadRecord() -> [Effect] {
        guard let record = state.readRecord else {
            state.overlay = nil
            state.message = StatusMessage("That record no longer exists — it may have been deleted elsewhere", kind: .info)
            return []
        }
        let contacts = state.detail?.contacts ?? []
        switch record {
        case .contact(let contact):
            open(.contact(ContactForm(editing: contact, accountID: contact.accountID, others: contacts.filter { $0.id != contact.id })))
        case .interaction(let interaction):
            open(.interaction(InteractionForm(editing: interaction, accountID: interaction.accountID, contacts: contacts)))
        case .initiative(let initiative):
            open(.initiative(InitiativeForm(editing: initiative, accountID: initiative.accountID, defaultOwner: initiative.owner)))
        }
        return []
    }

    /// The frame measured the open overlay: scrolling stops at its last page from now on.
    mutating func overlayMeasured(_ measure: OverlayMeasure) {
        switch state.overlay {
        case .help, .reading, .importReview, .preview:
            state.overlayScroll.measure = measure
            state.overlayScroll.move(by: 0)
        case .changes, .form, .confirm, nil:
            break
        }
    }

    /// Stamps the messages logged since the last stamp with the time they are shown: the event
    /// loop calls this after each key or reply, before it draws.
    public mutating func stampMessages(at time: TimeOfDay) { state.messageLog.stamp(time) }
}
