import ArgumentParser

/// The environment variables Rapport reads, documented in one place: `rapport --help` and the
/// man page print them, and a test checks every variable the code reads is listed here.
enum EnvironmentHelp {
    static let variables: [(name: String, meaning: String)] = [
        ("RAPPORT_STORE", "the store file (default $XDG_DATA_HOME/rapport/rapport.sqlite)"),
        ("RAPPORT_THEME", "the colour theme, when --theme is not given"),
        ("RAPPORT_FISCAL_YEAR_START", "the month the fiscal year starts, when --fiscal-year-start is not given"),
        ("RAPPORT_CONFIG", "the settings file (default $XDG_CONFIG_HOME/rapport/config.toml)"),
        ("XDG_DATA_HOME", "where stores live (default ~/.local/share)"),
        ("XDG_CONFIG_HOME", "where your settings and themes live (default ~/.config)"),
        ("HOME", "the base of the defaults above"),
        ("VISUAL, EDITOR", "the editor E opens notes in (default vi)"),
        ("NO_COLOR", "set to anything: no colours"),
        ("COLORTERM", "truecolor or 24bit: rapport themes previews in 24-bit colour"),
        ("TERM", "the terminal type; it must know colours and keys (e.g. xterm-256color)"),
        ("ESCDELAY", "milliseconds ncurses waits after Esc (default 25)"),
        ("LANG, LC_ALL", "a UTF-8 locale shows accents and other scripts (e.g. C.UTF-8)"),
    ]

    /// `rapport --help`'s discussion: what the bare command does, the dashboard's own options
    /// (taken from the dashboard command's help so they cannot drift), and the environment.
    static var rootDiscussion: String {
        let options = dashboardOptions().map { "  " + $0 }.joined(separator: "\n")
        let width = variables.map(\.name.count).max() ?? 0
        // ArgumentParser wraps the discussion at 80 columns: lines are kept within 78 here.
        let indent = String(repeating: " ", count: width + 4)
        var environment: [String] = []
        for (name, meaning) in variables {
            let lines = wrap(meaning, width: 78 - indent.count)
            let label = "  " + name + String(repeating: " ", count: width - name.count + 2)
            for (index, line) in lines.enumerated() { environment.append((index == 0 ? label : indent) + line) }
        }
        return """
            With no subcommand, opens the dashboard on your store (created empty on first run).
            Try it on demo data with: rapport --demo

            DASHBOARD OPTIONS (rapport [options], the same as rapport dashboard [options]):
            \(options)

            ENVIRONMENT:
            \(environment.joined(separator: "\n"))
            """
    }

    private static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        return current.isEmpty ? lines : lines + [current]
    }

    /// The OPTIONS lines of `rapport dashboard --help`, without --version and --help.
    static func dashboardOptions() -> [String] {
        let help = DashboardCommand.helpMessage(columns: 76)
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: "OPTIONS:") else { return [] }
        var options: [String] = []
        var skipping = false
        for line in lines[(start + 1)...] {
            if line.isEmpty { break }
            let trimmed = line.drop { $0 == " " }
            if line.hasPrefix("  -") {
                skipping = trimmed.hasPrefix("--version") || trimmed.hasPrefix("-h, --help")
            }
            if !skipping { options.append(String(line.dropFirst(2))) }
        }
        return options
    }
}
