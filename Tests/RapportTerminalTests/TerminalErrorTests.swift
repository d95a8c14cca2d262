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
        #expect(message == "unknown terminal type 'x?]0;pwned?' (TERM) — try TERM=xterm-256color")
    }
}
