import ArgumentParser
import Foundation
import RapportCore
import RapportScreen
import RapportStore
import RapportViewModel

/// `rapport bench`: measures the dashboard's speed on a generated book, without a terminal:
/// frames are drawn into an in-memory buffer and diffed as the real loop does, so the figures
/// cover everything but ncurses writing the changed cells.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure first frame, keystroke and filter times on a generated book.")

    @Option(name: .long, help: "Accounts in the generated book.")
    var accounts = 10_000

    @Option(name: .long, help: "How many times to repeat the whole measurement.")
    var runs = 5

    @Option(name: .long, help: "Screen width in cells.")
    var width = 120

    @Option(name: .long, help: "Screen height in cells.")
    var height = 40

    @Option(name: .long, help: ArgumentHelp("Reuse (or create) the book in this store instead of a temporary one.", valueName: "path"))
    var store: String?

    @Option(name: .long, help: "Also time this many forecasts of 36-month series (model selection and backtest each); 0 skips.")
    var forecasts = 1000

    func validate() throws {
        guard accounts >= 1, runs >= 1, width >= 20, height >= 10 else {
            throw ValidationError("--accounts and --runs must be at least 1, the screen at least 20×10")
        }
    }

    func run() throws {
        let today = Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-bench-\(getpid())")
        let path = store ?? directory.appendingPathComponent("bench.sqlite").path
        defer { if store == nil { try? FileManager.default.removeItem(at: directory) } }
        do {
            let setup = try AppDatabase.open(path: path)
            if try setup.accountCount() != accounts {
                let started = Date()
                try setup.writeDemoBook(DemoBook(seed: 7, accountCount: accounts, today: today), replacingExisting: true)
                print("generated \(accounts) accounts in \(format(seconds: Date().timeIntervalSince(started)))")
            }
        } catch {
            throw fail(error)
        }

        var opens: [Double] = []
        var loads: [Double] = []
        var queries: [Double] = []
        var firstFrames: [Double] = []
        var moves: [Double] = []
        var filters: [Double] = []
        var progress: [Double] = []
        var periodSteps: [Double] = []
        for _ in 0..<runs {
            var started = Date()
            let database: AppDatabase
            let viewModel: ViewModel
            do {
                // As the dashboard does: the integrity check and the accounts query side by side.
                let opened = try AppDatabase.openPreloading(path: path, today: today, calendar: FiscalCalendar())
                database = opened.database
                opens.append(Date().timeIntervalSince(started))
                let loading = Date()
                viewModel = try ViewModel(database: database, storeName: "bench.sqlite", today: today, preloadedOverviews: opened.overviews)
                loads.append(Date().timeIntervalSince(loading))
                // The accounts query alone, outside the first frame's time.
                let querying = Date()
                _ = try database.accountOverviews(today: today, calendar: FiscalCalendar())
                queries.append(Date().timeIntervalSince(querying))
                started += Date().timeIntervalSince(querying)
            } catch {
                throw fail(error)
            }
            var frame = Frame(width: width, height: height, storePath: path)
            frame.draw(viewModel)
            firstFrames.append(Date().timeIntervalSince(started))

            // Moving down the accounts list: each step loads the next account's initiatives.
            for _ in 0..<60 { moves.append(time { viewModel.handle(.char("j")); frame.draw(viewModel) }) }
            for _ in 0..<10 { moves.append(time { viewModel.handle(.pageDown); frame.draw(viewModel) }) }
            // Typing and erasing a filter.
            viewModel.handle(.char("/"))
            for character in "north" { filters.append(time { viewModel.handle(.char(character)); frame.draw(viewModel) }) }
            for _ in 0..<5 { filters.append(time { viewModel.handle(.backspace); frame.draw(viewModel) }) }
            for character in "ana" { filters.append(time { viewModel.handle(.char(character)); frame.draw(viewModel) }) }
            viewModel.handle(.escape)
            // Progress updates: a write transaction each, then the repaint.
            viewModel.handle(.tab)
            for step in 0..<10 {
                let key: Key = step % 2 == 0 ? .char("+") : .char("-")
                progress.append(time { viewModel.handle(key); frame.draw(viewModel) })
            }
            // The metrics section of an account, then of the whole book: stepping periods.
            viewModel.handle(.backTab)
            viewModel.handle(.enter)
            viewModel.handle(.backTab)
            frame.draw(viewModel)
            for step in 0..<10 {
                let key: Key = step < 5 ? .shiftLeft : .shiftRight
                periodSteps.append(time { viewModel.handle(key); frame.draw(viewModel) })
            }
            viewModel.handle(.escape)
            viewModel.handle(.char("M"))
            frame.draw(viewModel)
            for step in 0..<10 {
                let key: Key = step % 3 == 0 ? .char("]") : .shiftLeft
                periodSteps.append(time { viewModel.handle(key); frame.draw(viewModel) })
            }
            viewModel.handle(.escape)
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print("book: \(accounts) accounts, screen \(width)×\(height), \(runs) runs (median / worst)")
        report("first frame (open store, load, draw)", firstFrames, budget: 0.150)
        report("  of which: open the store, check it and load the accounts", opens, budget: nil)
        report("  of which: index, sort and first selection", loads, budget: nil)
        report("  (the accounts query alone, measured separately)", queries, budget: nil)
        report("keystroke: move + repaint", moves, budget: 0.005)
        report("filter keystroke + repaint", filters, budget: 0.020)
        report("progress update: write + repaint", progress, budget: nil)
        report("metrics period step + repaint (account and whole book)", periodSteps, budget: 0.005)
        print(String(format: "peak memory (max RSS): %.1f MB (budget 100 MB at 10,000 accounts)", Double(usage.ru_maxrss) / 1024))
        if forecasts > 0 {
            let timing = ForecastBenchmark.run(series: forecasts)
            print(
                "forecast of one 36-month series (selection + backtest): \(format(seconds: timing.median)) / \(format(seconds: timing.worst)) (budget 10.00 ms)"
                    + "; \(timing.series) series in \(format(seconds: timing.total)) on one core (budget 10,000 in 10 s)")
        }
    }

    func time(_ body: () -> Void) -> Double {
        let started = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    }

    func report(_ label: String, _ samples: [Double], budget: Double?) {
        let sorted = samples.sorted()
        let median = sorted[sorted.count / 2]
        let worst = sorted.last ?? 0
        let verdict = budget.map { median <= $0 ? "  (budget \(format(seconds: $0)): ok)" : "  (budget \(format(seconds: $0)): OVER)" } ?? ""
        print("\(label): \(format(seconds: median)) / \(format(seconds: worst)) over \(samples.count) samples\(verdict)")
    }

    func format(seconds: Double) -> String {
        seconds < 1 ? String(format: "%.2f ms", seconds * 1000) : String(format: "%.2f s", seconds)
    }
}

/// One frame as the event loop makes it: lay out, tell the viewport, draw, diff with the last.
struct Frame {
    let width: Int
    let height: Int
    let storePath: String
    var previous: Buffer?
    var changedCells = 0

    init(width: Int, height: Int, storePath: String) {
        self.width = width
        self.height = height
        self.storePath = storePath
    }

    mutating func draw(_ viewModel: ViewModel) {
        var buffer = Buffer(width: width, height: height)
        let layout = DashboardLayout(area: buffer.area, initiativeCount: viewModel.state.initiatives.count)
        let viewport = layout.viewport(for: viewModel.state)
        if viewport != viewModel.state.viewport {
            viewModel.perform(.setViewport(accountRows: viewport.accountRows, initiativeRows: viewport.initiativeRows))
        }
        DashboardView(state: viewModel.state, theme: ThemeLoader.defaultTheme, storePath: storePath).render(into: &buffer)
        changedCells += buffer.diff(from: previous).count
        previous = buffer
    }
}
