import ArgumentParser

/// `rapport`: the dashboard by default, and subcommands that do the same work without a screen.
@main
struct Rapport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapport",
        abstract: "A keyboard-first terminal dashboard for account managers.",
        discussion: """
            With no subcommand, opens the dashboard on your store (created empty on first run).
            Try it on demo data with: rapport --demo
            """,
        subcommands: [DashboardCommand.self, DemoCommand.self, BenchCommand.self, ForecastCommand.self, KeysCommand.self, ThemesCommand.self],
        defaultSubcommand: DashboardCommand.self
    )
}
