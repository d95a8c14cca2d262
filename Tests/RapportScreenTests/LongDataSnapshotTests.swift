import RapportCore
import RapportScreen
import RapportViewModel
import XCTest

/// Every screen at 80×24, 100×30 and 120×40 over a book of long data, recorded as snapshots,
/// and checked by one rule: nothing is cut mid-word, and no figure is cut.
final class LongDataSnapshotTests: XCTestCase {
    static let sizes = [(80, 24), (100, 30), (120, 40)]

    /// Each screen: a name and the keys that reach it from the dashboard's first frame.
    static let screens: [(name: String, keys: [Key])] = [
        ("dashboard", []),
        ("dashboard-initiatives", [.tab]),
        ("dashboard-filtered", [.char("/"), .char("m"), .char("a"), .char("r"), .enter]),
        ("overview", [.enter]),
        ("contacts", [.enter, .tab]),
        ("timeline", [.enter, .tab, .tab]),
        ("initiatives", [.enter, .tab, .tab, .tab]),
        ("pipeline", [.enter, .tab, .tab, .tab, .tab]),
        ("metrics-chart", [.enter, .backTab]),
        ("metrics-table", [.enter, .backTab, .char("t")]),
        ("book-metrics", [.char("M")]),
        ("help", [.char("?")]),
        ("form", [.char("l")]),
        ("confirm", [.char("d")]),
    ]

    func testEveryScreenWithLongDataAtEverySize() throws {
        for (width, height) in Self.sizes {
            for screenCase in Self.screens {
                let screen = DemoScreen(driver: try LongBook.driver(), width: width, height: height)
                for key in screenCase.keys { screen.press(key) }
                let lines = screen.lines
                assertSnapshot(lines, named: "long-\(screenCase.name)-\(width)x\(height)")
                for problem in CutCheck.problems(in: lines, longStrings: LongBook.longStrings) {
                    XCTFail("\(screenCase.name) at \(width)×\(height): \(problem)\n\(lines.joined(separator: "\n"))")
                }
            }
        }
    }

    func testTheEmptyBookAtEverySize() throws {
        for (width, height) in Self.sizes {
            let screen = DemoScreen(driver: try EmptyBook.driver(), width: width, height: height)
            let lines = screen.lines
            assertSnapshot(lines, named: "long-empty-\(width)x\(height)")
            XCTAssertFalse(lines.joined().contains("…"), "\(width)×\(height):\n\(lines.joined(separator: "\n"))")
        }
    }

    /// The current section's tab shows at 70×20 for every section, with long data too.
    func testTheCurrentTabShowsAt70x20() throws {
        let screen = DemoScreen(driver: try LongBook.driver(), width: 70, height: 20)
        screen.press(.enter)
        for section in DetailSection.allCases {
            XCTAssertEqual(screen.state.detail?.section, section)
            XCTAssertTrue(screen.lines[2].contains(section.title), "\(section): \(screen.lines[2])")
            screen.press(.tab)
        }
    }

    /// The check itself fails on the cuts the issue found.
    func testTheCheckCatchesACutMidWordAndACutFigure() {
        let strings = ["last contact 13 days ago", "sponsor, decision maker"]
        XCTAssertFalse(CutCheck.problems(in: ["│ last contact 13 days a  │"], longStrings: strings).isEmpty)
        XCTAssertFalse(CutCheck.problems(in: ["│ sponsor, decision make…│"], longStrings: strings).isEmpty)
        XCTAssertFalse(CutCheck.problems(in: ["backtest MASE 1.… "], longStrings: strings).isEmpty)
        XCTAssertFalse(CutCheck.problems(in: ["ARR $1,23…"], longStrings: strings).isEmpty)
        XCTAssertEqual(CutCheck.problems(in: ["│ last contact 13 days… │", "sponsor, decision maker"], longStrings: strings), [])
    }
}

import RapportStore
import RapportTestSupport

enum EmptyBook {
    static func driver() throws -> Driver {
        Driver(database: try AppDatabase.inMemory(basis: SummaryBasis(today: DemoScreen.today)), storeName: "rapport.sqlite", today: DemoScreen.today)
    }
}

/// Finds text drawn cut against the rule.
enum CutCheck {
    static let separators: Set<Character> = [" ", ",", ";", ":", "·", "—", "–", "-", "/"]

    /// What is wrong on the screen: a long string shown cut inside a word (with or without
    /// "…"), or shown cut with no "…"; a figure followed directly by "…".
    static func problems(in lines: [String], longStrings: [String]) -> [String] {
        var found: [String] = []
        for line in lines {
            let characters = Array(line)
            // A figure cut: a digit, or a decimal point or comma inside a figure, right before "…".
            for index in characters.indices where characters[index] == "…" && index > 0 {
                let before = characters[index - 1]
                if before.isNumber || ((before == "." || before == ",") && index > 1 && characters[index - 2].isNumber) {
                    let start = characters[..<index].lastIndex(of: " ").map { $0 + 1 } ?? 0
                    found.append("a figure cut: “\(String(characters[start...index]))”")
                }
            }
            for text in longStrings {
                found += problems(of: Array(text), in: characters)
            }
        }
        return found
    }

    /// Where a prefix of `text` (ten characters or more) appears in `line` but not all of it.
    private static func problems(of text: [Character], in line: [Character]) -> [String] {
        let head = text.prefix(10)
        guard head.count == 10 else { return [] }
        var found: [String] = []
        var start = 0
        while start + head.count <= line.count {
            guard Array(line[start..<(start + head.count)]) == Array(head) else {
                start += 1
                continue
            }
            var length = head.count
            while length < text.count, start + length < line.count, line[start + length] == text[length] { length += 1 }
            defer { start += length }
            guard length < text.count else { continue }
            let shown = String(text[..<length])
            let next = start + length < line.count ? line[start + length] : nil
            let endsAtWord = separators.contains(text[length]) || separators.contains(text[length - 1])
            if next == "…" {
                // A cut inside a word is allowed only for a single word too wide to show whole.
                if !endsAtWord && shown.contains(" ") { found.append("cut mid-word: “\(shown)…”") }
            } else if let next, ("\u{2500}"..."\u{257F}").contains(next) {
                // An overlay's border drawn over the text: covered, not cut.
                continue
            } else if separators.contains(text[length - 1]) {
                // Only a shared first word or two ("Aerospace " of another name): not this text.
                continue
            } else if !endsAtWord {
                found.append("cut with no ellipsis: “\(shown)”")
            } else if next != nil && next != " " && next != "│" && next != "┃" {
                found.append("cut with no ellipsis: “\(shown)\(next.map(String.init) ?? "")”")
            }
        }
        return found
    }
}
