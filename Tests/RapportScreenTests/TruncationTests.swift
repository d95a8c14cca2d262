import RapportScreen
import XCTest

/// The one truncation rule: cut at a word boundary and end in "…"; a word is cut inside only
/// when it alone is too wide, and a figure never is.
final class TruncationTests: XCTestCase {
    func testTheCutFallsAtAWordBoundary() {
        // The examples, at the widths where they were cut mid-word.
        XCTAssertEqual(TextFit.truncate("last contact 13 days ago", to: 22), "last contact 13 days…")
        XCTAssertEqual(TextFit.truncate("sponsor, decision maker, champion", to: 22), "sponsor, decision…")
        XCTAssertEqual(TextFit.truncate("57 days past the stay-in-touch cadence", to: 30), "57 days past the…")
        // A boundary right after the room counts: the whole last word fits.
        XCTAssertEqual(TextFit.truncate("alpha beta gamma", to: 11), "alpha beta…")
        // Separators left dangling before the ellipsis go.
        XCTAssertEqual(TextFit.truncate("sponsor, decision maker", to: 12), "sponsor…")
        XCTAssertEqual(TextFit.truncate("a · b · c · d", to: 8), "a · b…")
    }

    func testALongSingleWordIsCutInsideWithAnEllipsis() {
        XCTAssertEqual(TextFit.truncate("Driftwood Aerospace", to: 6), "Drift…")
        XCTAssertEqual(TextFit.truncate("Supercalifragilistic", to: 10), "Supercali…")
    }

    func testAFigureIsNeverCut() {
        XCTAssertEqual(TextFit.truncate("$1,234,567", to: 6), "…")
        XCTAssertEqual(TextFit.truncate("backtest MASE 1.23", to: 17), "backtest MASE…")
        XCTAssertEqual(TextFit.truncate("12345 accounts", to: 4), "…")
        XCTAssertEqual(TextFit.truncate("2026-12-04", to: 8), "…")
        // A word that only holds digits, such as a path, is cut like any word.
        XCTAssertEqual(TextFit.truncate("/tmp/run-42/config/theme.toml: bad", to: 12), "/tmp/run-42…")
    }

    func testWhatFitsIsUntouched() {
        XCTAssertEqual(TextFit.truncate("last contact 13 days ago", to: 24), "last contact 13 days ago")
        XCTAssertEqual(TextFit.truncate("東京精密 KK", to: 11), "東京精密 KK")
    }

    func testEveryCutFitsItsWidth() {
        let texts = ["Müller Präzision GmbH", "東京精密 KK ホールディングス", "a b c d e f", "x", "$12.5M ARR · 4 accounts"]
        for text in texts {
            for width in 0...30 {
                let cut = TextFit.truncate(text, to: width)
                XCTAssertLessThanOrEqual(DisplayWidth.of(cut), width, "\(text) at \(width): \(cut)")
                if cut != text && width > 0 { XCTAssertTrue(cut.hasSuffix("…"), "\(text) at \(width): \(cut)") }
            }
        }
    }
}

/// A table never cuts a figure: its column widens to the widest one on screen, or is left out.
final class TableFigureTests: XCTestCase {
    let table = Table(columns: [
        Table.Column("Name", width: 8, flexible: true),
        Table.Column("ARR", width: 5, alignment: .right, priority: 8, keepsWhole: true),
    ])

    func testAFigureColumnWidensToItsWidestCell() {
        let rows = [[Table.Item("Acme Corporation"), Table.Item("$1,234,567")], [Table.Item("Bo"), Table.Item("$3")]]
        XCTAssertEqual(table.columnWidths(for: 30, rows: rows), [19, 10])
        var buffer = Buffer(width: 30, height: 3)
        table.render(in: buffer.area, into: &buffer, theme: TestThemes.plain, rows: rows, selected: nil, focused: false)
        XCTAssertEqual(buffer.lines[1], "Acme Corporation    $1,234,567")
    }

    func testAFigureColumnWithNoRoomIsLeftOutWhole() {
        let rows = [[Table.Item("Acme Corporation"), Table.Item("$1,234,567")]]
        XCTAssertEqual(table.columnWidths(for: 14, rows: rows), [14, 0])
        var buffer = Buffer(width: 14, height: 2)
        table.render(in: buffer.area, into: &buffer, theme: TestThemes.plain, rows: rows, selected: nil, focused: false)
        XCTAssertEqual(buffer.lines[1], "Acme…         ")
    }
}
