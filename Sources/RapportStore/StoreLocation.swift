import Foundation

/// Where stores live, and how their files are made private before SQLite ever opens them.
public enum StoreLocation {
    /// `--store` wins, then `RAPPORT_STORE`, then `$XDG_DATA_HOME/rapport/rapport.sqlite`,
    /// then `~/.local/share/rapport/rapport.sqlite`.
    public static func resolve(explicit: String?, environment: [String: String], fileName: String = "rapport.sqlite") -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if fileName == "rapport.sqlite", let fromEnvironment = environment["RAPPORT_STORE"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return dataDirectory(environment: environment) + "/" + fileName
    }

    public static func dataDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/rapport" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/rapport"
    }

    /// The demo book's own store, never the user's.
    public static func demoStore(environment: [String: String]) -> String {
        dataDirectory(environment: environment) + "/demo.sqlite"
    }
}
