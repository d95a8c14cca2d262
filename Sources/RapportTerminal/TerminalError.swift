import RapportCore

/// Why the dashboard could not take over the terminal. Each message is one line that says
/// what to do, because it is printed on stderr instead of a screen.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    case standardOutputNotATerminal
    case standardInputNotATerminal
    case terminalTypeNotSet
    /// terminfo has no entry for the TERM given (or only a generic one such as "dumb").
    case unknownTerminalType(String)
    case initialisationFailed(String)

    public var description: String {
        switch self {
        case .standardOutputNotATerminal:
            return "standard output is not a terminal — rapport's dashboard needs one (use a subcommand for plain output)"
        case .standardInputNotATerminal:
            return "standard input is not a terminal — rapport's dashboard reads keys from one (use a subcommand for plain output)"
        case .terminalTypeNotSet:
            return "TERM is not set — set it to your terminal's type, e.g. TERM=xterm-256color"
        case .unknownTerminalType(let type):
            return "unknown terminal type '\(TextSafety.oneLine(type))' (TERM) — try TERM=xterm-256color"
        case .initialisationFailed(let reason):
            return "the terminal could not be initialised: \(reason)"
        }
    }
}
