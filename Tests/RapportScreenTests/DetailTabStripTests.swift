import RapportScreen
import RapportViewModel
import XCTest

/// The view model places the section tabs by counting characters; that is their display width.
final class DetailTabStripTests: XCTestCase {
    func testEveryTabTextIsOneColumnACharacter() {
        for section in DetailSection.allCases {
            XCTAssertEqual(DisplayWidth.of(section.title), section.title.count, section.title)
        }
        for text in ["│", " │ ", DetailTabStrip.leftMark, DetailTabStrip.rightMark] {
            XCTAssertEqual(DisplayWidth.of(text), text.count, text)
        }
    }
}
