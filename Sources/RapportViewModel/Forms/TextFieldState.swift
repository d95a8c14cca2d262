import RapportCore

/// One line of editable text and a cursor, as a value.
///
/// Positions count grapheme clusters (Swift `Character`s), not bytes or scalars, so the cursor
/// never lands inside "é" written as e + U+0301, inside "東", or inside a family emoji.
/// `text` never holds a control, bidi or zero-width character: everything that enters goes
/// through `TextSafety.typed`, so what is saved is what the screen shows.
public struct TextFieldState: Equatable, Sendable {
    public private(set) var text: String
    /// Characters before the cursor: 0 is before the first, `text.count` after the last.
    public private(set) var cursor: Int
    /// The most characters `insert(_:)` lets the text grow to.
    public let maxLength: Int

    /// `text` is filtered like typed input; the cursor starts at its end. Text already longer
    /// than `maxLength` (from an older, looser store) is kept whole rather than cut silently;
    /// it only refuses to grow.
    public init(_ text: String = "", maxLength: Int = 200) {
        let clean = TextSafety.typed(text)
        self.text = clean
        self.cursor = clean.count
        self.maxLength = max(0, maxLength)
    }

    public var isEmpty: Bool { text.isEmpty }

    // MARK: Inserting

    /// Inserts typed or pasted text at the cursor. Returns false, and changes nothing, when the
    /// result would be longer than `maxLength`: a paste cut short would save something the user
    /// never saw whole, so it is refused outright.
    @discardableResult
    public mutating func insert(_ input: String) -> Bool {
        let clean = TextSafety.typed(input)
        guard !clean.isEmpty else { return true }
        // Characters merge at the seams (an accent pasted after "e"), so count the result.
        let prefix = String(text[..<index(cursor)]) + clean
        let combined = prefix + String(text[index(cursor)...])
        let length = combined.count
        // Text that was already too long may still take input that does not make it longer.
        guard length <= maxLength || length <= text.count else { return false }
        text = combined
        cursor = min(prefix.count, length)
        return true
    }

    // MARK: Deleting

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        remove(from: cursor - 1, to: cursor)
    }

    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        remove(from: cursor, to: cursor + 1)
    }

    /// Ctrl-W: the word before the cursor and the spaces or punctuation between it and the cursor.
    public mutating func deleteWordBackward() {
        remove(from: wordStart(before: cursor), to: cursor)
    }

    /// Ctrl-U.
    public mutating func deleteToStart() {
        remove(from: 0, to: cursor)
    }

    /// Ctrl-K.
    public mutating func deleteToEnd() {
        remove(from: cursor, to: text.count)
    }

    // MARK: Moving

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }

    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }

    public mutating func moveToStart() { cursor = 0 }

    public mutating func moveToEnd() { cursor = text.count }

    /// To the start of the word before the cursor, as readline's Alt-B.
    public mutating func moveWordLeft() { cursor = wordStart(before: cursor) }

    /// To the end of the word after the cursor, as readline's Alt-F.
    public mutating func moveWordRight() { cursor = wordEnd(after: cursor) }

    // MARK: Keys

    /// Carries out what `key` means to a text field. Keys it has no use for (Tab, Enter, Esc,
    /// ↑/↓) are left to the form around it.
    ///
    /// `Key` cannot name Alt- or Ctrl-arrows yet, so word moves sit on Shift-←/→; Ctrl-B/F/D
    /// follow readline for those used to it.
    public mutating func apply(_ key: Key) -> TextFieldEdit {
        switch key {
        case .char(let character):
            return insert(String(character)) ? .applied : .refusedTooLong
        case .paste(let text):
            return insert(text) ? .applied : .refusedTooLong
        case .backspace: deleteBackward()
        case .delete, .ctrl("d"): deleteForward()
        case .left, .ctrl("b"): moveLeft()
        case .right, .ctrl("f"): moveRight()
        case .home, .ctrl("a"): moveToStart()
        case .end, .ctrl("e"): moveToEnd()
        case .shiftLeft: moveWordLeft()
        case .shiftRight: moveWordRight()
        case .ctrl("w"): deleteWordBackward()
        case .ctrl("u"): deleteToStart()
        case .ctrl("k"): deleteToEnd()
        default: return .ignored
        }
        return .applied
    }

    // MARK: Helpers

    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: min(max(0, offset), text.count))
    }

    private mutating func remove(from start: Int, to end: Int) {
        guard start < end else { return }
        text.removeSubrange(index(start)..<index(end))
        // What follows can merge into the character before the gap (a mark after a deleted
        // base), leaving fewer characters than `start`.
        cursor = min(start, text.count)
    }

    /// Letters, digits, symbols and emoji make words; spaces and punctuation separate them, so
    /// Ctrl-W in "ada@example.com" takes "com" first, as in a shell.
    private static func isWordCharacter(_ character: Character) -> Bool {
        !character.isWhitespace && !character.isPunctuation
    }

    private func wordStart(before offset: Int) -> Int {
        let characters = Array(text)
        var position = min(offset, characters.count)
        while position > 0, !Self.isWordCharacter(characters[position - 1]) { position -= 1 }
        while position > 0, Self.isWordCharacter(characters[position - 1]) { position -= 1 }
        return position
    }

    private func wordEnd(after offset: Int) -> Int {
        let characters = Array(text)
        var position = max(0, offset)
        while position < characters.count, !Self.isWordCharacter(characters[position]) { position += 1 }
        while position < characters.count, Self.isWordCharacter(characters[position]) { position += 1 }
        return position
    }
}
