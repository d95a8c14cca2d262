/// What a CSV file holds: `--kind accounts|contacts|...`.
public enum ImportKind: String, CaseIterable, Hashable, Sendable {
    case accounts, contacts, interactions, initiatives, opportunities, metrics

    /// The kinds this importer reads today.
    public static let supported: [ImportKind] = [.accounts, .contacts]

    /// The fields a file of this kind may give, in the order messages list them.
    public var fields: [ImportField] {
        switch self {
        case .accounts:
            return [.id, .name, .industry, .region, .tier, .owner, .arr, .renewal, .cadence, .followUp, .notes, .domain]
        case .contacts:
            return [.id, .account, .accountID, .name, .firstName, .lastName, .title, .email, .phone, .role, .influence, .sentiment, .main, .cadence]
        case .interactions, .initiatives, .opportunities, .metrics:
            return []
        }
    }

    /// Fields a file of this kind must map (one of each set).
    public var requiredFields: [[ImportField]] {
        switch self {
        case .accounts: return [[.name, .id]]
        case .contacts: return [[.name, .firstName, .lastName, .email, .id]]
        case .interactions, .initiatives, .opportunities, .metrics: return []
        }
    }

    /// The record word: "account", "contact".
    public var noun: String { String(rawValue.dropLast()) }
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

    /// Column names that mean this field, folded (see `ColumnMapping.fold`): the headers of
    /// Salesforce and HubSpot exports and the generic names spreadsheets use. The first `id`
    /// is Rapport's own id; a CRM's "Account ID" or "Record ID" is not (see `crmIDColumns`).
    public func synonyms(for kind: ImportKind) -> [String] {
        switch self {
        case .id: return ["rapportid", "id"]
        case .name:
            return kind == .accounts
                ? ["name", "accountname", "companyname", "company", "organization", "organisation", "customer", "customername", "client", "clientname"]
                : ["name", "fullname", "contactname", "contact"]
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
        case .account: return ["account", "accountname", "company", "companyname", "organization", "organisation", "associatedcompany"]
        case .accountID: return ["rapportaccountid"]
        case .firstName: return ["firstname", "givenname"]
        case .lastName: return ["lastname", "surname", "familyname"]
        case .title: return ["title", "jobtitle", "position"]
        case .email: return ["email", "emailaddress", "email1", "workemail"]
        case .phone: return ["phone", "phonenumber", "mobile", "mobilephone", "businessphone", "workphone"]
        case .role: return ["role", "contactrole", "buyingrole"]
        case .influence: return ["influence"]
        case .sentiment: return ["sentiment"]
        case .main: return ["main", "maincontact", "primarycontact", "primary"]
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
