@testable import RapportScreen
import XCTest

/// Where a list stays on screen when its rows change under it.
final class ScrollMemoryTests: XCTestCase {
    func testAListKeptByIdStaysOnItsTopRowWhenARowComesInAbove() {
        var scroll = ScrollMemory()
        XCTAssertEqual(scroll.offset(.accounts, ids: [1, 2, 3, 4], selected: 0, rows: 3), 0)
        // A row comes in above: the old top stays at the top (a page of a longer list moved)
        XCTAssertEqual(scroll.offset(.accounts, ids: [9, 1, 2, 3, 4], selected: 1, rows: 3), 1)
    }

    func testTheAgendaShownFromItsFirstRowShowsAnItemBroughtBackAbove() {
        var scroll = ScrollMemory()
        // The agenda from its first item; the first is snoozed, the cursor lands on the next
        XCTAssertEqual(scroll.offset(.agenda, ids: [1, 2, 3, 4], selected: 0, rows: 3, keepsStart: true), 0)
        XCTAssertEqual(scroll.offset(.agenda, ids: [2, 3, 4], selected: 0, rows: 3, keepsStart: true), 0)
        // Undo brings it back above the cursor: it shows, from the first row
        XCTAssertEqual(scroll.offset(.agenda, ids: [1, 2, 3, 4], selected: 1, rows: 3, keepsStart: true), 0)
        // Scrolled down, the list keeps its top row as any list does
        XCTAssertEqual(scroll.offset(.agenda, ids: [1, 2, 3, 4, 5, 6], selected: 5, rows: 3, keepsStart: true), 3)
        XCTAssertEqual(scroll.offset(.agenda, ids: [0, 1, 2, 3, 4, 5, 6], selected: 6, rows: 3, keepsStart: true), 4)
        // And the cursor leaving the first screen still scrolls to it
        XCTAssertEqual(scroll.offset(.agenda, ids: [1, 2, 3, 4, 5, 6], selected: 0, rows: 3, keepsStart: true), 0)
        XCTAssertEqual(scroll.offset(.agenda, ids: [1, 2, 3, 4, 5, 6], selected: 4, rows: 3, keepsStart: true), 2)
    }
}
