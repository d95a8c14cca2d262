/// One contact as a vCard 4.0 (RFC 6350), for address books.
public struct ContactCard: Hashable, Sendable {
    /// Stable across exports, so an address book updates the card rather than adding another.
    public var uid: String
    public var name: String
    public var organization: String
    public var title: String
    public var role: String
    public var email: String
    public var phone: String

    public init(uid: String, name: String, organization: String, title: String, role: String, email: String, phone: String) {
        self.uid = uid
        self.name = name
        self.organization = organization
        self.title = title
        self.role = role
        self.email = email
        self.phone = phone
    }

    /// The card: BEGIN, VERSION, FN and END (the required properties), then N, and whichever
    /// of ORG, TITLE, ROLE, EMAIL and TEL the contact has; CRLF line ends, folded at 75 octets.
    public var vCard: String {
        var card = "BEGIN:VCARD\r\nVERSION:4.0\r\n"
        card += ContentLine.line("UID", ContentLine.escaped(uid))
        card += ContentLine.line("FN", ContentLine.escaped(name))
        let parts = nameParts
        // N: family; given; additional; prefixes; suffixes.
        card += ContentLine.line("N", [parts.family, parts.given, "", "", ""].map(ContentLine.escaped).joined(separator: ";"))
        if !organization.isEmpty { card += ContentLine.line("ORG", ContentLine.escaped(organization)) }
        if !title.isEmpty { card += ContentLine.line("TITLE", ContentLine.escaped(title)) }
        if !role.isEmpty { card += ContentLine.line("ROLE", ContentLine.escaped(role)) }
        if !email.isEmpty { card += ContentLine.line("EMAIL;TYPE=work", ContentLine.escaped(email)) }
        if !phone.isEmpty { card += ContentLine.line("TEL;VALUE=text;TYPE=work", ContentLine.escaped(phone)) }
        return card + "END:VCARD\r\n"
    }

    /// The store keeps one name; the family name is taken as its last word and the given names
    /// as the rest ("Jean-Luc Picard" → Picard; Jean-Luc). A name of one word (or written
    /// without spaces, as Japanese names often are) is all family name. FN keeps the name whole,
    /// and address books show FN.
    public var nameParts: (family: String, given: String) {
        let words = name.split(whereSeparator: { $0 == " " })
        guard words.count > 1, let last = words.last else { return (String(Substring(name).trimmingWhitespace()), "") }
        return (String(last), words.dropLast().joined(separator: " "))
    }
}
