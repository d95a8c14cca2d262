import RapportCore
import RapportViewModel
import XCTest

/// The detail view's section tabs: the current one always shows whole, however narrow the
/// screen; the others are shown whole or not at all, with ‹ › saying more are there.
final class DetailTabsTests: XCTestCase {
    func testTheCurrentTabAlwaysShows() throws {
        for width in [60, 70, 80, 120] {
            let screen = try DemoScreen.demo(accounts: 3, width: width, height: 20)
            screen.press(.enter)
            for section in DetailSection.allCases {
                let tabs = screen.lines[2]
                XCTAssertTrue(tabs.contains(section.title), "\(width) columns, \(section): \(tabs)")
                // Every tab drawn is whole: each word on the line is a title, a separator or a mark
                let words = tabs.split(whereSeparator: { $0 == " " || $0 == "│" }).map(String.init)
                let allowed = Set(DetailSection.allCases.map(\.title) + ["‹", "›"])
                XCTAssertTrue(words.allSatisfy(allowed.contains), "\(width) columns: \(tabs)")
                screen.press(.tab)
            }
        }
    }

    func testAt70ColumnsTheMetricsTabShowsWhileInIt() throws {
        let screen = try DemoScreen.demo(accounts: 3, width: 70, height: 20)
        screen.press(.enter, .backTab)
        XCTAssertEqual(screen.state.detail?.section, .metrics)
        assertSnapshot([screen.lines[2]], named: "detail-tabs-metrics-70x20")
    }
}
