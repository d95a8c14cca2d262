import Foundation
import RapportViewModel

/// The user's config file: where it lives and what it says. `$RAPPORT_CONFIG` names it outright;
/// otherwise `$XDG_CONFIG_HOME/rapport/config.toml`, else `~/.config/rapport/config.toml`.
/// A missing file is no config at all (every default), unless `$RAPPORT_CONFIG` points at it:
/// a file asked for by name that is not there is a mistake worth saying.
struct ConfigFile {
    /// Where the file is looked for; nil when neither XDG_CONFIG_HOME nor HOME says.
    let path: String?
    let exists: Bool
    let config: Config
    let problems: [ConfigProblem]

    static func path(environment: [String: String]) -> String? {
        if let explicit = environment["RAPPORT_CONFIG"], !explicit.isEmpty { return explicit }
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/rapport/config.toml" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/rapport/config.toml"
    }

    static func load(environment: [String: String]) -> ConfigFile {
        guard let path = path(environment: environment) else {
            return ConfigFile(path: nil, exists: false, config: Config(), problems: [])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            let named = environment["RAPPORT_CONFIG"].map { !$0.isEmpty } ?? false
            let problems = named ? [ConfigProblem(file: path, key: nil, message: "no such file (named by $RAPPORT_CONFIG)")] : []
            return ConfigFile(path: path, exists: false, config: Config(), problems: problems)
        }
        func unreadable(_ reason: String) -> ConfigFile {
            ConfigFile(path: path, exists: true, config: Config(), problems: [ConfigProblem(file: path, key: nil, message: reason)])
        }
        if isDirectory.boolValue { return unreadable("it is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else { return unreadable("it cannot be opened; check its permissions") }
        guard let text = String(data: data, encoding: .utf8) else { return unreadable("it is not UTF-8 text") }
        let (config, problems) = ConfigReader.read(text, file: path)
        return ConfigFile(path: path, exists: true, config: config, problems: problems)
    }

    /// What the status bar says at start-up: the first problem, the file named by its name alone
    /// so the message fits (`rapport config --path` gives the whole path), and how to see the rest.
    var statusSummary: String? {
        guard let first = problems.first else { return nil }
        let named = ConfigProblem(
            file: (first.file as NSString).lastPathComponent, line: first.line, column: first.column, key: first.key, message: first.message)
        if problems.count == 1 { return named.description }
        return "\(named) (+\(problems.count - 1) more: rapport config --check)"
    }
}
