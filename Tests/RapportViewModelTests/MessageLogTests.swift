import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// Every status message of the session is kept, newest first and whole, for help to show.
final class MessageLogTests: XCTestCase {
    func testThreeMessagesAreLoggedNewestFirstAndWhole() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        XCTAssertEqual(driver.state.messageLog.entries, [])
        driver.key(.char("o"))
        driver.key(.escape)
        let long = "The store is locked by another program — your change is waiting and will be saved when it is free"
        driver.keys(.tab, .char("+"))
        driver.holdsWrites = true
        driver.key(.char("+"))
        XCTAssertEqual(driver.state.message?.text, long)
        let texts = driver.state.messageLog.entries.map(\.message.text)
        XCTAssertEqual(texts.count, 4)
        XCTAssertEqual(texts[0], long, "the newest first, whole however long")
        XCTAssertTrue(texts[1].hasPrefix("Saved"), texts[1])
        XCTAssertEqual(texts[2], "No filter to clear — / filters the accounts")
        XCTAssertEqual(texts[3], "Sorted by ARR ↓")
        XCTAssertEqual(driver.state.messageLog.entries.map(\.sequence), [4, 3, 2, 1])
        XCTAssertEqual(driver.state.messageLog.entries.map(\.shownAt), [nil, nil, nil, nil], "no clock here: the loop stamps them")
    }

    func testTheLoopStampsOnlyMessagesNotYetShownAndTheLogKeepsFifty() throws {
        var viewModel = ViewModel(storeName: "test.sqlite", today: BookFixture.today)
        _ = viewModel.send(.key(.escape))
        let first = TimeOfDay(hour: 9, minute: 5, second: 7)
        viewModel.stampMessages(at: first)
        _ = viewModel.send(.key(.escape))
        viewModel.stampMessages(at: TimeOfDay(hour: 9, minute: 6, second: 0))
        XCTAssertEqual(viewModel.state.messageLog.entries.map(\.shownAt?.description), ["09:06:00", "09:05:07"])
        for _ in 0..<60 { _ = viewModel.send(.key(.escape)) }
        XCTAssertEqual(viewModel.state.messageLog.entries.count, MessageLog.limit)
        XCTAssertEqual(viewModel.state.messageLog.entries.first?.sequence, 62)
        XCTAssertEqual(viewModel.state.messageLog.entries.last?.sequence, 13, "the oldest go first")
    }
}
