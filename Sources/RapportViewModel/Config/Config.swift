import RapportCore

/// What the user's config file sets (`config.toml`); nil where it sets nothing, or where what it
/// set was wrong (the problem is reported and the default kept). Reading the file is the
/// executable's work; this floor only reads its text (`ConfigReader`), because the keymap the
/// overrides change is the view model's.
public struct Config: Equatable, Sendable {
    /// `theme = "light"`.
    public var theme: String?
    /// `fiscal_year_start = "apr"` or `4`: the month, 1–12.
    public var fiscalYearStart: Int?
    /// `mouse = false`.
    public var mouse: Bool?
    /// `[keys]`: each override that applies, in key order.
    public var keyOverrides: [KeyOverride]
    /// `[agenda]`: the urgency's coefficients, the defaults where the file sets none.
    public var agenda: AgendaCoefficients = .standard
    /// `start = "agenda"`: what the dashboard opens on.
    public var start: StartView?

    public init(theme: String? = nil, fiscalYearStart: Int? = nil, mouse: Bool? = nil, keyOverrides: [KeyOverride] = []) {
        self.theme = theme
        self.fiscalYearStart = fiscalYearStart
        self.mouse = mouse
        self.keyOverrides = keyOverrides
    }

    /// The standard keymap (or `base`) with this file's overrides.
    public func keymap(over base: Keymap = .standard) -> Keymap {
        keyOverrides.reduce(base) { keymap, override in keymap.replacingKeys(of: override.action, in: override.context, with: override.keys) }
    }
}

/// `accounts.filter = "f"`: the keys that give `action` in `context`, instead of the standard ones.
public struct KeyOverride: Hashable, Sendable {
    public let context: KeyContext
    public let action: String
    public let keys: [Key]

    public init(context: KeyContext, action: String, keys: [Key]) {
        self.context = context
        self.action = action
        self.keys = keys
    }

    /// "accounts.filter", as the file writes it.
    public var name: String { "\(context.rawValue).\(action)" }
}

/// What the dashboard opens on (`start` in the config file).
public enum StartView: String, CaseIterable, Sendable {
    case dashboard
    case agenda
}
