import RapportViewModel

/// Reading the open form of one kind out of a state, for assertions.
extension AppState {
    var formSession: FormSession? {
        guard case .form(let session) = overlay else { return nil }
        return session
    }

    var confirmation: Confirmation? {
        guard case .confirm(let confirmation) = overlay else { return nil }
        return confirmation
    }

    var accountForm: AccountForm? {
        guard case .account(let form) = formSession?.form else { return nil }
        return form
    }

    var contactForm: ContactForm? {
        guard case .contact(let form) = formSession?.form else { return nil }
        return form
    }

    var initiativeForm: InitiativeForm? {
        guard case .initiative(let form) = formSession?.form else { return nil }
        return form
    }

    var interactionForm: InteractionForm? {
        guard case .interaction(let form) = formSession?.form else { return nil }
        return form
    }

    var opportunityForm: OpportunityForm? {
        guard case .opportunity(let form) = formSession?.form else { return nil }
        return form
    }

    var metricMonthForm: MetricMonthForm? {
        guard case .metricMonth(let form) = formSession?.form else { return nil }
        return form
    }

    var successorForm: SuccessorForm? {
        guard case .successor(let form) = formSession?.form else { return nil }
        return form
    }

    /// The names of the loaded rows of the accounts list, in order.
    var accountNames: [String] { accounts.entries.map(\.summary.name) }
}
