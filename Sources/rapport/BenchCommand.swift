import ArgumentParser
import Foundation
import RapportCore
import RapportScreen
import RapportStore
import RapportTerminal
import RapportViewModel

/// `rapport bench`: measures the dashboard's speed on a generated book, in process: frames are
/// drawn into an in-memory buffer and diffed as the real loop does, so the figures cover
/// everything but ncurses writing the changed cells. `scripts/bench-pty.sh` measures the same
/// from process start through a pseudo-terminal.
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

    static let today = Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)

    func run() throws {
        let today = Self.today
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-bench-\(getpid())")
        let path = store ?? directory.appendingPathComponent("bench.sqlite").path
        defer { if store == nil { try? FileManager.default.removeItem(at: directory) } }
        do {
            let setup = try AppDatabase.open(path: path, basis: SummaryBasis(today: today, agenda: .standard))
            let count = try setup.accountCount()
            if count == accounts { try setup.refreshSummaries() }
            try setup.close()
            if count != accounts { try generate(path: path) }
        } catch {
            throw fail(error)
        }
        var samples = BenchSamples()
        for _ in 0..<runs {
            do {
                try measureOnce(path: path, into: &samples)
            } catch {
                throw fail(error)
            }
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        say("book: \(accounts) accounts, screen \(width)×\(height), \(runs) runs (median / worst)")
        report("first frame (open store, read the first page and KPIs, draw)", samples.firstFrames, budget: 0.150)
        report("  of which: open the store", samples.opens, budget: nil)
        report("keystroke: move + repaint", samples.moves, budget: 0.005)
        report("filter keystroke + repaint", samples.filters, budget: 0.015, worstBudget: 0.050)
        report("progress update: write (on the store worker) + repaint", samples.progress, budget: nil)
        report("first write after opening (waits for the store's integrity check)", samples.firstWrites, budget: nil)
        report("metrics period step + repaint (account and whole book)", samples.periodSteps, budget: 0.005)
        report("agenda: a (read the queue across the book) + draw", samples.agendaOpens, budget: 0.100)
        say(String(format: "peak memory (max RSS): %.1f MB (budget 100 MB at 100,000 accounts)", Double(usage.ru_maxrss) / 1024))
        if forecasts > 0 {
            let timing = ForecastBenchmark.run(series: forecasts)
            say(
                "forecast of one 36-month series (selection + backtest): \(format(seconds: timing.median)) / \(format(seconds: timing.worst)) (budget 10.00 ms)"
                    + "; \(timing.series) series in \(format(seconds: timing.total)) on one core (budget 10,000 in 10 s)")
        }
    }

    /// Writes the book with `rapport demo` in a process of its own, so the peak memory measured
    /// here is the dashboard's, not the generator's.
    func generate(path: String) throws {
        let started = Date()
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        generator.arguments = ["demo", "--accounts", "\(accounts)", "--seed", "7", "--replace", "--store", path, "--today", Self.today.iso]
        generator.standardOutput = FileHandle.nullDevice
        try generator.run()
        generator.waitUntilExit()
        guard generator.terminationStatus == 0 else { throw CommandFailure("rapport demo failed with status \(generator.terminationStatus)") }
        say("generated \(accounts) accounts in \(format(seconds: Date().timeIntervalSince(started)))")
    }

    /// One pass as a user would make it, timed key by key.
    func measureOnce(path: String, into samples: inout BenchSamples) throws {
        let started = DispatchTime.now().uptimeNanoseconds
        let database = try AppDatabase.open(path: path, basis: SummaryBasis(today: Self.today, agenda: .standard), options: .dashboard)
        samples.opens.append(seconds(since: started))
        let worker = StoreWorker(database: database)
        defer {
            worker.stop()
            try? database.close()
        }
        let runner = EffectRunner(
            viewModel: ViewModel(storeName: "bench.sqlite", today: Self.today, screen: ScreenSize(width: width, height: height)),
            database: database, worker: worker)
        var frame = BenchFrame(storePath: path)
        runner.send(.resized(ScreenSize(width: width, height: height)))
        runner.start()
        frame.draw(runner.state)
        samples.firstFrames.append(seconds(since: started))

        func key(_ key: Key, into list: inout [Double], waiting: TimeInterval = 1) {
            list.append(time {
                runner.send(.key(key))
                runner.collectReports(waiting: waiting)
                frame.draw(runner.state)
            })
        }
        // Moving down the accounts list: each step loads the next account's initiatives.
        for _ in 0..<60 { key(.char("j"), into: &samples.moves) }
        for _ in 0..<10 { key(.pageDown, into: &samples.moves) }
        // Typing and erasing a filter.
        runner.send(.key(.char("/")))
        for character in "north" { key(.char(character), into: &samples.filters) }
        for _ in 0..<5 { key(.backspace, into: &samples.filters) }
        for character in "ana" { key(.char(character), into: &samples.filters) }
        runner.send(.key(.escape))
        // Progress updates: a write transaction each, then the repaint.
        runner.send(.key(.tab))
        // The first write waits for the integrity check that opening started in the background
        // (an integrity_check of the whole file, seconds on a large book), so it is reported
        // apart, and waited for in full.
        key(.char("+"), into: &samples.firstWrites, waiting: 30)
        for step in 1..<10 { key(step % 2 == 0 ? .char("+") : .char("-"), into: &samples.progress) }
        // The metrics section of an account, then of the whole book: stepping periods.
        runner.send(.key(.backTab))
        runner.send(.key(.enter))
        runner.send(.key(.backTab))
        frame.draw(runner.state)
        for step in 0..<10 { key(step < 5 ? .shiftLeft : .shiftRight, into: &samples.periodSteps) }
        runner.send(.key(.escape))
        runner.send(.key(.char("M")))
        frame.draw(runner.state)
        for step in 0..<10 { key(step % 3 == 0 ? .char("]") : .shiftLeft, into: &samples.periodSteps) }
        runner.send(.key(.escape))
        // The agenda: `a` reads its candidates across the book and draws the ranked queue.
        for _ in 0..<5 {
            key(.char("a"), into: &samples.agendaOpens)
            runner.send(.key(.escape))
            frame.draw(runner.state)
        }
    }

    func time(_ body: () -> Void) -> Double {
        let started = DispatchTime.now().uptimeNanoseconds
        body()
        return seconds(since: started)
    }

    func seconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    func report(_ label: String, _ samples: [Double], budget: Double?, worstBudget: Double? = nil) {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return }
        let median = sorted[sorted.count / 2]
        let worst = sorted.last ?? 0
        var verdict = ""
        if let budget {
            let within = median <= budget && worstBudget.map { worst <= $0 } ?? true
            let limits = format(seconds: budget) + (worstBudget.map { ", worst " + format(seconds: $0) } ?? "")
            verdict = "  (budget \(limits): \(within ? "ok" : "OVER"))"
        }
        say("\(label): \(format(seconds: median)) / \(format(seconds: worst)) over \(samples.count) samples\(verdict)")
    }

    func format(seconds: Double) -> String {
        seconds < 1 ? String(format: "%.2f ms", seconds * 1000) : String(format: "%.2f s", seconds)
    }
}

struct BenchSamples {
    var opens: [Double] = []
    var firstFrames: [Double] = []
    var moves: [Double] = []
    var filters: [Double] = []
    var progress: [Double] = []
    var firstWrites: [Double] = []
    var periodSteps: [Double] = []
    var agendaOpens: [Double] = []
}

/// One frame as the event loop makes it: drawn whole, then diffed with the last.
struct BenchFrame {
    var renderer: FrameRenderer
    var previous: Buffer?
    var changedCells = 0

    init(storePath: String) {
        renderer = FrameRenderer(theme: ThemeLoader.defaultTheme, storePath: storePath)
    }

    mutating func draw(_ state: AppState) {
        let buffer = renderer.render(state)
        changedCells += buffer.diff(from: previous).count
        previous = buffer
    }
}
