/// What a CSV file holds: `--kind accounts|contacts|...`.
public enum ImportKind: String, CaseIterable, Hashable, Sendable {
    case accounts, contacts, interactions, initiatives, opportunities, metrics

    /// The kinds this importer reads today.
    public static let supported: [ImportKind] = allCases

    /// The fields a file of this kind may give, in the order messages list them.
    public var fields: [ImportField] {
        switch self {
        case .accounts:
            return [.id, .name, .industry, .region, .tier, .owner, .arr, .renewal, .cadence, .followUp, .notes, .domain]
        case .contacts:
            return [.id, .account, .accountID, .name, .firstName, .lastName, .title, .email, .phone, .role, .influence, .sentiment, .main, .cadence, .reportsTo, .reportsToID]
        case .interactions:
            return [.id, .account, .accountID, .domain, .date, .type, .contacts, .contactIDs, .summary, .nextStep]
        case .initiatives:
            return [.id, .account, .accountID, .domain, .title, .objective, .owner, .status, .progress, .due]
        case .opportunities:
            return [.id, .account, .accountID, .domain, .name, .type, .amount, .probability, .close, .category, .stage]
        case .metrics:
            return [.account, .accountID, .domain, .metric, .month, .actual, .target]
        }
    }

    /// Fields a file of this kind must map (one of each set).
    public var requiredFields: [[ImportField]] {
        switch self {
        case .accounts: return [[.name, .id]]
        case .contacts: return [[.name, .firstName, .lastName, .email, .id]]
        case .interactions: return [[.summary, .id]]
        case .initiatives: return [[.title, .id]]
        case .opportunities: return [[.name, .id]]
        // A metric sheet's months may be columns of their own (a wide sheet): `MetricSheet` checks those.
        case .metrics: return [[.account, .accountID, .domain]]
        }
    }

    /// The record word: "account", "contact", "opportunity".
    public var noun: String {
        switch self {
        case .opportunities: return "opportunity"
        case .metrics: return "metric"
        default: return String(rawValue.dropLast())
        }
    }
}

/// A field of an imported record, as `--map 'Column=field'` names it.
public enum ImportField: String, CaseIterable, Hashable, Sendable {
    case id, name, industry, region, tier, owner, arr, renewal, cadence
    case followUp = "follow-up"
    case notes, domain
    case account
    case accountID = "account-id"
    case firstName = "first-name"
    case lastName = "last-name"
    case title, email, phone, role, influence, sentiment, main
    case date, type, contacts, summary
    case contactIDs = "contact-ids"
    case reportsTo = "reports-to"
    case reportsToID = "reports-to-id"
    case nextStep = "next-step"
    case objective, status, progress, due
    case amount, probability, close, category, stage
    case metric, month, actual, target

    /// Column names that mean this field, folded (see `ColumnMapping.fold`): the headers of
    /// Salesforce and HubSpot exports and the generic names spreadsheets use. The first `id`
    /// is Rapport's own id; a CRM's "Account ID" or "Record ID" is not (see `crmIDColumns`).
    public func synonyms(for kind: ImportKind) -> [String] {
        switch self {
        case .id: return ["rapportid", "id"]
        case .name:
            switch kind {
            case .accounts:
                return ["name", "accountname", "companyname", "company", "organization", "organisation", "customer", "customername", "client", "clientname"]
            case .opportunities: return ["name", "opportunityname", "dealname", "opportunity", "deal"]
            default: return ["name", "fullname", "contactname", "contact"]
            }
        case .industry: return ["industry", "sector", "vertical"]
        case .region: return ["region", "billingcountry", "countryregion", "country", "territory", "salesregion"]
        case .tier: return ["tier", "accounttier", "customertier", "segment"]
        case .owner: return ["owner", "accountowner", "companyowner", "accountmanager", "csm", "contactowner"]
        case .arr: return ["arr", "annualrevenue", "annualrecurringrevenue", "contractvalue", "acv"]
        case .renewal: return ["renewal", "renewaldate", "contractend", "contractenddate", "renewalon"]
        case .cadence: return ["stayintouch", "stayintouchdays", "cadence", "cadencedays"]
        case .followUp: return ["followup", "nextfollowup", "followupdate", "nextfollowupdate"]
        case .notes: return ["notes", "note", "description", "comments"]
        case .domain: return ["domain", "website", "websiteurl", "companydomainname", "emaildomain", "web"]
        case .account:
            return ["account", "accountname", "company", "companyname", "organization", "organisation", "associatedcompany"]
                + (kind == .contacts ? [] : ["customer", "customername", "client", "clientname"])
        case .accountID: return ["rapportaccountid"]
        case .firstName: return ["firstname", "givenname"]
        case .lastName: return ["lastname", "surname", "familyname"]
        case .title: return kind == .initiatives ? ["title", "initiative", "initiativename", "name", "project"] : ["title", "jobtitle", "position"]
        case .email: return ["email", "emailaddress", "email1", "workemail"]
        case .phone: return ["phone", "phonenumber", "mobile", "mobilephone", "businessphone", "workphone"]
        case .role: return ["role", "contactrole", "buyingrole"]
        case .influence: return ["influence"]
        case .sentiment: return ["sentiment"]
        case .main: return ["main", "maincontact", "primarycontact", "primary"]
        case .date: return ["date", "interactiondate", "activitydate", "when", "occurredon"]
        case .type:
            return kind == .opportunities
                ? ["type", "kind", "opportunitytype", "dealtype"] : ["type", "kind", "interactiontype", "activitytype", "channel"]
        case .contacts: return ["contacts", "contact", "with", "attendees", "participants", "people"]
        case .reportsTo: return ["reportsto", "manager", "linemanager"]
        case .reportsToID: return ["reportstoid"]
        case .contactIDs: return ["contactids", "rapportcontactids"]
        case .summary: return ["summary", "subject", "notes", "description", "details"]
        case .nextStep: return ["nextstep", "nextsteps", "nextaction"]
        case .objective: return ["objective", "goal", "outcome", "description"]
        case .status: return ["status", "state"]
        case .progress: return ["progress", "progresspercent", "percentcomplete", "complete"]
        case .due: return ["duedate", "due", "deadline", "targetdate", "enddate"]
        case .amount: return ["amount", "dealamount", "opportunityamount", "value"]
        case .probability: return ["probability", "probabilitypercent", "dealprobability", "winprobability"]
        case .close: return ["closedate", "expectedclose", "expectedclosedate", "close"]
        case .category: return ["forecastcategory", "category", "forecast"]
        case .stage: return ["stage", "dealstage", "salesstage"]
        case .metric: return ["metric", "metricname", "measure", "kpi"]
        case .month: return ["month", "period", "date", "yearmonth", "billingmonth", "billingperiod"]
        case .actual: return ["actual", "actuals", "value", "revenue", "amount", "figure"]
        case .target: return ["target", "plan", "quota", "budget", "goal"]
        }
    }

    /// Columns a CRM export has that Rapport knows but keeps no field for, with the reason the
    /// mapping report gives.
    public static let knownIgnored: [String: String] = [
        "accountid": "a CRM id; Rapport matches by its own id, name or email domain",
        "recordid": "a CRM id; Rapport matches by its own id, name or email domain",
        "contactid": "a CRM id; Rapport matches by its own id, email or name",
        "type": "the CRM's account type (customer, partner...) is not a Rapport tier",
    ]
}
