import ArgumentParser
import RapportViewModel

/// Where a setting's value came from, strongest first: a flag, the environment, the config file,
/// or the default.
enum SettingSource: Equatable, CustomStringConvertible {
    case flag(String)
    case environment(String)
    case file(String)
    case standard

    var description: String {
        switch self {
        case .flag(let name): return "flag \(name)"
        case .environment(let name): return "$\(name)"
        case .file(let path): return "file \(path)"
        case .standard: return "default"
        }
    }
}

/// A setting's value and where it came from.
struct Sourced<Value: Equatable>: Equatable {
    let value: Value
    let source: SettingSource
}

/// The settings as they apply: flag, then environment, then config file, then default.
enum EffectiveSettings {
    /// The month the fiscal year starts. A flag or environment value that is not a month is an
    /// error (the user typed it just now); the file's was checked when it was read.
    static func fiscalYearStart(flag: String?, environment: [String: String], file: ConfigFile) throws -> Sourced<Int> {
        if let flag { return Sourced(value: try month(flag, from: "--fiscal-year-start"), source: .flag("--fiscal-year-start")) }
        if let text = environment["RAPPORT_FISCAL_YEAR_START"], !text.isEmpty {
            return Sourced(value: try month(text, from: "RAPPORT_FISCAL_YEAR_START"), source: .environment("RAPPORT_FISCAL_YEAR_START"))
        }
        if let month = file.config.fiscalYearStart, let path = file.path { return Sourced(value: month, source: .file(path)) }
        return Sourced(value: 1, source: .standard)
    }

    static func themeName(flag: String?, environment: [String: String], file: ConfigFile) -> Sourced<String> {
        if let flag { return Sourced(value: flag, source: .flag("--theme")) }
        if let name = environment["RAPPORT_THEME"], !name.isEmpty { return Sourced(value: name, source: .environment("RAPPORT_THEME")) }
        if let name = file.config.theme, let path = file.path { return Sourced(value: name, source: .file(path)) }
        return Sourced(value: "default", source: .standard)
    }

    static func mouse(file: ConfigFile) -> Sourced<Bool> {
        if let mouse = file.config.mouse, let path = file.path { return Sourced(value: mouse, source: .file(path)) }
        return Sourced(value: true, source: .standard)
    }

    private static func month(_ text: String, from origin: String) throws -> Int {
        guard let month = MonthName.number(from: text) else {
            let name = origin.hasPrefix("-") ? origin : "$\(origin)"
            throw ValidationError("\(name): '\(text)' is not a month; \(MonthName.rule)")
        }
        return month
    }
}
