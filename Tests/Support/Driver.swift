import Foundation
import RapportCore
import RapportStore
import RapportViewModel

/// Drives a view model against a real store the way the event loop does, but on the calling
/// thread: every read and every write runs at once and its result goes straight back in. Flow
/// tests use it; tests of one step assert the effects themselves.
public final class Driver {
    public private(set) var viewModel: ViewModel
    public let database: AppDatabase
    /// The time writes are stamped with.
    public var clock: Date
    /// Every effect the view model asked for, oldest first.
    public private(set) var effects: [Effect] = []
    /// $EDITOR requests, in the order they were asked for.
    public private(set) var editorRequests: [EditorRequest] = []
    /// `:theme` requests, in the order they were asked for.
    public private(set) var themeRequests: [String] = []
    /// The paths `:dump` asked the screen to be written to.
    public private(set) var dumpRequests: [String] = []
    /// The reports `:report` asked to be written.
    public private(set) var reportRequests: [ReportRequest] = []
    /// Updates asked to be written; a test answers with `.updateWritten` as the event loop would.
    public private(set) var updateRequests: [UpdateRequest] = []
    public private(set) var quit = false
    /// Writes held back (as when another program holds the lock) until `releaseWrites()`.
    public var holdsWrites = false
    private var heldWrites: [(id: Int, intent: StoreIntent)] = []

    public init(
        database: AppDatabase, storeName: String = "test.sqlite", today: Day, calendar: FiscalCalendar = FiscalCalendar(),
        screen: ScreenSize = ScreenSize(width: 120, height: 40), clock: Date = Date(timeIntervalSince1970: 1_795_000_000),
        keymap: Keymap = .standard
    ) {
        self.database = database
        self.clock = clock
        viewModel = ViewModel(storeName: storeName, today: today, calendar: calendar, keymap: keymap, screen: screen)
        send(.resized(screen))
        run(viewModel.start())
    }

    public var state: AppState { viewModel.state }

    public func send(_ event: Event) { run(viewModel.send(event)) }

    public func key(_ key: Key) { send(.key(key)) }

    public func keys(_ keys: Key...) { for key in keys { send(.key(key)) } }

    /// Types each character as a key.
    public func type(_ text: String) { for character in text { send(.key(.char(character))) } }

    public func command(_ command: Command) { send(.command(command)) }

    /// Stamps the messages not yet stamped, as the event loop does before it draws.
    public func stampMessages(at time: TimeOfDay) { viewModel.stampMessages(at: time) }

    /// What the wiring does at start: the theme names `:theme` completes.
    public func offerThemes(_ names: [String]) { viewModel.offerThemes(names) }

    /// Applies the writes held back, in order.
    public func releaseWrites() {
        let held = heldWrites
        heldWrites = []
        for write in held { apply(write.intent, id: write.id) }
    }

    private func run(_ effects: [Effect]) {
        var queue = effects[...]
        while let effect = queue.popFirst() {
            self.effects.append(effect)
            switch effect {
            case .load(let query):
                queue.append(contentsOf: viewModel.send(.loaded(query, Result { try database.fetch(query) }.mapError(Self.storeError))))
            case .write(let id, let intent):
                if holdsWrites {
                    heldWrites.append((id, intent))
                    queue.append(contentsOf: viewModel.send(.writeWaiting(id: id)))
                } else {
                    queue.append(contentsOf: viewModel.send(.written(id: id, Result { try database.apply(intent, at: clock) }.mapError(Self.storeError))))
                }
            case .openEditor(let request):
                editorRequests.append(request)
            case .loadTheme(let name):
                // Themes are files the screen floor reads; the event loop's tests cover that.
                themeRequests.append(name)
            case .files(let work):
                queue.append(contentsOf: viewModel.send(perform(work)))
            case .dumpScreen(let path):
                dumpRequests.append(path)
            case .writeReport(let request):
                // Writing files is the event loop's; its tests and the end-to-end tests cover it.
                reportRequests.append(request)
            case .writeUpdate(let request):
                updateRequests.append(request)
            case .quit:
                quit = true
            }
        }
    }

    /// File work as the event loop does it, with the same store functions, on real files.
    private func perform(_ work: FileWork) -> Event {
        switch work {
        case .planImport(let path, let kind):
            return .importPlanned(path: path, Result { try database.proposeImport(path: path, kind: kind) }.mapError { FileWorkFailure("\($0)") })
        case .export(let choice, let path):
            let error = Result { try database.exportFile(choice, to: path, stamp: CalendarStamp(secondsSince1970: Int64(clock.timeIntervalSince1970)), productVersion: "test") }
            if case .failure(let failure) = error { return .exported(path: path, error: "\(failure)") }
            return .exported(path: path, error: nil)
        case .listPaths(let prefix):
            return .pathsListed(prefix: prefix, PathCompletion.candidates(for: prefix))
        }
    }

    private func apply(_ intent: StoreIntent, id: Int) {
        run(viewModel.send(.written(id: id, Result { try database.apply(intent, at: clock) }.mapError(Self.storeError))))
    }

    static func storeError(_ error: any Error) -> StoreError {
        (error as? StoreError) ?? .database("\(error)")
    }
}
