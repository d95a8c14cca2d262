import Foundation
import RapportCore
import RapportStore
import RapportViewModel

/// Runs the view model's effects and feeds their results back as events: reads at once on the
/// calling thread (in WAL mode a reader never waits for a writer), writes on the store worker
/// (so a lock held elsewhere never freezes the screen). The event loop, `rapport bench` and the
/// runtime tests all drive the view model through this.
public final class EffectRunner {
    public private(set) var viewModel: ViewModel
    public let database: AppDatabase
    public let worker: StoreWorker
    /// Rapport's version, named in exported calendars (PRODID).
    private let productVersion: String
    private var editorRequest: EditorRequest?
    private var themeRequest: String?
    private var dumpRequest: String?
    public private(set) var wantsQuit = false
    /// A write was handed to the worker since reports were last collected.
    private var submittedWrite = false

    public init(viewModel: ViewModel, database: AppDatabase, worker: StoreWorker, productVersion: String = "") {
        self.viewModel = viewModel
        self.productVersion = productVersion
        self.database = database
        self.worker = worker
    }

    public var state: AppState { viewModel.state }

    /// Reads what the first frame needs.
    public func start() { run(viewModel.start()) }

    public func send(_ event: Event) { run(viewModel.send(event)) }

    public func report(_ message: StatusMessage) { viewModel.report(message) }

    /// Stamps the messages not yet stamped with the time they are shown.
    public func stampMessages(at time: TimeOfDay) { viewModel.stampMessages(at: time) }

    /// Writes handed to the worker and not answered yet.
    public var hasPendingWrites: Bool { !viewModel.state.writes.isEmpty }

    /// Feeds the worker's reports to the view model, first waiting up to `timeout` for one when
    /// a write was just handed over (so a quick write's frame shows what was saved; a write
    /// waiting for a lock costs each later key nothing). Returns whether anything arrived.
    @discardableResult
    public func collectReports(waiting timeout: TimeInterval = 0) -> Bool {
        let wait = timeout > 0 && submittedWrite && hasPendingWrites
        submittedWrite = false
        let reports = wait ? worker.waitForReports(timeout: timeout) : worker.takeReports()
        for report in reports { send(Self.event(for: report)) }
        return !reports.isEmpty
    }

    /// The $EDITOR request to carry out (it needs the terminal, so the loop does it).
    public func takeEditorRequest() -> EditorRequest? {
        defer { editorRequest = nil }
        return editorRequest
    }

    /// Where `:dump` asked the frame on screen to be written (the loop holds the frame).
    public func takeDumpRequest() -> String? {
        defer { dumpRequest = nil }
        return dumpRequest
    }

    /// The theme `:theme` asked for (the renderer draws with it, so the loop loads it).
    public func takeThemeRequest() -> String? {
        defer { themeRequest = nil }
        return themeRequest
    }

    private func run(_ effects: [Effect]) {
        var queue = effects[...]
        while let effect = queue.popFirst() {
            switch effect {
            case .load(let query):
                let result: Result<StoreReply, StoreError>
                do {
                    result = .success(try database.fetch(query))
                } catch let error as StoreError {
                    result = .failure(error)
                } catch {
                    result = .failure(.database("\(error)"))
                }
                queue.append(contentsOf: viewModel.send(.loaded(query, result)))
            case .write(let id, let intent):
                worker.submit(intent, id: id)
                submittedWrite = true
            case .openEditor(let request):
                editorRequest = request
            case .loadTheme(let name):
                themeRequest = name
            case .files(let work):
                queue.append(contentsOf: viewModel.send(perform(work)))
            case .dumpScreen(let path):
                dumpRequest = path
            case .writeReport(let request):
                queue.append(contentsOf: viewModel.send(.reportWritten(path: request.path, error: writeReport(request))))
            case .writeUpdate(let request):
                let (coveredSince, error) = writeUpdate(request)
                queue.append(contentsOf: viewModel.send(.updateWritten(request, coveredSince: coveredSince, error: error)))
            case .quit:
                wantsQuit = true
            }
        }
    }

    /// `:import` and `:export`'s file work, on this thread as reads are: planning an import
    /// only reads (the file, then the store), and an export reads the store at one moment.
    private func perform(_ work: FileWork) -> Event {
        switch work {
        case .planImport(let path, let kind):
            let expanded = PathCompletion.expandingTilde(path)
            return .importPlanned(path: path, Result { try database.proposeImport(path: expanded, kind: kind) }.mapError { FileWorkFailure("\($0)") })
        case .export(let choice, let path):
            do {
                let stamp = CalendarStamp(secondsSince1970: Int64(Date().timeIntervalSince1970))
                try database.exportFile(choice, to: PathCompletion.expandingTilde(path), stamp: stamp, productVersion: productVersion)
                return .exported(path: path, error: nil)
            } catch {
                return .exported(path: path, error: "\(error)")
            }
        case .listPaths(let prefix):
            return .pathsListed(prefix: prefix, PathCompletion.candidates(for: prefix))
        }
    }

    /// Reads the report's figures (aggregates: a second or so at 100,000 accounts), renders
    /// it as Markdown and writes it; nil when written, else why not.
    private func writeReport(_ request: ReportRequest) -> String? {
        do {
            let input = try database.reportInput(period: request.period, accountID: request.accountID, today: request.today)
            return PrivateFile.write(Report.assemble(input, period: request.period, today: request.today).markdown, to: request.path)
        } catch {
            return "Could not read the report's figures: \(error)"
        }
    }

    /// Reads and renders the update as Markdown and writes it; the day it covers from when
    /// written (the view model then records it as sent), else why not.
    private func writeUpdate(_ request: UpdateRequest) -> (Day?, String?) {
        do {
            let update = try database.stakeholderUpdate(accountID: request.accountID, audience: request.audience, today: request.today)
            if let error = PrivateFile.write(update.markdown, to: request.path) { return (nil, error) }
            return (update.since, nil)
        } catch {
            return (nil, "Could not read the update: \(error)")
        }
    }

    static func event(for report: StoreWorker.Report) -> Event {
        switch report {
        case .applied(let id, let result): return .written(id: id, result)
        case .waitingForLock(let id): return .writeWaiting(id: id)
        case .changedElsewhere: return .changedElsewhere
        case .integrityChecked(let problem): return .integrityChecked(problem: problem)
        case .summariesRefreshed: return .summariesRefreshed
        case .maintenanceFailed(let error): return .backgroundFailure(error)
        }
    }
}
