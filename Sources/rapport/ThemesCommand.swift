import ArgumentParser
import RapportCore
import RapportScreen

/// `rapport themes`: the themes there are, built-in and the user's own.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "themes", abstract: "List the available colour themes.")

    func run() {
        let directory = ThemeChoice.userThemeDirectory(environment: processEnvironment)
        for name in ThemeLoader.availableThemeNames(userDirectory: directory) { say(name) }
        if let directory { say("(your own themes go in \(directory)/NAME.toml)") }
    }
}
