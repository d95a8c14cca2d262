import RapportCore

/// One demo account as the rows of each table, ready to bind: made on the generating thread,
/// with the summary and search entry the store's refresh would compute, from the records in hand.
struct DemoAccountRows: Sendable {
    /// Table and rows, in the order they must go in (parents before children).
    let tables: [(String, [[BulkStatement.Value]])]

    static let columns: [String: [String]] = [
        "account": ["id", "name", "industry", "region", "tier", "owner", "arr_minor", "renewal_date", "stay_in_touch_days", "next_follow_up", "notes", "client_since", "churned_on"],
        "account_summary": [
            "account_id", "stale", "name_key", "arr_key", "renewal_key", "health", "health_band", "trouble", "touch_state", "touch_days",
            "touch_trigger", "arr", "qtd_actual", "quarter_target", "at_risk", "blocked", "overdue", "needs_contact", "renews_soon",
            "renewal_lapsed", "health_change", "follow_up_key", "risk_key", "former",
        ],
        "contact": ["id", "account_id", "name", "title", "email", "phone", "role", "influence", "sentiment", "is_main_contact", "reports_to_id"],
        "initiative": ["account_id", "title", "objective", "owner", "status", "progress", "due_date"],
        "interaction": ["id", "account_id", "kind", "date", "summary", "next_step"],
        "interaction_contact": ["interaction_id", "contact_id"],
        "opportunity": ["account_id", "name", "kind", "amount_minor", "probability", "expected_close", "category", "stage"],
        "metric_point": ["account_id", "metric", "month", "actual", "target"],
        "temp.demo_search": ["id", "own", "other"],
    ]

    init(_ demo: DemoAccount, ids: inout DemoIDs, basis: SummaryBasis) {
        let value = demo.account
        let accountID = ids.take(\.account)
        let account: [BulkStatement.Value] = [
            .integer(accountID), .text(value.name), .text(value.industry), .text(value.region), .text(value.tier.rawValue), .text(value.owner),
            .integer(value.annualRecurringRevenue.minorUnits), .optional(value.renewalDate?.iso), .optional(value.stayInTouchDays),
            .optional(value.nextFollowUp?.iso), .text(value.notes), .optional(value.clientSince?.iso), .optional(value.churnedOn?.iso),
        ]
        let firstContact = ids.take(\.contact, count: demo.contacts.count)
        let contactIDs = demo.contacts.indices.map { firstContact + Int64($0) }
        let contacts = demo.contacts.enumerated().map { index, person -> [BulkStatement.Value] in
            let reportsTo = demo.contactReportsTo[index].flatMap { $0 < contactIDs.count ? contactIDs[$0] : nil }
            return [
                .integer(contactIDs[index]), .integer(accountID), .text(person.name), .text(person.title), .text(person.email),
                .text(person.phone), .text(person.role.rawValue), .integer(person.influence), .text(person.sentiment.rawValue),
                .bool(person.isMainContact), .optional(reportsTo),
            ]
        }
        let initiatives = demo.initiatives.map { item -> [BulkStatement.Value] in
            [
                .integer(accountID), .text(item.title), .text(item.objective), .text(item.owner), .text(item.status.rawValue),
                .integer(item.progress), .optional(item.dueDate?.iso),
            ]
        }
        let opportunities = demo.opportunities.map { deal -> [BulkStatement.Value] in
            [
                .integer(accountID), .text(deal.name), .text(deal.kind.rawValue), .integer(deal.amount.minorUnits),
                .integer(deal.probability), .text(deal.expectedClose.iso), .text(deal.category.rawValue), .text(deal.stage),
            ]
        }
        let firstInteraction = ids.take(\.interaction, count: demo.interactions.count)
        let interactions = demo.interactions.enumerated().map { index, touch -> [BulkStatement.Value] in
            [
                .integer(firstInteraction + Int64(index)), .integer(accountID), .text(touch.kind.rawValue), .text(touch.date.iso),
                .text(touch.summary), .text(touch.nextStep),
            ]
        }
        var links: [[BulkStatement.Value]] = []
        for (index, touch) in demo.interactions.enumerated() {
            for contact in Set(touch.contactIDs).sorted() where Int(contact) < contactIDs.count {
                links.append([.integer(firstInteraction + Int64(index)), .integer(contactIDs[Int(contact)])])
            }
        }
        let metrics = demo.metrics.map { point -> [BulkStatement.Value] in
            [.integer(accountID), .text(point.metric), .text(point.month.iso), .optional(point.actual), .optional(point.target)]
        }
        let row = SummaryRow(demo.overview(id: accountID, today: basis.today, calendar: basis.calendar), today: basis.today)
        let summary: [BulkStatement.Value] = [
            .integer(accountID), .integer(0), .text(row.nameKey), .integer(row.arrKey), .text(row.renewalKey), .integer(row.health),
            .integer(row.healthBand), .integer(row.trouble), .integer(row.touchState), .integer(row.touchDays), .text(row.touchTrigger),
            .integer(row.arr), .integer(row.quarterToDateActual), .integer(row.quarterTarget), .integer(row.atRisk),
            .integer(row.blocked), .integer(row.overdue), .bool(row.needsContact), .bool(row.renewsSoon), .bool(row.renewalLapsed), .integer(row.healthChange),
            .text(row.followUpKey), .integer(row.riskKey), .bool(row.former),
        ]
        var other: [String] = value.notes.isEmpty ? [] : [value.notes]
        other += demo.contacts.map { SearchIndexing.contactText(name: $0.name, email: $0.email) }
        other += demo.interactions.map { SearchIndexing.interactionText(summary: $0.summary, nextStep: $0.nextStep) }
        other += demo.initiatives.map { SearchIndexing.initiativeText(title: $0.title, status: $0.status.rawValue) }
        let search: [BulkStatement.Value] = [
            .integer(accountID), .text(SearchIndexing.ownText(name: value.name, industry: value.industry, owner: value.owner, region: value.region)),
            .text(SearchIndexing.otherText(other)),
        ]
        tables = [
            ("account", [account]), ("contact", contacts), ("initiative", initiatives), ("opportunity", opportunities),
            ("interaction", interactions), ("interaction_contact", links), ("metric_point", metrics),
            ("account_summary", [summary]), ("temp.demo_search", [search]),
        ]
    }
}
