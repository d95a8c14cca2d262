import RapportCore

/// A line of text runs, each with SGR codes for its style: what `sayStyled` prints. The text
/// goes through the text policy and the escapes are built from numbers only when the line is
/// rendered, so nothing but Rapport's own styling can reach the terminal as a control sequence,
/// whatever a run's text came from (a theme file's name, its error).
struct StyledLine: Equatable {
    struct Run: Equatable {
        var text: String
        /// SGR parameters: 1 bold, 38;5;N a 256-colour foreground...
        var codes: [Int]

        init(_ text: String, codes: [Int] = []) {
            self.text = text
            self.codes = codes
        }
    }

    var runs: [Run]

    init(_ runs: [Run]) { self.runs = runs }

    /// The line as the terminal is given it.
    var rendered: String { rendered(safe: TextSafety.displayable) }

    /// The line with each run's text passed through `safe` (the text policy) and only the
    /// escapes built here from numbers around it.
    func rendered(safe: (String) -> String) -> String {
        runs.map { run in
            let text = safe(run.text)
            guard !run.codes.isEmpty else { return text }
            return "\u{1B}[\(run.codes.map(String.init).joined(separator: ";"))m\(text)\u{1B}[0m"
        }.joined()
    }
}
