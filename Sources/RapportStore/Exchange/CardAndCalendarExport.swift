import GRDB
import RapportCore

/// Contacts as vCards and the book's dates as an iCalendar file, written record by record.
enum CardAndCalendarExport {
    /// Every contact as a vCard 4.0 (`ContactCard`), in id order; ORG is the account's name and
    /// ROLE the contact's role in the relationship (sponsor, decision maker, ...).
    static func writeCards(_ db: Database, to stream: ExportStream) throws {
        let names = AccountNames(db: db)
        try BookReader(db: db).contacts { contact in
            let role = ContactRole(rawValue: contact.role)?.label ?? contact.role
            let card = ContactCard(
                uid: "rapport:contact:\(contact.id)", name: contact.name, organization: try names.account(contact.accountID),
                title: contact.title, role: role, email: contact.email, phone: contact.phone)
            try stream.write(card.vCard)
        }
        try stream.flush()
    }

    /// One VCALENDAR of all-day events: each account's next follow-up and renewal, and each
    /// open initiative's due date (a done one leaves the calendar). UIDs name the record and
    /// the kind of date, so a calendar that reads a regenerated file moves an event whose date
    /// changed instead of adding a second one.
    static func writeCalendar(_ db: Database, stamp: CalendarStamp, productVersion: String, to stream: ExportStream) throws {
        let reader = BookReader(db: db)
        let names = AccountNames(db: db)
        try stream.write(CalendarText.header(productVersion: productVersion))
        try reader.accounts { account in
            let arr = Money(minorUnits: account.arrMinor)
            if let followUp = account.nextFollowUp.value.flatMap(Day.init(iso:)) {
                let event = CalendarDay(
                    uid: "account-\(account.id)-follow-up@rapport", day: followUp, summary: "Follow up: \(account.name)",
                    description: "Next follow-up with \(account.name)" + (account.owner.isEmpty ? "" : " (owner: \(account.owner))"))
                try stream.write(event.event(stamp: stamp))
            }
            if let renewal = account.renewalDate.value.flatMap(Day.init(iso:)) {
                let event = CalendarDay(
                    uid: "account-\(account.id)-renewal@rapport", day: renewal, summary: "Renewal: \(account.name)",
                    description: "\(account.name) renews: \(arr.full) ARR")
                try stream.write(event.event(stamp: stamp))
            }
        }
        try reader.initiatives { initiative in
            guard initiative.status != InitiativeStatus.done.rawValue, let due = initiative.dueDate.value.flatMap(Day.init(iso:)) else { return }
            let account = try names.account(initiative.accountID)
            let status = InitiativeStatus(rawValue: initiative.status)?.label ?? initiative.status
            let event = CalendarDay(
                uid: "initiative-\(initiative.id)-due@rapport", day: due, summary: "Due: \(initiative.title) (\(account))",
                description: "\(initiative.title) for \(account): \(status), \(initiative.progress)% done")
            try stream.write(event.event(stamp: stamp))
        }
        try stream.write(CalendarText.footer)
        try stream.flush()
    }
}

extension AppDatabase {
    /// Every contact as vCard 4.0, from one read transaction.
    public func exportContactCards(to stream: ExportStream) throws {
        try read { db in try CardAndCalendarExport.writeCards(db, to: stream) }
    }

    /// Follow-ups, open initiatives' due dates and renewals as one iCalendar file, stamped
    /// (DTSTAMP) with `stamp`.
    public func exportCalendar(stamp: CalendarStamp, productVersion: String, to stream: ExportStream) throws {
        try read { db in try CardAndCalendarExport.writeCalendar(db, stamp: stamp, productVersion: productVersion, to: stream) }
    }
}
