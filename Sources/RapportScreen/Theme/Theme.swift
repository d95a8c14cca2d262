/// A named set of styles for every `ThemeRole`.
///
/// Themes are TOML files (see `themes/` at the repository root): a palette of named colours
/// once, then each role mapped to palette colours and attributes. A role the file leaves out
/// falls back to the plain terminal style.
public struct Theme: Hashable, Sendable {
    public let name: String
    public private(set) var styles: [ThemeRole: Style]

    public init(name: String, styles: [ThemeRole: Style]) {
        self.name = name
        self.styles = styles
    }

    public func style(_ role: ThemeRole) -> Style { styles[role] ?? .plain }

    public subscript(role: ThemeRole) -> Style { style(role) }

    /// The same theme with every colour removed: attributes only (NO_COLOR, monochrome terminals).
    public var withoutColor: Theme {
        Theme(name: name, styles: styles.mapValues { Style(attributes: $0.attributes) })
    }
}
