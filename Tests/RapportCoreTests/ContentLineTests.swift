import RapportCore
import XCTest

final class ContentLineTests: XCTestCase {
    func testTextValuesEscapeBackslashCommaSemicolonAndLineBreaks() {
        XCTAssertEqual(ContentLine.escaped("a\\b,c;d\ne\r\nf\rg"), "a\\\\b\\,c\\;d\\ne\\nf\\ng")
        XCTAssertEqual(ContentLine.escaped("tab\there"), "tab\there")
        XCTAssertEqual(ContentLine.escaped("bell\u{07}esc\u{1B}[31m"), "bell\u{2426}esc\u{2426}[31m")
    }

    func testLongLinesFoldAt75OctetsWithoutSplittingACharacter() {
        let value = String(repeating: "東", count: 60)  // 3 octets each
        let folded = ContentLine.line("SUMMARY", value)
        XCTAssertTrue(folded.hasSuffix("\r\n"))
        let lines = folded.dropLast(2).components(separatedBy: "\r\n")
        XCTAssertGreaterThan(lines.count, 1)
        for line in lines { XCTAssertLessThanOrEqual(line.utf8.count, 75, line) }
        for line in lines.dropFirst() { XCTAssertTrue(line.hasPrefix(" ")) }
        // Unfolding (RFC 5545 §3.1: remove CRLF followed by one space) gives the line back.
        XCTAssertEqual(folded.replacingOccurrences(of: "\r\n ", with: ""), "SUMMARY:" + value + "\r\n")
        XCTAssertEqual(ContentLine.line("UID", "short"), "UID:short\r\n")
        let exactly75 = "X:" + String(repeating: "a", count: 73)
        XCTAssertEqual(ContentLine.fold(exactly75), exactly75 + "\r\n")
    }

    func testACardHasTheRequiredPropertiesAndSplitsTheName() {
        let card = ContactCard(
            uid: "rapport:contact:7", name: "Jean-Luc Picard", organization: "Starfleet, Inc; HQ", title: "Captain", role: "sponsor",
            email: "jl@example.com", phone: "+1 555 0100").vCard
        XCTAssertEqual(card, """
            BEGIN:VCARD\r
            VERSION:4.0\r
            UID:rapport:contact:7\r
            FN:Jean-Luc Picard\r
            N:Picard;Jean-Luc;;;\r
            ORG:Starfleet\\, Inc\\; HQ\r
            TITLE:Captain\r
            ROLE:sponsor\r
            EMAIL;TYPE=work:jl@example.com\r
            TEL;VALUE=text;TYPE=work:+1 555 0100\r
            END:VCARD\r

            """)
        let single = ContactCard(uid: "u", name: "山田太郎", organization: "", title: "", role: "", email: "", phone: "").vCard
        XCTAssertTrue(single.contains("\r\nN:山田太郎;;;;\r\n"), single)
        XCTAssertFalse(single.contains("ORG"))
    }

    func testAnEventIsAllDayWithAStableUIDAndAUTCStamp() throws {
        let day = try XCTUnwrap(Day(year: 2026, month: 12, day: 31))
        let stamp = CalendarStamp(secondsSince1970: 1_800_000_000)
        XCTAssertEqual(stamp.text, "20270115T080000Z")
        let event = CalendarDay(uid: "account-4-renewal@rapport", day: day, summary: "Renewal: A; B", description: "").event(stamp: stamp)
        XCTAssertEqual(event, """
            BEGIN:VEVENT\r
            UID:account-4-renewal@rapport\r
            DTSTAMP:20270115T080000Z\r
            DTSTART;VALUE=DATE:20261231\r
            DTEND;VALUE=DATE:20270101\r
            SUMMARY:Renewal: A\\; B\r
            TRANSP:TRANSPARENT\r
            END:VEVENT\r

            """)
        XCTAssertEqual(CalendarStamp(secondsSince1970: -1).text, "19691231T235959Z")
    }
}
