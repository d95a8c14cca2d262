import Foundation
import RapportCore
import XCTest

/// Names and notes that would be markup, a link, a script or a formula are shown as the text
/// they are in every format.
final class ReportEscapingTests: XCTestCase {
    private let today = Day(year: 2026, month: 12, day: 1) ?? Day(daysSinceEpoch: 0)
    private let hostileNames = [
        "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "[click](javascript:alert(3))", "<javascript:alert(4)>",
        "Pipe | Co\nnew row", "=HYPERLINK(\"http://evil\",\"x\")", "+1 Corp", "@SUM(A1)", "-2 Ltd", "**bold** _it_ `code` ~~s~~ # h",
    ]

    private func hostileReport() -> Report {
        let rows = hostileNames.map { name in
            InitiativeReportRow(account: name, title: name, status: .blocked, progress: 10, dueDate: today, latestNote: name, completedInPeriod: false)
        }
        let attention = hostileNames.map { name in
            AttentionCandidate(account: name, health: 10, atRisk: 1, blocked: 0, overdue: 0, stayInTouch: .onTrack, renewal: .none)
        }
        let movers = MoverCandidates(
            up: hostileNames.prefix(5).map { .init(account: $0, current: 200, previous: 100) },
            down: hostileNames.suffix(5).map { .init(account: $0, current: 100, previous: 200) }, monthsCompared: 3)
        let input = ReportInput(
            account: nil, revenue: [], accountsByTier: [:], lifecycle: nil,
            initiatives: InitiativeStanding(completedInPeriod: 0, onTrack: 0, atRisk: 0, blocked: 10, planned: 0, overdue: 0),
            initiativeRows: rows, attention: attention, movers: movers)
        return Report.assemble(input, period: Period(size: .month, containing: YearMonth(year: 2026, month: 11), calendar: FiscalCalendar()), today: today)
    }

    func testHTMLShowsMarkupAsTextAndHasNoScriptNoHandlerAndNoLink() {
        let html = hostileReport().html
        XCTAssertFalse(html.lowercased().contains("<script"), "no script element")
        XCTAssertFalse(html.contains("<img"), "no image element")
        XCTAssertFalse(html.contains("<a "), "no link")
        XCTAssertNil(html.range(of: "<[^>]*onerror", options: .regularExpression), "no handler inside a tag")
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
        XCTAssertTrue(html.contains("[click](javascript:alert(3))"), "shown as text, never made a link")
        XCTAssertTrue(html.contains("Pipe | Co new row"), "a line break in a name is a space, not obeyed")
        XCTAssertFalse(html.contains("http://") && html.contains("src=\"http"), "nothing fetched")
        let fetches = ["src=\"http", "href=\"http", "url(", "@import"].filter { html.contains($0) }
        XCTAssertEqual(fetches, [])
    }

    func testMarkdownTableCellsKeepTheirRowAndFormNoLinkOrTag() {
        let markdown = hostileReport().markdown
        let attentionTable = markdown.components(separatedBy: "## Accounts needing attention")[1].components(separatedBy: "\n## ")[0]
        let rows = attentionTable.split(separator: "\n").filter { $0.hasPrefix("|") }
        XCTAssertEqual(rows.count, 2 + 10, "a header, a separator and one row per account: no cell broke its row")
        for row in rows.dropFirst(2) {
            XCTAssertEqual(row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count, 4, String(row))
        }
        XCTAssertTrue(markdown.contains("Pipe \\| Co new row"))
        XCTAssertTrue(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(markdown.contains("&lt;img src=x onerror=alert(2)&gt;"))
        XCTAssertTrue(markdown.contains("\\[click\\](javascript:alert(3))"), "no link can form without its brackets")
        XCTAssertTrue(markdown.contains("&lt;javascript:alert(4)&gt;"), "no autolink")
        XCTAssertTrue(markdown.contains("\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\# h"))
        XCTAssertFalse(markdown.contains("<script"))
    }

    func testMarkdownEscapingIsUndoneByAGitHubStyleReader() {
        // Every escape is a backslash before ASCII punctuation or an entity, both of which
        // CommonMark turns back into the character: what a reader sees is the name.
        let name = "a|b*c_d[e]f<g>h&i`j~k#l\\m"
        let escaped = MarkdownText.inline(name)
        var unescaped = ""
        var iterator = escaped.makeIterator()
        while let character = iterator.next() {
            unescaped.append(character == "\\" ? (iterator.next() ?? character) : character)
        }
        unescaped = unescaped.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
        XCTAssertEqual(unescaped, name)
    }

    func testCSVNeutralisesFormulasInEveryCell() {
        let csv = hostileReport().csv
        let cells = csv.split(separator: "\r\n").flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
        for start in ["=", "+", "@"] {
            XCTAssertFalse(cells.contains { $0.hasPrefix(start) || $0.hasPrefix("\"" + start) }, "a cell starts with \(start)")
        }
        XCTAssertFalse(cells.contains { ($0.hasPrefix("-") && Double($0) == nil) || $0.hasPrefix("\"-") })
        XCTAssertTrue(csv.contains("'+1 Corp"))
        XCTAssertTrue(csv.contains("'@SUM(A1)"))
        XCTAssertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""))
        XCTAssertTrue(csv.contains("mover_down,'-2 Ltd,change,-1.00"), "a negative amount stays a number")
    }
}
