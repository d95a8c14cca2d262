import ArgumentParser
import Foundation

/// `rapport`: the dashboard by default, and subcommands that do the same work without a screen.
@main
struct Rapport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapport",
        abstract: "A keyboard-first terminal dashboard for account managers.",
        discussion: EnvironmentHelp.rootDiscussion,
        version: RapportVersion.current,
        subcommands: [
            DashboardCommand.self, DemoCommand.self, ImportCommand.self, ExportCommand.self, ReportCommand.self, UpdateCommand.self,
            ForecastCommand.self, BenchCommand.self, KeysCommand.self, ThemesCommand.self, ConfigCommand.self, AgendaCommand.self,
            CheckCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    /// ArgumentParser's own `main`, with what it prints passed through the text policy: its
    /// messages quote the command line ("Unknown option '…'"), which can hold anything.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { say(message) }
            } else if !message.isEmpty {
                sayOnStandardError(message)
            }
            Foundation.exit(code.rawValue)
        }
    }
}
