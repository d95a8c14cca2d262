import RapportCore
import TOMLKit

/// Reads the text of a config file into a `Config` and the problems in it. A problem costs
/// only the setting it is in: that setting keeps its default and the rest of the file still
/// applies. Anything the reader does not understand is a problem, unknown keys included, so a
/// typo never passes silently.
///
/// ```toml
/// theme = "light"
/// fiscal_year_start = "apr"      # or 4
/// mouse = false
/// [keys]                         # <context>.<action> = key or [keys]
/// accounts.filter = "f"
/// global.quit = ["q", "ctrl-q"]
/// [agenda]                       # the urgency's coefficients (AgendaCoefficient)
/// follow_up = 10
/// start = "agenda"               # what the dashboard opens on (before any [table])
/// ```
public struct ConfigReader {
    public static let settingNames = ["theme", "fiscal_year_start", "mouse", "keys", "agenda", "start"]

    private let file: String
    private let standard: Keymap
    private var problems: [ConfigProblem] = []

    /// `file` names the file in messages; `keymap` is what `[keys]` overrides.
    public static func read(_ text: String, file: String, keymap: Keymap = .standard) -> (config: Config, problems: [ConfigProblem]) {
        var reader = ConfigReader(file: file, standard: keymap)
        let config = reader.config(from: text)
        return (config, reader.problems)
    }

    private init(file: String, standard: Keymap) {
        self.file = file
        self.standard = standard
    }

    private mutating func config(from text: String) -> Config {
        var config = Config()
        let root: TOMLTable
        do {
            root = try TOMLDocument.parse(text)
        } catch {
            switch error {
            case .rawNUL: report(nil, TOMLDocument.rawNULReason)
            case .syntax(let line, let column, let message):
                problems.append(ConfigProblem(file: file, line: line, column: column, key: nil, message: message))
            case .escapedNUL(let path): report(path.map(TOMLDocument.quotedIfNeeded).joined(separator: "."), TOMLDocument.escapedNULMessage)
            case .other(let reason): report(nil, reason)
            }
            return config
        }
        for (key, value) in TOMLDocument.entries(of: root) {
            switch key {
            case "theme": config.theme = readTheme(value)
            case "fiscal_year_start": config.fiscalYearStart = readMonth(value)
            case "mouse":
                if let flag = value.bool { config.mouse = flag } else { report(key, "expected true or false, found \(TOMLDocument.kind(of: value))") }
            case "keys": config.keyOverrides = readKeys(value)
            case "agenda": config.agenda = readAgenda(value)
            case "start":
                if let name = value.string, let view = StartView(rawValue: name) {
                    config.start = view
                } else {
                    report(key, "expected \"dashboard\" or \"agenda\", found \(value.string.map { "'\($0)'" } ?? TOMLDocument.kind(of: value))")
                }
            default:
                let hint = ClosestName.closest(to: key, among: Self.settingNames).map { "try \($0)" }
                    ?? "a config file has \(Self.settingNames.joined(separator: ", "))"
                report(TOMLDocument.quotedIfNeeded(key), "unknown setting — \(hint)")
            }
        }
        return config
    }

    private mutating func readTheme(_ value: TOMLValueConvertible) -> String? {
        guard let name = value.string else {
            report("theme", "expected a theme name such as \"light\", found \(TOMLDocument.kind(of: value))")
            return nil
        }
        guard TOMLDocument.isBareKey(name) else {
            report("theme", "'\(name)' is not a theme name (letters, digits, '-' and '_' only)")
            return nil
        }
        return name
    }

    private mutating func readMonth(_ value: TOMLValueConvertible) -> Int? {
        let text: String
        if let number = value.int {
            text = String(number)
        } else if let name = value.string {
            text = name
        } else {
            report("fiscal_year_start", "expected a month such as \"apr\" or 4, found \(TOMLDocument.kind(of: value))")
            return nil
        }
        guard let month = MonthName.number(from: text) else {
            report("fiscal_year_start", "'\(text)' is not a month; \(MonthName.rule)")
            return nil
        }
        return month
    }

    // MARK: - [agenda]

    /// Each coefficient on its own: a bad one keeps its default, the others still apply.
    private mutating func readAgenda(_ value: TOMLValueConvertible) -> AgendaCoefficients {
        var coefficients = AgendaCoefficients.standard
        guard let table = value.table else {
            report("agenda", "expected a table such as [agenda] follow_up = 10, found \(TOMLDocument.kind(of: value))")
            return coefficients
        }
        let names = AgendaCoefficient.allCases.map(\.rawValue)
        for (key, entry) in TOMLDocument.entries(of: table) {
            let name = "[agenda] " + TOMLDocument.quotedIfNeeded(key)
            guard let coefficient = AgendaCoefficient(rawValue: key) else {
                let hint = ClosestName.closest(to: key, among: names).map { "try \($0)" } ?? "coefficients are \(names.joined(separator: ", "))"
                report(name, "no such coefficient — \(hint)")
                continue
            }
            let number: Double
            if let whole = entry.int {
                number = Double(whole)
            } else if let fraction = entry.double, !coefficient.isThreshold {
                number = fraction
            } else {
                let expected = coefficient.isThreshold ? "a whole number of days" : "a number"
                report(name, "expected \(expected), found \(TOMLDocument.kind(of: entry))")
                continue
            }
            let allowed = coefficient.allowed
            guard number.isFinite, allowed.contains(number) else {
                let unit = coefficient.isThreshold ? " days" : ""
                report(name, "\(number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)) is out of range: \(Int(allowed.lowerBound)) to \(Int(allowed.upperBound))\(unit)")
                continue
            }
            coefficients[coefficient] = number
        }
        return coefficients
    }

    // MARK: - [keys]

    private mutating func readKeys(_ value: TOMLValueConvertible) -> [KeyOverride] {
        guard let table = value.table else {
            report("keys", "expected a table such as [keys] accounts.filter = \"f\", found \(TOMLDocument.kind(of: value))")
            return []
        }
        var overrides: [KeyOverride] = []
        for (contextName, contextValue) in TOMLDocument.entries(of: table) {
            // `accounts.filter = "f"` and `[keys.accounts]` both make a table per context; a
            // quoted "accounts.filter" is one key holding the dot.
            if let actions = contextValue.table {
                for (action, keys) in TOMLDocument.entries(of: actions) {
                    if let override = readOverride(context: contextName, action: action, value: keys) { overrides.append(override) }
                }
            } else if let dot = contextName.firstIndex(of: ".") {
                let action = String(contextName[contextName.index(after: dot)...])
                if let override = readOverride(context: String(contextName[..<dot]), action: action, value: contextValue) {
                    overrides.append(override)
                }
            } else {
                report(keysName(contextName, nil), "expected <context>.<action> = key, such as accounts.filter = \"f\"")
            }
        }
        return withoutClashes(overrides)
    }

    private mutating func readOverride(context contextName: String, action: String, value: TOMLValueConvertible) -> KeyOverride? {
        let name = keysName(contextName, action)
        guard let context = KeyContext(rawValue: contextName) else {
            let contexts = KeyContext.allCases.filter { !$0.readsEveryKey }.map(\.rawValue)
            let hint = ClosestName.closest(to: contextName, among: contexts).map { "try \($0)" } ?? "contexts are \(contexts.joined(separator: ", "))"
            report(name, "no such context — \(hint)")
            return nil
        }
        guard !context.readsEveryKey else {
            let (which, what) = context == .form ? ("a form", "the form") : ("the command line", "the command line")
            report(name, "\(which)'s keys cannot be changed: \(what) reads every key itself")
            return nil
        }
        guard standard.binding(named: action, in: context) != nil else {
            let actions = standard.actionNames(in: context)
            let hint = ClosestName.closest(to: action, among: actions).map { "try \($0)" } ?? "actions there are \(actions.joined(separator: ", "))"
            report(name, "no such action in \(context.rawValue) — \(hint)")
            return nil
        }
        let names: [TOMLValueConvertible]
        if let array = value.array {
            names = Array(array)
        } else {
            names = [value]
        }
        guard !names.isEmpty else {
            report(name, "expected at least one key")
            return nil
        }
        var keys: [Key] = []
        for element in names {
            guard let text = element.string else {
                report(name, "expected a key name such as \"f\" or a list of them, found \(TOMLDocument.kind(of: element))")
                return nil
            }
            guard let key = Key(name: text) else {
                report(name, "'\(text)' is not a key name (keys are written as j, Ctrl-R, PgDn, Enter, Esc, Tab, Shift-Tab, Space, F5)")
                return nil
            }
            if !keys.contains(key) { keys.append(key) }
        }
        return KeyOverride(context: context, action: action, keys: keys)
    }

    /// Drops overrides whose keys another binding of the same context would also have, each with
    /// a problem naming both; dropping one can bring back a standard key that clashes with
    /// another override, so this repeats until nothing clashes.
    private mutating func withoutClashes(_ overrides: [KeyOverride]) -> [KeyOverride] {
        var kept = overrides
        while true {
            let keymap = Config(keyOverrides: kept).keymap(over: standard)
            guard let clash = firstClash(in: keymap, overridden: kept) else { return kept }
            kept.removeAll { $0 == clash.dropped }
            let other = clash.other.command.actionName.map { "\(clash.other.context.rawValue).\($0)" } ?? clash.other.help
            report(
                keysName(clash.dropped.context.rawValue, clash.dropped.action),
                "\(clash.key.displayName) is also the key of \(other) — keeping the standard keys")
        }
    }

    private func firstClash(in keymap: Keymap, overridden: [KeyOverride]) -> (dropped: KeyOverride, other: KeyBinding, key: Key)? {
        for override in overridden {
            for binding in keymap.bindings(in: override.context) where binding.command.actionName != override.action {
                if let key = override.keys.first(where: binding.keys.contains) { return (override, binding, key) }
            }
        }
        return nil
    }

    private func keysName(_ context: String, _ action: String?) -> String {
        let path = [context] + (action.map { [$0] } ?? [])
        return "[keys] " + path.map(TOMLDocument.quotedIfNeeded).joined(separator: ".")
    }

    private mutating func report(_ key: String?, _ message: String) {
        problems.append(ConfigProblem(file: file, key: key, message: message))
    }
}
