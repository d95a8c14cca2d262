/// The bytes the terminal guard writes when the process dies without `endwin` (a signal or a
/// crash): leave the alternate screen, show the cursor, reset attributes, leave keypad mode.
enum RestoreSequence {
    /// For a terminfo entry that names none of the four capabilities: what xterm-compatible
    /// terminals, the overwhelming majority, understand.
    static let fallback = "\u{1B}[?1049l\u{1B}[?25h\u{1B}[0m"

    /// CAN aborts an escape sequence the terminal may be halfway through, in case the signal
    /// arrived between two of ncurses' writes; a terminal that is not inside one ignores it.
    static let cancelPartialSequence = "\u{18}"

    /// The modes Rapport turns on itself, which no terminfo capability undoes: bracketed paste
    /// and mouse reporting (buttons and SGR), or the shell would get ESC [200~ around pastes
    /// and escape codes for every click.
    static let leaveModes = "\u{1B}[?2004l" + MouseReporting.off

    /// Builds the sequence from terminfo's rmcup, cnorm, sgr0 and rmkx. A capability the entry
    /// lacks is left out rather than guessed: curses only sends smcup, civis and smkx when they
    /// exist, so there is nothing to undo (the Linux console has no alternate screen at all).
    static func make(
        exitAlternateScreen: String?, showCursor: String?, resetAttributes: String?, leaveKeypadMode: String?
    ) -> String {
        let parts = [exitAlternateScreen, showCursor, resetAttributes, leaveKeypadMode]
            .compactMap { $0 }
            .map(removingPadding)
            .filter { !$0.isEmpty }
        return cancelPartialSequence + (parts.isEmpty ? fallback : parts.joined())
    }

    /// terminfo strings may contain delays such as `$<5>` or `$<2*/>`, which tputs turns into
    /// waiting and which would otherwise be printed literally.
    static func removingPadding(_ capability: String) -> String {
        let characters = Array(capability)
        var result = ""
        var index = 0
        while index < characters.count {
            if characters[index] == "$", index + 1 < characters.count, characters[index + 1] == "<",
                let end = delayEnd(in: characters, from: index + 2)
            {
                index = end + 1
                continue
            }
            result.append(characters[index])
            index += 1
        }
        return result
    }

    /// The index of the ">" closing a delay whose body starts at `start`, or nil when what
    /// follows "$<" is not a delay (digits, ".", "*" and "/").
    private static func delayEnd(in characters: [Character], from start: Int) -> Int? {
        var index = start
        while index < characters.count {
            let character = characters[index]
            if character == ">" { return index > start ? index : nil }
            guard character.isASCII, character.isNumber || character == "." || character == "*" || character == "/" else {
                return nil
            }
            index += 1
        }
        return nil
    }
}
