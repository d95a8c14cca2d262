import Foundation
import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// The fixture book with a dashboard driven against it: the starting point of most tests here.
struct Dashboard {
    let book: BookFixture
    let driver: Driver

    init(book: BookFixture? = nil, screen: ScreenSize = ScreenSize(width: 120, height: 40), keymap: Keymap = .standard) throws {
        let book = try book ?? BookFixture()
        self.book = book
        driver = Driver(database: book.database, today: BookFixture.today, screen: screen, keymap: keymap)
    }

    var database: AppDatabase { book.database }
    var state: AppState { driver.state }
    var viewModel: ViewModel { driver.viewModel }

    /// What the store holds now for an initiative.
    func progress(of initiative: Initiative) throws -> Int? {
        try database.initiative(id: XCTUnwrap(initiative.id))?.progress
    }
}

/// One step of the reducer on a copy of `viewModel`: the next state and the effects it asks
/// for, with nothing run.
func step(_ viewModel: ViewModel, _ event: Event) -> (state: AppState, effects: [Effect]) {
    var copy = viewModel
    let effects = copy.send(event)
    return (copy.state, effects)
}

func step(_ viewModel: ViewModel, key: Key) -> (state: AppState, effects: [Effect]) { step(viewModel, .key(key)) }

extension AppDatabase {
    /// The `.loaded` event the event loop would send for `query`.
    func reply(to query: StoreQuery) throws -> Event { .loaded(query, .success(try fetch(query))) }
}

/// Rows per page on the tests' 120×40 screen (stacked: accounts above the initiatives): two
/// screens of the list's 19 rows.
let standardPageLimit = 38

/// The request the list asks for after a change or a new sort or search: the window around
/// `accountID` (or from the top when nothing is selected).
func reloadRequest(sort: AccountSort = .name, search: String = "", around accountID: Int64?) -> AccountPageRequest {
    AccountPageRequest(
        sort: sort, search: search, anchor: accountID.map { .around(accountID: $0) } ?? .first, limit: standardPageLimit)
}

/// A fresh private directory (0700) for store files, removed by the test's teardown.
func temporaryDirectory(_ testCase: XCTestCase) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-vm-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    testCase.addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
    return directory
}

/// The fixture book written to a store file through one connection; each `window()` is another
/// connection on the same file, as a second copy of Rapport would open it, with its own undo
/// history (the fixture's own writes are not in it).
struct SharedStore {
    let path: String
    let book: BookFixture
    let basis = SummaryBasis(today: BookFixture.today)

    init(_ testCase: XCTestCase) throws {
        path = try temporaryDirectory(testCase).appendingPathComponent("store.sqlite").path
        let writer = try AppDatabase.open(path: path, basis: basis)
        book = try BookFixture(database: writer)
        testCase.addTeardownBlock { try? writer.close() }
    }

    /// A dashboard on its own connection to the store.
    func window(_ testCase: XCTestCase) throws -> Driver {
        let database = try AppDatabase.open(path: path, basis: basis)
        testCase.addTeardownBlock { try? database.close() }
        return Driver(database: database, storeName: "store.sqlite", today: BookFixture.today)
    }
}
