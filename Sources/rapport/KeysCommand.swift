import ArgumentParser
import RapportViewModel

/// `rapport keys`: the key table, generated from the keymap (the README's table comes from here).
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys", abstract: "Print every key binding as a Markdown table.")

    func run() {
        say(Keymap.standard.markdownTable)
    }
}
