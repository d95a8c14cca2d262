import RapportCore

/// Reading a submitted form back into its record — the other half of `RecordForms`, kept next
/// to it so a field added to a form is read back in the same place. Values were validated
/// before (`RecordForms.validate`), so reading them back does not fail.
extension RecordForms {
    static func account(from form: FormState, onto base: Account?, today: Day) -> Account {
        var account = base ?? Account(name: "", industry: "", region: "", tier: .midMarket, owner: "", annualRecurringRevenue: .zero, renewalDate: nil)
        account.name = form.value("name")
        account.industry = form.value("industry")
        account.region = form.value("region")
        account.tier = tiers[form.choice("tier")]
        account.owner = form.value("owner")
        account.annualRecurringRevenue = (try? MoneyInput.parse(form.value("arr")).get()) ?? .zero
        account.renewalDate = day(form, "renewal", today: today)
        account.stayInTouchDays = integer(form, "cadence")
        account.nextFollowUp = day(form, "followUp", today: today)
        account.notes = form.value("notes")
        return account
    }

    /// `others` are the account's other contacts, in the order the reports-to choice lists them.
    static func contact(from form: FormState, onto base: Contact?, accountID: Int64, others: [Contact]) -> Contact {
        var contact = base ?? Contact(
            accountID: accountID, name: "", title: "", email: "", phone: "", role: .user, influence: 3, sentiment: .neutral, isMainContact: false)
        contact.name = form.value("name")
        contact.title = form.value("title")
        contact.email = form.value("email")
        contact.phone = form.value("phone")
        contact.role = roles[form.choice("role")]
        contact.influence = form.choice("influence") + 1
        contact.sentiment = sentiments[form.choice("sentiment")]
        contact.isMainContact = form.isOn("main")
        let reportsTo = form.choice("reportsTo")
        contact.reportsToID = reportsTo == 0 || reportsTo > others.count ? nil : others[reportsTo - 1].id
        contact.stayInTouchDays = integer(form, "cadence")
        return contact
    }

    static func initiative(from form: FormState, onto base: Initiative?, accountID: Int64, today: Day) -> Initiative {
        var initiative = base ?? Initiative(accountID: accountID, title: "", objective: "", owner: "", status: .planned, progress: 0, dueDate: nil)
        initiative.title = form.value("title")
        initiative.objective = form.value("objective")
        initiative.owner = form.value("owner")
        initiative.status = statuses[form.choice("status")]
        initiative.progress = Initiative.clampProgress(integer(form, "progress") ?? 0)
        initiative.dueDate = day(form, "due", today: today)
        return initiative
    }

    static func opportunity(from form: FormState, onto base: Opportunity?, accountID: Int64, today: Day) -> Opportunity {
        var opportunity = base ?? Opportunity(
            accountID: accountID, name: "", kind: .upsell, amount: .zero, probability: 50, expectedClose: today, category: .pipeline)
        opportunity.name = form.value("name")
        opportunity.kind = opportunityKinds[form.choice("kind")]
        opportunity.amount = (try? MoneyInput.parse(form.value("amount")).get()) ?? .zero
        opportunity.probability = min(100, max(0, integer(form, "probability") ?? 0))
        opportunity.expectedClose = day(form, "close", today: today) ?? opportunity.expectedClose
        opportunity.category = categories[form.choice("category")]
        opportunity.stage = form.value("stage")
        return opportunity
    }

    /// `contacts` are the account's contacts, in the order the "With ..." toggles list them.
    static func interaction(from form: FormState, onto base: Interaction?, accountID: Int64, contacts: [Contact], today: Day) -> Interaction {
        var interaction = base ?? Interaction(accountID: accountID, kind: .call, date: today, summary: "")
        interaction.kind = kinds[form.choice("kind")]
        interaction.date = day(form, "date", today: today) ?? interaction.date
        interaction.summary = form.value("summary")
        interaction.nextStep = form.value("next")
        interaction.contactIDs = contacts.enumerated().filter { form.isOn("with\($0.offset)") }.compactMap(\.element.id)
        return interaction
    }

    /// One month of a metric; revenue is typed in currency units and stored in minor units.
    static func metricPoint(from form: FormState, accountID: Int64) -> MetricPoint? {
        let name = form.value("metric").lowercased().replacingOccurrences(of: " ", with: "-")
        guard let month = YearMonth(iso: form.value("month")) else { return nil }
        let scale: Double = name == MetricPoint.revenue ? 100 : 1
        func value(_ id: String) -> Int64? {
            Double(form.value(id).replacingOccurrences(of: ",", with: "")).map { Int64(($0 * scale).rounded()) }
        }
        return MetricPoint(accountID: accountID, metric: name, month: month, actual: value("actual"), target: value("target"))
    }
}
