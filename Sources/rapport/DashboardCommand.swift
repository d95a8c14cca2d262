import ArgumentParser
import Foundation
import RapportCore
import RapportScreen
import RapportStore
import RapportTerminal
import RapportViewModel

/// The dashboard itself: `rapport`, `rapport --demo`.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard", abstract: "Open the dashboard (the default command).")

    @Flag(name: .long, help: "Open the demo book (its own store, created on first use), never your own.")
    var demo = false

    @Option(name: .long, help: ArgumentHelp("Colour theme: default, light, mono, or one of yours (also $RAPPORT_THEME).", valueName: "name"))
    var theme: String?

    @Option(name: .long, help: ArgumentHelp("The month the fiscal year starts: 1–12 or a name like apr (also $RAPPORT_FISCAL_YEAR_START; default jan).", valueName: "month"))
    var fiscalYearStart: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The store file (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport/rapport.sqlite; with --demo, the demo's own store).",
            valueName: "path"))
    var store: String?

    @Flag(name: .long, help: "Leave the mouse to the terminal: no clicks or wheel in the dashboard.")
    var noMouse = false

    /// Whether the dashboard takes clicks and the wheel: the one switch the wiring hands to the
    /// backend (a config file's `mouse = false` can set it too).
    var usesMouse: Bool { !noMouse }

    @OptionGroup var todayOption: TodayOption

    func validate() throws {
        _ = try fiscalCalendar()
    }

    /// `--fiscal-year-start`, else RAPPORT_FISCAL_YEAR_START, else January.
    func fiscalCalendar() throws -> FiscalCalendar {
        guard let text = fiscalYearStart ?? processEnvironment["RAPPORT_FISCAL_YEAR_START"].flatMap({ $0.isEmpty ? nil : $0 }) else {
            return FiscalCalendar()
        }
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let lowered = text.lowercased()
        if let number = Int(lowered), (1...12).contains(number) { return FiscalCalendar(firstMonth: number) }
        if lowered.count >= 3, let index = names.firstIndex(where: { lowered.hasPrefix($0) }) { return FiscalCalendar(firstMonth: index + 1) }
        throw ValidationError("--fiscal-year-start: '\(text)' is not a month; use 1–12 or a name like apr")
    }

    func run() throws {
        do {
            let today = try todayOption.resolvedToday()
            let (theme, themeWarning) = try ThemeChoice.resolve(explicit: theme, environment: processEnvironment)
            let path: String
            if demo {
                path = store ?? StoreLocation.demoStore(environment: processEnvironment)
            } else {
                path = StoreLocation.resolve(explicit: store, environment: processEnvironment)
            }
            let calendar = try fiscalCalendar()
            // Before the store is opened: a session that cannot show the dashboard changes nothing.
            try NcursesBackend.checkTerminal()
            let database = try AppDatabase.open(path: path, basis: SummaryBasis(today: today, calendar: calendar), options: .dashboard)
            if demo, try database.accountCount() == 0 {
                try database.writeDemoBook(DemoBook(today: today))
            }
            let worker = StoreWorker(database: database)
            defer { worker.stop() }
            var viewModel = ViewModel(storeName: (path as NSString).lastPathComponent, today: today, calendar: calendar)
            if let themeWarning { viewModel.report(StatusMessage(themeWarning, kind: .error)) }
            viewModel.offerThemes(ThemeChoice.names(environment: processEnvironment))
            let backend = try NcursesBackend(noColor: processEnvironment["NO_COLOR"].map { !$0.isEmpty } ?? false, mouse: usesMouse)
            if !backend.isUTF8 && themeWarning == nil {
                viewModel.report(StatusMessage("The locale is not UTF-8: accents are dropped and other non-ASCII text shows as ? — set LANG=C.UTF-8", kind: .error))
            }
            let runner = EffectRunner(viewModel: viewModel, database: database, worker: worker)
            let environment = processEnvironment
            EventLoop(
                runner: runner, backend: backend, renderer: FrameRenderer(theme: theme, storePath: path),
                loadTheme: { name in ThemeChoice.load(named: name, environment: environment) }
            ).run()
            worker.stop()
            backend.shutdown()
            try database.close()
        } catch let error as ValidationError {
            throw error
        } catch {
            throw fail(error)
        }
    }
}
