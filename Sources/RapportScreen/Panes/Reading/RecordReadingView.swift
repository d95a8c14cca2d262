import RapportViewModel

/// A contact, interaction or initiative shown whole in a box over the screen: every field,
/// long text wrapped with its paragraphs, scrolled by the list keys when it runs longer than
/// the box; the keys on the bottom line.
struct RecordReadingView {
    let state: AppState
    let keymap: Keymap

    /// Wide enough for a paragraph to read as one; narrower terminals get the whole width.
    static let preferredWidth = 96

    /// Draws the view; returns what scrolling needs to know of it.
    @discardableResult
    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) -> OverlayMeasure? {
        guard let record = state.readRecord else {
            let box = area.centered(width: 60, height: 5)
            buffer.fill(box, style: theme[.text])
            let inner = Block(title: "Record", focused: true).render(in: box, into: &buffer, theme: theme)
            buffer.write(" That record is no longer here — Esc closes", x: inner.x, y: inner.y + 1, maxWidth: inner.width, style: theme[.textDim])
            return nil
        }
        let document = ReadingDocument(record, state: state)
        // Border and a space either side.
        let boxWidth = min(Self.preferredWidth, area.width)
        let textWidth = max(1, boxWidth - 4)
        let lines = document.lines(width: textWidth)
        // A blank line above and below the text, the hint line, the border.
        let box = area.centered(width: boxWidth, height: lines.count + 5)
        buffer.fill(box, style: theme[.text])
        let pageRows = max(1, box.height - 5)
        let lastTop = max(0, lines.count - pageRows)
        let top = min(state.overlayScroll.top, lastTop)
        let position = lines.count > pageRows ? "lines \(top + 1)–\(min(lines.count, top + pageRows)) of \(lines.count)" : ""
        let inner = Block(title: document.title, focused: true, trailingTitle: position).render(in: box, into: &buffer, theme: theme)
        guard inner.height >= 3 else { return OverlayMeasure(lastTop: lastTop, pageRows: pageRows) }
        let hint = TextFit.truncate(keymap.hints(for: state.keyContexts).map(\.text).joined(separator: " · "), to: inner.width)
        buffer.write(hint, x: inner.x + (inner.width - DisplayWidth.of(hint)) / 2, y: inner.maxY - 1, style: theme[.textDim])
        let x = inner.x + 1
        let valueX = x + document.labelWidth + ReadingDocument.labelGap
        for (offset, line) in lines.dropFirst(top).prefix(pageRows).enumerated() {
            let y = inner.y + 1 + offset
            buffer.write(TextFit.pad(line.label, to: document.labelWidth, alignment: .right), x: x, y: y, style: theme[.kpiLabel])
            buffer.write(line.text, x: valueX, y: y, maxWidth: max(0, inner.maxX - 1 - valueX), style: theme[line.role])
        }
        return OverlayMeasure(lastTop: lastTop, pageRows: pageRows)
    }
}
