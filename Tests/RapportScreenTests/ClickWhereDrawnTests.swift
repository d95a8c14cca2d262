import RapportCore
import RapportViewModel
import XCTest

@testable import RapportScreen

/// A click lands on the row the screen drew there: the view model maps positions with the
/// geometry the screen lays out with, checked here against real frames (not arithmetic).
final class ClickWhereDrawnTests: XCTestCase {
    func testAClickOnEachDetailListRowSelectsTheRecordDrawnOnThatLine() throws {
        for (size, section, tabs) in [((120, 40), DetailSection.contacts, 1), ((80, 24), .timeline, 2), ((100, 30), .initiatives, 3), ((120, 40), .pipeline, 4)] {
            let screen = try DemoScreen.demo(width: size.0, height: size.1)
            screen.press(.enter)
            for _ in 0..<tabs { screen.press(.tab) }
            XCTAssertEqual(screen.state.detail?.section, section)
            // Move down a few rows first, so the list may have scrolled.
            for _ in 0..<6 { screen.press(.char("j")) }
            let names = try XCTUnwrap(screen.state.detail).shownNames(of: section)
            let lines = screen.lines
            var clicked = 0
            for (index, name) in names.enumerated().prefix(8) where !name.isEmpty {
                // A long name may be cut on screen: its start is enough to find its line.
                let start = String(name.prefix(12))
                guard let line = lines.firstIndex(where: { $0.contains(start) }), line > DashboardGeometry.detailTabRow else { continue }
                clicked += 1
                screen.driver.send(.mouse(MouseEvent(column: 5, row: line, action: .click), shown: screen.renderer.scroll.shown))
                let selected = try XCTUnwrap(screen.state.detail).shownNames(of: section)[try XCTUnwrap(screen.state.detail).selection(of: section)]
                XCTAssertTrue(lines[line].contains(String(selected.prefix(12))), "\(section) at \(size): a click on line \(line) (“\(lines[line])”) selected \(selected), row \(index)")
            }
            XCTAssertGreaterThanOrEqual(clicked, 2, "\(section) at \(size): rows were found on screen and clicked")
        }
    }

    func testAClickOnAKPIFigureWhereAFrameDrewItOpensThatFiguresList() throws {
        for size in [(120, 40), (80, 24), (70, 20)] {
            let screen = try DemoScreen.demo(width: size.0, height: size.1)
            let kpis = screen.state.kpis
            let lines = screen.lines
            // Each figure as the strip draws it, and the list it counts
            let figures: [(text: String, list: BookList)] = [
                ("▲\(kpis.initiatives.atRisk)", .atRisk), ("■\(kpis.initiatives.blocked)", .blocked), ("!\(kpis.initiatives.overdue)", .late),
                ("✉\(kpis.needingContact)", .toContact), ("Renewals", .renewals),
            ]
            for figure in figures {
                guard let row = lines.indices.first(where: { lines[$0].contains(figure.text) }), let range = lines[row].range(of: figure.text) else {
                    XCTFail("\(figure.text) is drawn at \(size)")
                    continue
                }
                for offset in [0, figure.text.count - 1] {
                    let column = lines[row].distance(from: lines[row].startIndex, to: range.lowerBound) + offset
                    screen.driver.key(.escape)
                    screen.driver.send(.mouse(MouseEvent(column: column, row: row, action: .click), shown: screen.renderer.scroll.shown))
                    XCTAssertEqual(screen.state.agenda?.list, figure.list, "\(figure.text) at \(size), column \(column)")
                    screen.driver.key(.escape)
                }
            }
        }
    }
}

extension DetailModel {
    /// The text each row of `section`'s list shows first (its name, date or title).
    func shownNames(of section: DetailSection) -> [String] {
        switch section {
        case .contacts: return contacts.map(\.name)
        case .timeline: return interactions.map(\.summary)
        case .initiatives: return initiatives.map(\.title)
        case .pipeline: return opportunities.map(\.name)
        case .overview, .metrics: return []
        }
    }

    func selection(of section: DetailSection) -> Int {
        switch section {
        case .contacts: return contactSelected
        case .timeline: return timelineSelected
        case .initiatives: return initiativeSelected
        case .pipeline: return pipelineSelected
        case .overview, .metrics: return 0
        }
    }
}
