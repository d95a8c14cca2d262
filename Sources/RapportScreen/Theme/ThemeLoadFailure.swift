/// Why a theme could not be used, as the one line the status bar shows (a `ThemeError`'s
/// description, which names the file and key and is already made safe to print).
public struct ThemeLoadFailure: Error, Hashable, Sendable {
    public let message: String

    public init(_ message: String) { self.message = message }
}
