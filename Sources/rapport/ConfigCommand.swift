import ArgumentParser
import RapportScreen
import RapportViewModel

/// `rapport config`: where the config file lives, what it sets, and whether it is right.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the settings in effect and where each comes from.",
        discussion: """
            The config file is $RAPPORT_CONFIG if set, else $XDG_CONFIG_HOME/rapport/config.toml,
            else ~/.config/rapport/config.toml. It may set theme, fiscal_year_start, mouse and
            [keys] overrides such as accounts.filter = "f" (see the README).
            """)

    @Flag(name: .long, help: "Print where the config file is looked for (whether it exists or not).")
    var path = false

    @Flag(name: .long, help: "Check the config file; exit non-zero if anything in it is wrong.")
    var check = false

    func run() throws {
        let environment = processEnvironment
        if path {
            guard let location = ConfigFile.path(environment: environment) else {
                throw fail(CommandFailure("no config file location: set XDG_CONFIG_HOME, HOME or RAPPORT_CONFIG"))
            }
            say(location)
            return
        }
        let file = ConfigFile.load(environment: environment)
        let problems = file.problems.map(\.description) + themeProblems(file, environment: environment)
        if check {
            for problem in problems { warn(problem) }
            guard problems.isEmpty else { throw ExitCode.failure }
            say(file.exists ? "\(file.path ?? ""): no problems" : "no config file at \(file.path ?? "(no location)"): every setting is its default")
            return
        }
        say(Self.settingsTable(file, environment: environment))
        for problem in problems { warn(problem) }
    }

    /// A theme the file names that there is no theme of: the dashboard would fall back.
    private func themeProblems(_ file: ConfigFile, environment: [String: String]) -> [String] {
        guard let name = file.config.theme, let path = file.path else { return [] }
        let available = ThemeLoader.availableThemeNames(userDirectory: ThemeChoice.userThemeDirectory(environment: environment))
        guard !available.contains(name) else { return [] }
        return ["\(path): theme: \(ThemeError.unknownTheme(name: name, available: available))"]
    }

    /// Each setting, its value and where it came from (file, environment, or default).
    static func settingsTable(_ file: ConfigFile, environment: [String: String]) -> String {
        let found = file.exists ? "" : " (not found)"
        var rows: [(String, String, String)] = []
        let theme = EffectiveSettings.themeName(flag: nil, environment: environment, file: file)
        rows.append(("theme", theme.value, theme.source.description))
        if let month = try? EffectiveSettings.fiscalYearStart(flag: nil, environment: environment, file: file) {
            rows.append(("fiscal_year_start", MonthName.abbreviation(of: month.value), month.source.description))
        } else {
            rows.append(("fiscal_year_start", "(not a month)", "$RAPPORT_FISCAL_YEAR_START"))
        }
        let mouse = EffectiveSettings.mouse(file: file)
        rows.append(("mouse", mouse.value ? "true" : "false", mouse.source.description))
        for override in file.config.keyOverrides {
            rows.append(("keys \(override.name)", override.keys.map(\.displayName).joined(separator: " "), "file"))
        }
        let width = rows.map(\.0.count).max() ?? 0
        let valueWidth = rows.map(\.1.count).max() ?? 0
        let lines = rows.map { name, value, source in
            name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value.padding(toLength: valueWidth, withPad: " ", startingAt: 0)
                + "  (\(source))"
        }
        return (["config file: \(file.path ?? "(no location: set XDG_CONFIG_HOME or HOME)")\(found)"] + lines).joined(separator: "\n")
    }
}
