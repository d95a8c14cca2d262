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

    @Option(name: .long, help: ArgumentHelp("Colour theme: default, light, mono, high-contrast, colour-blind, or one of yours (also $RAPPORT_THEME, then theme in the config file).", valueName: "name"))
    var theme: String?

    @Option(name: .long, help: ArgumentHelp("The month the fiscal year starts: 1–12 or a name like apr (also $RAPPORT_FISCAL_YEAR_START, then fiscal_year_start in the config file; default jan).", valueName: "month"))
    var fiscalYearStart: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The store file (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport/rapport.sqlite; with --demo, the demo's own store).",
            valueName: "path"))
    var store: String?

    @Flag(name: .long, help: "Leave the mouse to the terminal: no clicks or wheel in the dashboard.")
    var noMouse = false

    @OptionGroup var todayOption: TodayOption

    func validate() throws {
        _ = try EffectiveSettings.fiscalYearStart(
            flag: fiscalYearStart, environment: processEnvironment, file: ConfigFile(path: nil, exists: false, config: Config(), problems: []))
    }

    func run() throws {
        do {
            let today = try todayOption.resolvedToday()
            let configFile = ConfigFile.load(environment: processEnvironment)
            let (theme, themeWarning) = try ThemeChoice.resolve(explicit: theme, environment: processEnvironment, configFile: configFile)
            let path: String
            if demo {
                path = store ?? StoreLocation.demoStore(environment: processEnvironment)
            } else {
                path = StoreLocation.resolve(explicit: store, environment: processEnvironment)
            }
            let firstMonth = try EffectiveSettings.fiscalYearStart(flag: fiscalYearStart, environment: processEnvironment, file: configFile)
            let calendar = FiscalCalendar(firstMonth: firstMonth.value)
            let keymap = configFile.config.keymap()
            // Before the store is opened: a session that cannot show the dashboard changes nothing.
            try NcursesBackend.checkTerminal()
            let basis = SummaryBasis(today: today, calendar: calendar, agenda: configFile.config.agenda)
            let database = try AppDatabase.open(path: path, basis: basis, options: .dashboard)
            if demo, try database.accountCount() == 0 {
                try database.writeDemoBook(DemoBook(today: today))
            }
            let worker = StoreWorker(database: database)
            defer { worker.stop() }
            var viewModel = ViewModel(storeName: (path as NSString).lastPathComponent, today: today, calendar: calendar, keymap: keymap)
            let warnings = [configFile.statusSummary, themeWarning].compactMap { $0 }
            if !warnings.isEmpty { viewModel.report(StatusMessage(warnings.joined(separator: " · "), kind: .error)) }
            viewModel.offerThemes(ThemeChoice.names(environment: processEnvironment))
            viewModel.useAgendaCoefficients(configFile.config.agenda)
            if configFile.config.start == .agenda { viewModel.startOnAgenda() }
            // --no-mouse wins over the config file's `mouse`.
            let mouse = noMouse ? false : EffectiveSettings.mouse(file: configFile).value
            let backend = try NcursesBackend(noColor: processEnvironment["NO_COLOR"].map { !$0.isEmpty } ?? false, mouse: mouse)
            if !backend.isUTF8 && warnings.isEmpty {
                viewModel.report(StatusMessage("The locale is not UTF-8: accents are dropped and other non-ASCII text shows as ? — set LANG=C.UTF-8", kind: .error))
            }
            let runner = EffectRunner(viewModel: viewModel, database: database, worker: worker, productVersion: RapportVersion.current)
            let environment = processEnvironment
            EventLoop(
                runner: runner, backend: backend, renderer: FrameRenderer(theme: theme, keymap: keymap, storePath: path),
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
