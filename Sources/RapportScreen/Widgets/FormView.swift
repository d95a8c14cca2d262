import RapportViewModel

/// The widest a form shows a value; the marker beside the focused field's label.
private let valueWidthLimit = 32
private let focusMarker = "→"

/// A form in a centred box: one row per field (label, value, and its error beside it, or below
/// when there is no room beside), and the keys that matter on the bottom line.
public struct FormView<Field: Hashable & Sendable>: Sendable {
    public var form: FormState<Field>
    /// The keys that matter, on the bottom line.
    public var hint: String
    /// What the form is for; the form's own title when nil.
    public var title: FormTitle?
    /// Wide enough for a label, a 32-column value and a short error beside it; narrower
    /// terminals get a narrower box and errors below their fields.
    public static var preferredWidth: Int { 76 }

    public init(form: FormState<Field>, hint: String, title: FormTitle? = nil) {
        self.form = form
        self.hint = hint
        self.title = title
    }

    /// The title in `width` columns: the action whole, then as much of the names as fits, the
    /// last one shortened by the truncation rule, those after it left out.
    public static func fittedTitle(_ title: FormTitle, width: Int) -> String {
        var text = title.action
        for subject in title.subjects {
            let room = width - DisplayWidth.of(text) - DisplayWidth.of(" · ")
            // A name shorter than a few letters says nothing: it is left out instead.
            guard room >= min(6, DisplayWidth.of(subject)) else { break }
            let fitted = TextFit.truncate(subject, to: room)
            text += " · " + fitted
            if fitted != subject { break }
        }
        return text
    }


    /// Where things go inside the box; computed once per frame from the inner area.
    struct Columns {
        let labelX: Int
        let labelWidth: Int
        let valueX: Int
        let valueWidth: Int
        let errorX: Int
        let maxX: Int
        /// Messages sit beside their fields when every one fits there, else all go below:
        /// a mix reads as two kinds of message.
        let errorsBeside: Bool

        init(inner: Rect, labels: [String], errors: [String]) {
            // Side padding only when it leaves room for the fields themselves.
            let padding = inner.width >= 24 ? 2 : 0
            let left = inner.x + padding
            maxX = inner.maxX - padding
            let content = max(0, maxX - left)
            let markerWidth = DisplayWidth.of(focusMarker) + 1
            let longestLabel = labels.map(DisplayWidth.of).max() ?? 0
            labelX = left + markerWidth
            labelWidth = max(0, min(longestLabel, content / 3))
            valueX = labelX + labelWidth + 2
            valueWidth = max(0, min(valueWidthLimit, maxX - valueX))
            errorX = valueX + valueWidth + 2
            let room = maxX - errorX
            errorsBeside = errors.allSatisfy { DisplayWidth.of($0) <= room }
        }
    }

    static func label(for field: FormField<Field>) -> String {
        field.isRequired ? "\(field.label) *" : field.label
    }

    public func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let labels = form.fields.map(Self.label(for:))
        let errors = form.fields.compactMap(\.error)
        // Field rows, plus a blank line above and below them, the hint, and the border.
        let probe = Columns(
            inner: Rect(x: 0, y: 0, width: min(area.width, Self.preferredWidth) - 2, height: 1), labels: labels, errors: errors)
        let rowsWanted = form.fields.reduce(0) { $0 + rowCount(of: $1, columns: probe) }
        let box = area.centered(width: Self.preferredWidth, height: rowsWanted + 5)
        buffer.fill(box, style: theme[.text])
        // The block keeps a space either side of its title and two columns of border either side.
        let titleText = title.map { Self.fittedTitle($0, width: box.width - 6) } ?? form.title
        let inner = Block(title: titleText, focused: true).render(in: box, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        let columns = Columns(inner: inner, labels: labels, errors: errors)

        // The hint keeps the bottom row when there are two or more; fields get the rest.
        var fieldArea = inner
        if inner.height >= 2 {
            let hint = TextFit.truncate(hint, to: inner.width)
            let hintX = inner.x + (inner.width - DisplayWidth.of(hint)) / 2
            buffer.write(hint, x: hintX, y: inner.maxY - 1, style: theme[.textDim])
            fieldArea.height -= 1
        }
        // Blank lines around the fields go first when space is short.
        if fieldArea.height >= rowsWanted + 2 {
            fieldArea = Rect(x: fieldArea.x, y: fieldArea.y + 1, width: fieldArea.width, height: fieldArea.height - 2)
        }
        var y = fieldArea.y
        for index in firstShownField(columns: columns, rows: fieldArea.height)..<form.fields.count {
            guard y < fieldArea.maxY else { break }
            y += renderField(at: index, y: y, maxY: fieldArea.maxY, columns: columns, into: &buffer, theme: theme)
        }
    }

    private func rowCount(of field: FormField<Field>, columns: Columns) -> Int {
        field.error == nil || columns.errorsBeside ? 1 : 2
    }

    /// The first field drawn: the top one, unless that would leave the focused field below
    /// the box; then as far down as shows the focused field and its error.
    private func firstShownField(columns: Columns, rows: Int) -> Int {
        guard form.fields.indices.contains(form.focusedIndex) else { return 0 }
        var first = form.focusedIndex
        var used = rowCount(of: form.fields[first], columns: columns)
        while first > 0 {
            let above = rowCount(of: form.fields[first - 1], columns: columns)
            guard used + above <= rows else { break }
            used += above
            first -= 1
        }
        return first
    }

    /// Draws field `index` from row `y`; returns the rows it took.
    private func renderField(
        at index: Int, y: Int, maxY: Int, columns: Columns, into buffer: inout Buffer, theme: Theme
    ) -> Int {
        let field = form.fields[index]
        let focused = index == form.focusedIndex
        let labelStyle = theme[focused ? .textStrong : .text]
        let label = TextFit.truncate(Self.label(for: field), to: columns.labelWidth)
        let labelX = columns.labelX + columns.labelWidth - DisplayWidth.of(label)
        buffer.write(label, x: labelX, y: y, maxWidth: max(0, columns.maxX - labelX), style: labelStyle)
        if focused {
            // Beside the label rather than at the margin, so the eye finds it next to the words.
            let markerX = labelX - 1 - DisplayWidth.of(focusMarker)
            buffer.write(focusMarker, x: markerX, y: y, maxWidth: max(0, columns.maxX - markerX), style: labelStyle)
        }

        let valueArea = Rect(x: columns.valueX, y: y, width: columns.valueWidth, height: 1)
        let valueStyle = theme[.text]
        switch field.kind {
        case .text(let state):
            let clipping = TextField(state: state, focused: focused).render(in: valueArea, into: &buffer, style: valueStyle)
            // The gutters either side of the value say when the text runs on out of view.
            if clipping.left {
                buffer.write("…", x: valueArea.x - 1, y: y, maxWidth: 1, style: theme[.textDim])
            }
            if clipping.right, valueArea.maxX < columns.maxX {
                buffer.write("…", x: valueArea.maxX, y: y, maxWidth: 1, style: theme[.textDim])
            }
        case .choice(let options, let selected):
            let option = options.indices.contains(selected) ? options[selected] : ""
            let shown = "◀ \(TextFit.truncate(option, to: max(0, columns.valueWidth - 4))) ▶"
            buffer.write(shown, x: valueArea.x, y: y, maxWidth: valueArea.width, style: focused ? theme[.textStrong] : valueStyle)
        case .toggle(let isOn):
            buffer.write(isOn ? "[x]" : "[ ]", x: valueArea.x, y: y, maxWidth: valueArea.width, style: focused ? theme[.textStrong] : valueStyle)
        }

        guard let error = field.error else { return 1 }
        let errorStyle = theme[.messageError]
        if columns.errorsBeside {
            buffer.writeFitted(error, x: columns.errorX, y: y, width: max(0, columns.maxX - columns.errorX), style: errorStyle)
            return 1
        }
        guard y + 1 < maxY else { return 1 }
        let room = max(0, columns.maxX - columns.valueX)
        buffer.write(TextFit.truncate(error, to: room), x: columns.valueX, y: y + 1, style: errorStyle)
        return 2
    }
}
