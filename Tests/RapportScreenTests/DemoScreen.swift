import Foundation
import RapportCore
import RapportScreen
import RapportStore
import RapportTestSupport
import RapportViewModel

/// A terminal of one size showing a view model driven against a real in-memory store, drawn
/// as the event loop draws it: the view model is told the size first, and a frame is rendered
/// after every key, so the renderer's scroll memory moves as it does on a real screen.
final class DemoScreen {
    static let today = Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)
    static let storePath = "/tmp/demo.sqlite"

    let driver: Driver
    private(set) var renderer: FrameRenderer
    private(set) var size: ScreenSize

    init(driver: Driver, width: Int, height: Int, theme: Theme = TestThemes.plain) {
        self.driver = driver
        size = ScreenSize(width: width, height: height)
        renderer = FrameRenderer(theme: theme, storePath: Self.storePath)
        driver.send(.resized(size))
        _ = frame()
    }

    /// The seeded demo book of `accounts` accounts, as `rapport demo` writes it.
    static func demoDriver(accounts: Int = 40, storeName: String = "demo.sqlite") throws -> Driver {
        let database = try AppDatabase.inMemory(basis: SummaryBasis(today: today))
        try database.writeDemoBook(DemoBook(seed: 1, accountCount: accounts, today: today))
        return Driver(database: database, storeName: storeName, today: today)
    }

    static func demo(accounts: Int = 40, width: Int, height: Int, theme: Theme = TestThemes.plain) throws -> DemoScreen {
        DemoScreen(driver: try demoDriver(accounts: accounts), width: width, height: height, theme: theme)
    }

    var state: AppState { driver.state }

    /// Presses each key in turn, drawing a frame after each.
    func press(_ keys: Key...) {
        for key in keys {
            driver.key(key)
            _ = frame()
        }
    }

    /// Types `text` a character at a time, drawing a frame after each.
    func type(_ text: String) {
        for character in text { press(.char(character)) }
    }

    func resize(width: Int, height: Int) {
        size = ScreenSize(width: width, height: height)
        driver.send(.resized(size))
        _ = frame()
    }

    /// The frame for the state as it is now; what it measured of help or a read view goes back
    /// to the view model, as the event loop sends it.
    func frame() -> Buffer {
        let buffer = renderer.render(driver.state, width: size.width, height: size.height)
        if let measure = renderer.overlayMeasure(news: driver.state) { driver.send(.overlayMeasured(measure)) }
        return buffer
    }

    /// The frame for a state changed by hand (an overlay the flow cannot reach, say).
    func frame(of state: AppState) -> Buffer { renderer.render(state, width: size.width, height: size.height) }

    var lines: [String] { frame().lines }
}
