import Foundation
import RapportCore
import RapportScreen
import RapportViewModel

/// Picks the theme: `--theme`, then RAPPORT_THEME, then the config file's `theme`, then
/// "default"; NO_COLOR strips colour.
enum ThemeChoice {
    static func userThemeDirectory(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/rapport/themes" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/rapport/themes"
    }

    /// The theme to use and a warning to show when a broken theme file fell back to the default.
    /// A name given by flag or environment that no theme has is an error, listing the names
    /// there are; one from the config file is a warning, and the default is kept.
    static func resolve(explicit: String?, environment: [String: String], configFile: ConfigFile? = nil) throws -> (theme: Theme, warning: String?) {
        let userDirectory = userThemeDirectory(environment: environment)
        let chosen = EffectiveSettings.themeName(
            flag: explicit, environment: environment, file: configFile ?? ConfigFile(path: nil, exists: false, config: Config(), problems: []))
        let name = chosen.value
        let available = ThemeLoader.availableThemeNames(userDirectory: userDirectory)
        guard available.contains(name) else {
            // ThemeError's description, because it sanitizes: the name may come from the environment.
            let unknown = ThemeError.unknownTheme(name: name, available: available).description
            guard case .file(let path) = chosen.source else { throw CommandFailure(unknown) }
            return (withNoColor(ThemeLoader.defaultTheme, environment: environment), TextSafety.displayable("\(path): theme: \(unknown) — using the default theme"))
        }
        let theme: Theme
        var warning: String?
        do {
            theme = try ThemeLoader.load(named: name, userDirectory: userDirectory)
        } catch {
            theme = ThemeLoader.defaultTheme
            warning = "\(error) — using the default theme"
        }
        return (withNoColor(theme, environment: environment), warning)
    }

    /// https://no-color.org: any non-empty value means no colour.
    static func withNoColor(_ theme: Theme, environment: [String: String]) -> Theme {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return theme.withoutColor }
        return theme
    }

    /// `:theme NAME` while the dashboard runs: the same checks and messages as at start-up, but
    /// a theme that is unknown or broken is an error to show, never a fallback.
    static func load(named name: String, environment: [String: String]) -> Result<Theme, ThemeLoadFailure> {
        let userDirectory = userThemeDirectory(environment: environment)
        let available = ThemeLoader.availableThemeNames(userDirectory: userDirectory)
        guard available.contains(name) else {
            return .failure(ThemeLoadFailure(ThemeError.unknownTheme(name: name, available: available).description))
        }
        do {
            var theme = try ThemeLoader.load(named: name, userDirectory: userDirectory)
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { theme = theme.withoutColor }
            return .success(theme)
        } catch {
            return .failure(ThemeLoadFailure("\(error)"))
        }
    }

    /// The names `:theme` completes.
    static func names(environment: [String: String]) -> [String] {
        ThemeLoader.availableThemeNames(userDirectory: userThemeDirectory(environment: environment))
    }
}
