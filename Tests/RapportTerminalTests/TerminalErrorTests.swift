import RapportTerminal
import Testing

struct TerminalErrorTests {
    @Test func messagesAreOneLineAndSayWhatToDo() {
        #expect(
            TerminalError.standardOutputNotATerminal.description
                == "standard output is not a terminal — rapport's dashboard needs one (use a subcommand for plain output)")
        #expect(TerminalError.terminalTypeNotSet.description.hasPrefix("TERM is not set — "))
        #expect(
            TerminalError.unknownTerminalType("xyz").description
                == "unknown terminal type 'xyz' (TERM) — try TERM=xterm-256color")
        #expect(
            TerminalError.initialisationFailed("no terminfo").description
                == "the terminal could not be initialised: no terminfo")
        let all: [TerminalError] = [
            .standardOutputNotATerminal, .standardInputNotATerminal, .terminalTypeNotSet,
            .unknownTerminalType("a\nb"), .initialisationFailed("x"),
        ]
        #expect(all.allSatisfy { !$0.description.contains("\n") })
    }

    @Test func controlCharactersInTERMAreNotEchoed() {
        let message = TerminalError.unknownTerminalType("x\u{1B}]0;pwned\u{7}").description
        #expect(message == "unknown terminal type 'x␦]0;pwned␦' (TERM) — try TERM=xterm-256color")
    }

    /// The same policy as everything else printed: bidi and invisible characters too, which a
    /// check for control characters alone let through.
    @Test func bidiAndInvisibleCharactersInTERMAreNotEchoed() {
        let message = TerminalError.unknownTerminalType("evil\u{202E}mret\u{200B}").description
        #expect(!message.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{200B}" })
    }
}
