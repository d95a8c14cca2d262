extension Key {
    /// Reads a key written the way `displayName` prints it, as a config file names keys: "j",
    /// "Ctrl-R" or "ctrl-r", "PgDn", "Enter", "Esc", "Shift-Tab", "Space", "F5", "↑" or "Up".
    /// Named keys ignore case; a single character is itself, so "G" and "g" differ. Nil for
    /// anything else, including keys a person cannot bind (paste, resize).
    public init?(name: String) {
        if let named = Self.namedKeys[name.lowercased()] {
            self = named
            return
        }
        if name.count == 1, let character = name.first {
            guard !character.isWhitespace, character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else {
                return nil
            }
            self = .char(character)
            return
        }
        let lowered = name.lowercased()
        if lowered.hasPrefix("ctrl-"), lowered.count == 6, let letter = lowered.last, letter.isASCII, letter.isLetter {
            self = .ctrl(letter)
            return
        }
        if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...24).contains(number), !lowered.dropFirst().hasPrefix("0") {
            self = .function(number)
            return
        }
        return nil
    }

    /// Names other than single characters, Ctrl-letters and F-keys; lower-cased.
    private static let namedKeys: [String: Key] = [
        "space": .char(" "),
        "↑": .up, "up": .up, "↓": .down, "down": .down, "←": .left, "left": .left, "→": .right, "right": .right,
        "shift-↑": .shiftUp, "shift-up": .shiftUp, "shift-↓": .shiftDown, "shift-down": .shiftDown,
        "shift-←": .shiftLeft, "shift-left": .shiftLeft, "shift-→": .shiftRight, "shift-right": .shiftRight,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end, "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "tab": .tab, "shift-tab": .backTab, "backtab": .backTab, "backspace": .backspace,
        "del": .delete, "delete": .delete, "ins": .insert, "insert": .insert,
    ]
}
