import RapportCore

/// What a book file must hold beyond well-typed fields before any of it is written: dates that
/// are dates, known kinds and statuses, figures in range, ids that are unique, and references
/// to records the file holds. The first problem is reported with its JSON path.
struct BookValidation {
    let file: String
    private(set) var accountIDs: Set<Int64> = []
    private(set) var contactIDs: Set<Int64> = []
    private(set) var initiativeIDs: Set<Int64> = []

    init(file: String) { self.file = file }

    private func fail(_ path: String, _ reason: String) -> BookFileError { BookFileError(file: file, path: path, reason: reason) }

    private func day(_ text: String?, _ path: String) throws {
        guard let text else { return }
        guard Day(iso: text) != nil else { throw fail(path, "\"\(text)\" is not a date (YYYY-MM-DD)") }
    }

    private func known<Kind: RawRepresentable & CaseIterable>(_ text: String, _ kind: Kind.Type, _ path: String) throws where Kind.RawValue == String {
        guard Kind(rawValue: text) == nil else { return }
        throw fail(path, "\"\(text)\" is not one of " + Kind.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
    }

    private func range(_ value: Int64, _ bounds: ClosedRange<Int64>, _ path: String) throws {
        guard !bounds.contains(value) else { return }
        throw fail(path, "\(value) is outside \(bounds.lowerBound)–\(bounds.upperBound)")
    }

    private func unique(_ id: Int64, in ids: inout Set<Int64>, _ path: String) throws {
        guard id > 0 else { throw fail(path, "\(id) is not a valid id (ids are positive)") }
        guard ids.insert(id).inserted else { throw fail(path, "\(id) appears twice") }
    }

    private func exists(_ id: Int64, in ids: Set<Int64>, _ what: String, _ path: String) throws {
        guard ids.contains(id) else { throw fail(path, "no \(what) has id \(id) in this file") }
    }

    /// Milestones and stakeholders name initiatives (and contacts) the file holds.
    private func checkPlans(_ book: BookFile) throws {
        var milestoneIDs: Set<Int64> = []
        for (index, milestone) in book.milestones.enumerated() {
            let path = "milestones[\(index)]"
            try unique(milestone.id, in: &milestoneIDs, path + ".id")
            try exists(milestone.initiativeID, in: initiativeIDs, "initiative", path + ".initiative_id")
            try day(milestone.dueDate.value, path + ".due_date")
            try day(milestone.doneOn.value, path + ".done_on")
        }
        var pairs: Set<[Int64]> = []
        for (index, stakeholder) in book.initiativeStakeholders.enumerated() {
            let path = "initiative_stakeholders[\(index)]"
            try exists(stakeholder.initiativeID, in: initiativeIDs, "initiative", path + ".initiative_id")
            try exists(stakeholder.contactID, in: contactIDs, "contact", path + ".contact_id")
            try known(stakeholder.audience, StakeholderAudience.self, path + ".audience")
            guard pairs.insert([stakeholder.initiativeID, stakeholder.contactID]).inserted else {
                throw fail(path, "contact \(stakeholder.contactID) is a stakeholder of initiative \(stakeholder.initiativeID) twice")
            }
        }
    }

    mutating func check(_ book: BookFile) throws {
        guard book.money == .current else {
            throw fail("money", "this Rapport keeps \(BookRecords.MoneyConvention.current.currency) in cents (minor_units_per_major 100)")
        }
        for (index, account) in book.accounts.enumerated() {
            let path = "accounts[\(index)]"
            try unique(account.id, in: &accountIDs, path + ".id")
            try known(account.tier, AccountTier.self, path + ".tier")
            try day(account.renewalDate.value, path + ".renewal_date")
            try day(account.nextFollowUp.value, path + ".next_follow_up")
            try day(account.clientSince.value, path + ".client_since")
            try day(account.churnedOn.value, path + ".churned_on")
        }
        for (index, contact) in book.contacts.enumerated() {
            try unique(contact.id, in: &contactIDs, "contacts[\(index)].id")
        }
        for (index, contact) in book.contacts.enumerated() {
            let path = "contacts[\(index)]"
            try exists(contact.accountID, in: accountIDs, "account", path + ".account_id")
            try known(contact.role, ContactRole.self, path + ".role")
            try known(contact.sentiment, ContactSentiment.self, path + ".sentiment")
            try range(contact.influence, 1...5, path + ".influence")
            if let manager = contact.reportsToID.value { try exists(manager, in: contactIDs, "contact", path + ".reports_to_id") }
        }
        var interactionIDs: Set<Int64> = []
        for (index, interaction) in book.interactions.enumerated() {
            let path = "interactions[\(index)]"
            try unique(interaction.id, in: &interactionIDs, path + ".id")
            try exists(interaction.accountID, in: accountIDs, "account", path + ".account_id")
            try known(interaction.kind, InteractionKind.self, path + ".kind")
            try day(interaction.date, path + ".date")
            for (position, contact) in interaction.contactIDs.enumerated() {
                try exists(contact, in: contactIDs, "contact", path + ".contact_ids[\(position)]")
            }
            guard Set(interaction.contactIDs).count == interaction.contactIDs.count else { throw fail(path + ".contact_ids", "names a contact twice") }
        }
        for (index, initiative) in book.initiatives.enumerated() {
            let path = "initiatives[\(index)]"
            try unique(initiative.id, in: &initiativeIDs, path + ".id")
            try exists(initiative.accountID, in: accountIDs, "account", path + ".account_id")
            try known(initiative.status, InitiativeStatus.self, path + ".status")
            try range(initiative.progress, 0...100, path + ".progress")
            try day(initiative.dueDate.value, path + ".due_date")
            try day(initiative.startDate.value, path + ".start_date")
            try day(initiative.targetDate.value, path + ".target_date")
            guard (initiative.targetMetric.value == nil) == (initiative.targetValue.value == nil) else {
                throw fail(path + ".target_value", "a target needs both target_metric and target_value (or neither)")
            }
        }
        try checkPlans(book)
        var updateIDs: Set<Int64> = []
        for (index, update) in book.progressUpdates.enumerated() {
            let path = "progress_updates[\(index)]"
            try unique(update.id, in: &updateIDs, path + ".id")
            try exists(update.initiativeID, in: initiativeIDs, "initiative", path + ".initiative_id")
            try known(update.status, InitiativeStatus.self, path + ".status")
            try known(update.previousStatus, InitiativeStatus.self, path + ".previous_status")
        }
        var opportunityIDs: Set<Int64> = []
        for (index, opportunity) in book.opportunities.enumerated() {
            let path = "opportunities[\(index)]"
            try unique(opportunity.id, in: &opportunityIDs, path + ".id")
            try exists(opportunity.accountID, in: accountIDs, "account", path + ".account_id")
            try known(opportunity.kind, OpportunityKind.self, path + ".kind")
            try known(opportunity.category, ForecastCategory.self, path + ".category")
            try range(opportunity.probability, 0...100, path + ".probability")
            try day(opportunity.expectedClose, path + ".expected_close")
        }
        var months: Set<String> = []
        for (index, point) in book.metricPoints.enumerated() {
            let path = "metric_points[\(index)]"
            try exists(point.accountID, in: accountIDs, "account", path + ".account_id")
            guard YearMonth(iso: point.month) != nil else { throw fail(path + ".month", "\"\(point.month)\" is not a month (YYYY-MM)") }
            guard months.insert("\(point.accountID) \(point.metric) \(point.month)").inserted else {
                throw fail(path, "a second \(point.metric) figure for account \(point.accountID) in \(point.month)")
            }
        }
        var changeIDs: Set<Int64> = []
        for (index, change) in book.changeLog.enumerated() {
            try unique(change.id, in: &changeIDs, "change_log[\(index)].id")
        }
    }
}
