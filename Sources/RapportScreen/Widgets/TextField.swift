import RapportViewModel

/// One line of a `TextFieldState`: the text scrolled sideways so the cursor stays in view, and
/// the cursor cell drawn reversed, which shows in every theme, monochrome too.
public struct TextField: Sendable {
    public var state: TextFieldState
    /// Only the focused field shows its cursor, and it alone scrolls to it.
    public var focused: Bool

    public init(state: TextFieldState, focused: Bool) {
        self.state = state
        self.focused = focused
    }

    /// The characters on screen in `width` columns: from the start when the cursor fits there,
    /// otherwise as few dropped on the left as keep the cursor cell at the right edge.
    public static func visibleRange(of characters: [Character], cursor: Int, width: Int) -> Range<Int> {
        guard width > 0, !characters.isEmpty else { return 0..<0 }
        let cursor = min(max(0, cursor), characters.count)
        let widths = characters.map(DisplayWidth.of)
        // The cursor needs a cell even past the end or on a zero-width character.
        let cursorWidth = cursor < characters.count ? max(1, widths[cursor]) : 1
        var start = 0
        var used = widths[0..<cursor].reduce(0, +) + cursorWidth
        while used > width, start < cursor {
            used -= widths[start]
            start += 1
        }
        var end = start
        var filled = 0
        while end < characters.count, filled + widths[end] <= width {
            filled += widths[end]
            end += 1
        }
        // A cursor on a wide character in a one-column field still shows (as a padded half).
        return start..<max(end, min(cursor + 1, characters.count))
    }

    /// Which ends of the text are scrolled out of view, so the caller can mark them.
    public struct Clipping: Hashable, Sendable {
        public var left: Bool
        public var right: Bool
    }

    /// Draws in the first row of `area`; `style` is the text's, the cursor is it reversed.
    @discardableResult
    public func render(in area: Rect, into buffer: inout Buffer, style: Style) -> Clipping {
        guard !area.isEmpty else { return Clipping(left: false, right: !state.text.isEmpty) }
        let line = area.row(0)
        // The field's extent is underlined so an empty field still shows where typing goes.
        let fieldStyle = style.patched(with: Style(attributes: .underline))
        buffer.fill(line, style: fieldStyle)
        guard focused else {
            // Unfocused text shows its start, cut with "…" as truncated text is everywhere else.
            let shown = TextFit.truncate(state.text, to: line.width)
            buffer.write(shown, x: line.x, y: line.y, style: fieldStyle)
            // The "…" already says the text goes on.
            return Clipping(left: false, right: false)
        }
        let characters = Array(state.text)
        let cursor = min(state.cursor, characters.count)
        let cursorStyle = fieldStyle.patched(with: Style(attributes: .reverse))
        var x = line.x
        let range = Self.visibleRange(of: characters, cursor: cursor, width: line.width)
        for index in range {
            guard x < line.maxX else { break }
            let character = characters[index]
            let isCursor = index == cursor
            // A lone combining mark has no cell of its own; the cursor gets a blank one.
            let shown = isCursor && DisplayWidth.of(character) == 0 ? " " : String(character)
            x += buffer.write(shown, x: x, y: line.y, maxWidth: line.maxX - x, style: isCursor ? cursorStyle : fieldStyle)
        }
        if cursor == characters.count && x < line.maxX {
            buffer.write(" ", x: x, y: line.y, style: cursorStyle)
        }
        return Clipping(left: range.lowerBound > 0, right: range.upperBound < characters.count)
    }
}
