import ArgumentParser
import Foundation
import RapportCore
import RapportScreen

/// `rapport themes`: the themes there are, built-in and the user's own, each with a preview line
/// drawn in its own colours (plain text when stdout is not a terminal, or under NO_COLOR). A
/// theme that does not load is marked with its one-line error, and the rest are still listed.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "themes", abstract: "List the colour themes, with a preview of each.")

    func run() {
        let environment = processEnvironment
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let colour = isatty(STDOUT_FILENO) == 1 && !noColor
        let trueColor = ["truecolor", "24bit"].contains(environment["COLORTERM"]?.lowercased() ?? "")
        let directory = ThemeChoice.userThemeDirectory(environment: environment)
        for line in Self.listing(userDirectory: directory, colour: colour, trueColor: trueColor) {
            sayStyled(line)
        }
        if let directory { say("(your own themes go in \(directory)/NAME.toml)") }
    }

    /// One line per theme: its name, where it comes from, and its preview or what is wrong with it.
    static func listing(userDirectory: String?, colour: Bool, trueColor: Bool) -> [StyledLine] {
        let names = ThemeLoader.availableThemeNames(userDirectory: userDirectory)
        let width = names.map(\.count).max() ?? 0
        return names.map { name in
            let own = userDirectory.map { FileManager.default.fileExists(atPath: $0 + "/" + name + ".toml") } ?? false
            let origin = own ? "yours   " : "built-in"
            let label = StyledLine.Run(name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + origin + "  ")
            do {
                let theme = try ThemeLoader.load(named: name, userDirectory: userDirectory)
                return StyledLine([label] + (colour ? ThemePreview.coloured(theme, trueColor: trueColor) : ThemePreview.plain))
            } catch {
                return StyledLine([label, StyledLine.Run("broken: " + TextSafety.oneLine(String(describing: error)))])
            }
        }
    }
}
