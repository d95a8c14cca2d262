/// An account as one row of a file gives it: nil is a field the file does not give (or leaves
/// blank), which an update keeps as stored.
public struct AccountDraft: Hashable, Sendable {
    public var line: Int
    public var id: Int64?
    public var name: String?
    public var industry: String?
    public var region: String?
    public var tier: AccountTier?
    public var owner: String?
    public var arr: Money?
    public var renewal: Day?
    public var cadence: Int?
    public var followUp: Day?
    public var notes: String?
    /// A website or email domain, for matching only: Rapport keeps no such field.
    public var domain: String?

    public init(line: Int) { self.line = line }

    /// `account` with every field this row gives.
    public func applied(to account: Account) -> Account {
        var result = account
        if let name { result.name = name }
        if let industry { result.industry = industry }
        if let region { result.region = region }
        if let tier { result.tier = tier }
        if let owner { result.owner = owner }
        if let arr { result.annualRecurringRevenue = arr }
        if let renewal { result.renewalDate = renewal }
        if let cadence { result.stayInTouchDays = cadence }
        if let followUp { result.nextFollowUp = followUp }
        if let notes { result.notes = notes }
        return result
    }

    /// A new account from this row (mid-market, the form's default, when no tier is given).
    public var newAccount: Account {
        applied(to: Account(name: "", industry: "", region: "", tier: .midMarket, owner: "", annualRecurringRevenue: .zero, renewalDate: nil))
    }
}

/// A contact as one row of a file gives it, with the account it names.
public struct ContactDraft: Hashable, Sendable {
    public var line: Int
    public var id: Int64?
    public var accountName: String?
    public var accountID: Int64?
    public var name: String?
    public var title: String?
    public var email: String?
    public var phone: String?
    public var role: ContactRole?
    public var influence: Int?
    public var sentiment: ContactSentiment?
    public var isMainContact: Bool?
    public var cadence: Int?
    /// Whom this contact reports to: a name or email of the same account, or a Rapport id.
    public var reportsTo: String?
    public var reportsToID: Int64?

    public init(line: Int) { self.line = line }

    public func applied(to contact: Contact) -> Contact {
        var result = contact
        if let name { result.name = name }
        if let title { result.title = title }
        if let email { result.email = email }
        if let phone { result.phone = phone }
        if let role { result.role = role }
        if let influence { result.influence = influence }
        if let sentiment { result.sentiment = sentiment }
        if let isMainContact { result.isMainContact = isMainContact }
        if let cadence { result.stayInTouchDays = cadence }
        if let reportsToID { result.reportsToID = reportsToID }
        return result
    }

    /// A new contact of `accountID` (a user of influence 3 and neutral, the form's defaults).
    public func newContact(accountID: Int64) -> Contact {
        applied(to: Contact(
            accountID: accountID, name: "", title: "", email: "", phone: "", role: .user, influence: 3, sentiment: .neutral, isMainContact: false))
    }

    /// The domain of the email, lowercased: "acme.com".
    public var emailDomain: String? { email.flatMap(ImportValues.domain(ofEmail:)) }
}
