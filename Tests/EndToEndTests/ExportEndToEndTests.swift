import Foundation
import RapportCore
import RapportStore
import XCTest

private struct NotSaved: Error {
    let intent: StoreIntent
}

/// `rapport export` as a user runs it, its files read back by the parsers other programs use:
/// Python's csv module, vobject (vCard) and icalendar.
final class ExportEndToEndTests: XCTestCase {
    private let clock = Date(timeIntervalSince1970: 1_795_000_000)
    private let day = { (offset: Int) in (Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)).adding(days: offset) }

    /// A small book of everything a spreadsheet or a parser could trip on: formulas, quotes,
    /// commas, semicolons, line breaks, negative amounts, accents, Japanese, long text to fold.
    private func hostileStore(_ scratch: Scratch) throws -> String {
        let path = scratch.file("book.sqlite")
        let database = try openStore(path)
        func added(_ intent: StoreIntent) throws -> Int64 {
            guard case .saved(let summary) = try database.apply(intent, at: clock), let id = summary.focusAccountID else {
                throw NotSaved(intent: intent)
            }
            return id
        }
        let formula = try added(.addAccount(Account(
            name: "=HYPERLINK(\"http://evil\",\"x\")", industry: "+Software", region: "@North", tier: .enterprise, owner: "-Dana",
            annualRecurringRevenue: Money(minorUnits: -120_050), renewalDate: day(30), nextFollowUp: day(3),
            notes: "Line one, \"quoted\"\r\nline two; \\ end")))
        let tokyo = try added(.addAccount(Account(
            name: "東京精密 株式会社", industry: "Manufacturing", region: "Japan", tier: .strategic, owner: "Zoë Ålesund",
            annualRecurringRevenue: .major(2_500_000), renewalDate: day(90))))
        _ = try database.apply(.addContact(Contact(
            accountID: formula, name: "Jean-Luc O'Brien", title: "VP, Operations; EMEA \\ " + String(repeating: "Präzision ", count: 12),
            email: "jl@example.com", phone: "+1 555 0100", role: .sponsor, influence: 5, sentiment: .neutral, isMainContact: true)), at: clock)
        _ = try database.apply(.addContact(Contact(
            accountID: tokyo, name: "山田太郎", title: "部長", email: "yamada@example.jp", phone: "", role: .decisionMaker, influence: 4,
            sentiment: .neutral, isMainContact: true)), at: clock)
        _ = try database.apply(.addInitiative(Initiative(
            accountID: tokyo, title: "Rollout, phase 2", objective: "=1+1", owner: "Aiko", status: .atRisk, progress: 40, dueDate: day(20))), at: clock)
        _ = try database.apply(.addInitiative(Initiative(
            accountID: tokyo, title: "Finished work", objective: "", owner: "Aiko", status: .done, progress: 100, dueDate: day(5))), at: clock)
        _ = try database.apply(.addOpportunity(Opportunity(
            accountID: formula, name: "Credit note", kind: .upsell, amount: Money(minorUnits: -120_050), probability: 90,
            expectedClose: day(40), category: .commit, stage: "-negotiation")), at: clock)
        _ = try database.apply(.recordMetric(MetricPoint(accountID: tokyo, metric: "nps", month: day(0).yearMonth, actual: -12, target: 30)), at: clock)
        try database.close()
        return path
    }

    private func export(_ store: String, _ arguments: [String], to file: String) throws {
        let result = try runCommand(RapportBinary.path, ["export", "--store", store, "--output", file] + arguments)
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(result.standardOutput, "")
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600, "\(file) is private")
    }

    private func python(_ script: String, _ file: String) throws -> Any {
        let result = try runCommand("/usr/bin/env", ["python3", "-c", script, file])
        XCTAssertEqual(result.status, 0, result.standardError)
        return try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    }

    func testEveryCSVIsReadBackByPythonToTheSameValuesWithFormulasNeutralised() throws {
        let scratch = try Scratch()
        let store = try hostileStore(scratch)
        let read = "import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))"
        let accountsFile = scratch.file("accounts.csv")
        try export(store, ["--format", "csv", "--kind", "accounts"], to: accountsFile)
        let raw = try XCTUnwrap(FileManager.default.contents(atPath: accountsFile))
        XCTAssertTrue(String(decoding: raw, as: UTF8.self).hasPrefix("ID,Name,Industry,Region,Tier,Owner,ARR,Renewal Date,Next Follow Up,Stay In Touch Days,Notes\r\n"))
        let accounts = try XCTUnwrap(python(read, accountsFile) as? [[String]])
        XCTAssertEqual(accounts.count, 3)
        XCTAssertEqual(accounts[1], [
            "1", "'=HYPERLINK(\"http://evil\",\"x\")", "'+Software", "'@North", "enterprise", "'-Dana", "-1200.50", day(30).iso, day(3).iso, "",
            "Line one, \"quoted\"\r\nline two; \\ end",
        ])
        XCTAssertEqual(accounts[2][1], "東京精密 株式会社")
        XCTAssertEqual(accounts[2][6], "2500000.00")

        let contactsFile = scratch.file("contacts.csv")
        try export(store, ["--format", "csv", "--kind", "contacts"], to: contactsFile)
        let contacts = try XCTUnwrap(python(read, contactsFile) as? [[String]])
        XCTAssertEqual(contacts[0], ["ID", "Account ID", "Account", "Name", "Title", "Email", "Phone", "Role", "Influence", "Sentiment", "Main Contact", "Reports To", "Reports To ID"])
        XCTAssertEqual(contacts[1][2], "'=HYPERLINK(\"http://evil\",\"x\")")
        XCTAssertEqual(contacts[1][6], "'+1 555 0100")
        XCTAssertEqual(contacts[2][3], "山田太郎")

        let opportunitiesFile = scratch.file("opportunities.csv")
        try export(store, ["--format", "csv", "--kind", "opportunities"], to: opportunitiesFile)
        let opportunities = try XCTUnwrap(python(read, opportunitiesFile) as? [[String]])
        XCTAssertEqual(Array(opportunities[1][5...]), ["-1200.50", "90", day(40).iso, "commit", "'-negotiation"])

        let metricsFile = scratch.file("metrics.csv")
        try export(store, ["--format", "csv", "--kind", "metrics"], to: metricsFile)
        XCTAssertEqual(try python(read, metricsFile) as? [[String]], [
            ["Account ID", "Account", "Metric", "Month", "Actual", "Target"], ["2", "東京精密 株式会社", "nps", day(0).yearMonth.iso, "-12", "30"],
        ])
        for kind in ["interactions", "initiatives"] {
            let file = scratch.file("\(kind).csv")
            try export(store, ["--format", "csv", "--kind", kind], to: file)
            XCTAssertNotNil(try python(read, file) as? [[String]])
        }
    }

    func testContactsAreVCardsThatVobjectReads() throws {
        let scratch = try Scratch()
        let store = try hostileStore(scratch)
        let file = scratch.file("contacts.vcf")
        try export(store, ["--format", "vcard"], to: file)
        let text = String(decoding: try XCTUnwrap(FileManager.default.contents(atPath: file)), as: UTF8.self)
        XCTAssertTrue(text.hasSuffix("\r\n"))
        let lines = text.dropLast(2).components(separatedBy: "\r\n")
        XCTAssertFalse(lines.contains { $0.contains("\n") || $0.contains("\r") }, "CRLF line ends only")
        XCTAssertTrue(lines.allSatisfy { $0.utf8.count <= 75 }, "folded at 75 octets")
        XCTAssertTrue(lines.contains { $0.hasPrefix(" ") }, "the long title was folded")
        let script = """
            import json,sys,vobject
            cards = []
            for card in vobject.readComponents(open(sys.argv[1], encoding='utf-8').read()):
                assert card.version.value == '4.0'
                cards.append({'uid': card.uid.value, 'fn': card.fn.value, 'family': card.n.value.family, 'given': card.n.value.given,
                              'org': card.org.value, 'title': card.title.value, 'role': card.role.value,
                              'email': card.email.value, 'tel': card.tel.value if hasattr(card, 'tel') else None})
            print(json.dumps(cards))
            """
        let cards = try XCTUnwrap(python(script, file) as? [[String: Any]])
        XCTAssertEqual(cards.count, 2)
        XCTAssertEqual(cards[0]["uid"] as? String, "rapport:contact:1")
        XCTAssertEqual(cards[0]["fn"] as? String, "Jean-Luc O'Brien")
        XCTAssertEqual(cards[0]["family"] as? String, "O'Brien")
        XCTAssertEqual(cards[0]["given"] as? String, "Jean-Luc")
        XCTAssertEqual(cards[0]["org"] as? [String], ["=HYPERLINK(\"http://evil\",\"x\")"])
        XCTAssertEqual(cards[0]["title"] as? String, "VP, Operations; EMEA \\ " + String(repeating: "Präzision ", count: 12))
        XCTAssertEqual(cards[0]["role"] as? String, "sponsor")
        XCTAssertEqual(cards[0]["tel"] as? String, "+1 555 0100")
        XCTAssertEqual(cards[1]["fn"] as? String, "山田太郎")
        XCTAssertEqual(cards[1]["role"] as? String, "decision maker")
        XCTAssertTrue(cards[1]["tel"] is NSNull, "no TEL for a contact without a phone")
    }

    func testDatesAreOneCalendarThatIcalendarReadsWithUIDsStableAcrossRuns() throws {
        let scratch = try Scratch()
        let store = try hostileStore(scratch)
        let file = scratch.file("rapport.ics")
        try export(store, ["--format", "ics"], to: file)
        let first = String(decoding: try XCTUnwrap(FileManager.default.contents(atPath: file)), as: UTF8.self)
        let script = """
            import json,sys,icalendar
            calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            assert str(calendar['VERSION']) == '2.0' and str(calendar['PRODID']).startswith('-//Rapport//')
            events = []
            for event in calendar.walk('VEVENT'):
                assert 'DTSTAMP' in event
                start = event.decoded('DTSTART')
                assert type(start).__name__ == 'date', 'an all-day event'
                events.append([str(event['UID']), start.isoformat(), str(event['SUMMARY']), str(event.get('DESCRIPTION', ''))])
            print(json.dumps(events))
            """
        let events = try XCTUnwrap(python(script, file) as? [[String]])
        XCTAssertEqual(events.map { Array($0.prefix(3)) }, [
            ["account-1-follow-up@rapport", day(3).iso, "Follow up: =HYPERLINK(\"http://evil\",\"x\")"],
            ["account-1-renewal@rapport", day(30).iso, "Renewal: =HYPERLINK(\"http://evil\",\"x\")"],
            ["account-2-renewal@rapport", day(90).iso, "Renewal: 東京精密 株式会社"],
            ["initiative-1-due@rapport", day(20).iso, "Due: Rollout, phase 2 (東京精密 株式会社)"],
        ])
        XCTAssertEqual(events[1][3], "=HYPERLINK(\"http://evil\",\"x\") renews: -$1,200.50 ARR")
        // A second run (a cron job's) replaces the file; only DTSTAMP may differ.
        try export(store, ["--format", "ics"], to: file)
        let second = String(decoding: try XCTUnwrap(FileManager.default.contents(atPath: file)), as: UTF8.self)
        func withoutStamps(_ text: String) -> [String] { text.components(separatedBy: "\r\n").filter { !$0.hasPrefix("DTSTAMP:") } }
        XCTAssertEqual(withoutStamps(second), withoutStamps(first))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.hasSuffix(".tmp") }, [], "no temporary file left")
    }

    func testTheBookGoesToStdoutAndBackThroughImport() throws {
        let scratch = try Scratch()
        let store = try hostileStore(scratch)
        let exported = try runCommand(RapportBinary.path, ["export", "--store", store])
        XCTAssertEqual(exported.status, 0, exported.standardError)
        XCTAssertTrue(exported.standardOutput.contains("\"format\" : \"rapport-book\""))
        let bookFile = scratch.file("book.json")
        try exported.standardOutput.write(toFile: bookFile, atomically: true, encoding: .utf8)
        let restored = scratch.file("restored.sqlite")
        let result = try runCommand(RapportBinary.path, ["import", bookFile, "--store", restored])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardOutput.hasPrefix("restored 2 accounts, 2 contacts"), result.standardOutput)
        XCTAssertEqual(try runCommand(RapportBinary.path, ["export", "--store", restored]).standardOutput, exported.standardOutput)
        // A dry run onto another book says what each kind would get, and writes nothing.
        let other = scratch.file("other.sqlite")
        XCTAssertEqual(try runCommand(RapportBinary.path, ["demo", "--store", other, "--accounts", "3", "--today", "2026-11-18"]).status, 0)
        let otherBefore = try runCommand(RapportBinary.path, ["export", "--store", other]).standardOutput
        let dryRun = try runCommand(RapportBinary.path, ["import", bookFile, "--dry-run", "--store", other])
        XCTAssertEqual(dryRun.status, 0, dryRun.standardError)
        XCTAssertTrue(dryRun.standardOutput.contains("records matched by name"), dryRun.standardOutput)
        XCTAssertTrue(dryRun.standardOutput.contains("accounts: 2 created, 0 updated, 0 unchanged"), dryRun.standardOutput)
        XCTAssertTrue(dryRun.standardOutput.hasSuffix("dry run: nothing was written\n"), dryRun.standardOutput)
        XCTAssertEqual(try runCommand(RapportBinary.path, ["export", "--store", other]).standardOutput, otherBefore)

        // Onto the store it now fills, the same file is merged, and changes nothing.
        let again = try runCommand(RapportBinary.path, ["import", bookFile, "--store", restored])
        XCTAssertEqual(again.status, 0, again.standardError)
        XCTAssertTrue(again.standardOutput.contains("records matched by id"), again.standardOutput)
        XCTAssertTrue(again.standardOutput.contains("accounts: 0 created, 0 updated, 2 unchanged"), again.standardOutput)
        XCTAssertTrue(again.standardOutput.hasSuffix("Nothing to import: every record of book.json matches what is stored\n"), again.standardOutput)
        XCTAssertEqual(try runCommand(RapportBinary.path, ["export", "--store", restored]).standardOutput, exported.standardOutput)
    }

    func testARejectedBookFileLeavesNoStoreBehind() throws {
        let scratch = try Scratch()
        let bookFile = scratch.file("other.json")
        try #"{"format": "rapport-book", "version": 1}"#.write(toFile: bookFile, atomically: true, encoding: .utf8)
        let store = scratch.file("new.sqlite")
        let result = try runCommand(RapportBinary.path, ["import", bookFile, "--store", store])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.standardError, "rapport: other.json: money: missing (every field is required; write null for none)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: store), "no store is created for a file that is refused")
        let dryRun = try runCommand(RapportBinary.path, ["import", bookFile, "--kind", "book", "--dry-run", "--store", store])
        XCTAssertEqual(dryRun.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: store))
    }

    /// `--output` names a pipe or a link: the export goes through it, and the pipe or the link
    /// itself stays (a rename over them would replace a FIFO — or /dev/null — with a file).
    func testAnOutputThatIsAPipeOrALinkIsWrittenThroughNotReplaced() throws {
        let scratch = try Scratch()
        let store = try hostileStore(scratch)
        let fifo = scratch.file("pipe")
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let received = scratch.file("received.json")
        // A reader on the pipe, as a process substitution would be.
        let reader = try runCommand("/bin/sh", ["-c", "cat \"$0\" > \"$1\" & echo started", fifo, received])
        XCTAssertEqual(reader.status, 0, reader.standardError)
        let viaPipe = try runCommand(RapportBinary.path, ["export", "--store", store, "--format", "json", "--output", fifo])
        XCTAssertEqual(viaPipe.status, 0, viaPipe.standardError)
        var status = stat()
        XCTAssertEqual(lstat(fifo, &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFIFO, "the pipe is still a pipe")
        let deadline = Date().addingTimeInterval(5)
        while (try? String(contentsOfFile: received, encoding: .utf8))?.contains("rapport-book") != true && Date() < deadline { usleep(50_000) }
        XCTAssertTrue(try String(contentsOfFile: received, encoding: .utf8).contains("\"format\" : \"rapport-book\""))

        let real = scratch.file("real.json")
        try "old".write(toFile: real, atomically: false, encoding: .utf8)
        let link = scratch.file("link.json")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let viaLink = try runCommand(RapportBinary.path, ["export", "--store", store, "--format", "json", "--output", link])
        XCTAssertEqual(viaLink.status, 0, viaLink.standardError)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), real, "the link is still a link")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: real)[.posixPermissions] as? Int, 0o600)
        XCTAssertTrue(try String(contentsOfFile: real, encoding: .utf8).contains("rapport-book"), "and its file got the export")
    }

    func testAMissingStoreOrAMismatchedKindIsAOneLineError() throws {
        let scratch = try Scratch()
        let missing = try runCommand(RapportBinary.path, ["export", "--store", scratch.file("nothing.sqlite")])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.standardError.contains("no store at"), missing.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.file("nothing.sqlite")), "export never creates a store")
        let noKind = try runCommand(RapportBinary.path, ["export", "--format", "csv", "--store", scratch.file("nothing.sqlite")])
        XCTAssertNotEqual(noKind.status, 0)
        XCTAssertTrue(noKind.standardError.contains("--format csv needs --kind"), noKind.standardError)
    }
}
