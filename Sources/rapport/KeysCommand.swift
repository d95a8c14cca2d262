import ArgumentParser
import RapportViewModel

/// `rapport keys`: the key table in effect — the standard keymap with the config file's
/// overrides — as Markdown. (The README's table is the standard keymap's.)
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Print every key binding in effect (with your config's overrides) as a Markdown table.")

    @Flag(name: .long, help: "The standard bindings, without the config file's overrides.")
    var standard = false

    func run() {
        guard !standard else {
            say(Keymap.standard.markdownTable)
            return
        }
        let file = ConfigFile.load(environment: processEnvironment)
        for problem in file.problems { warn(problem.description) }
        say(file.config.keymap().markdownTable)
    }
}
