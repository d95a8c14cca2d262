import RapportCore
import RapportViewModel

/// A report (`R`) or a stakeholder update (`U`) over the screen, as the text it will be
/// written as, wrapped to the box and scrolled by the list keys; the keys on the bottom line.
struct DocumentPreviewView {
    let preview: DocumentPreview
    let state: AppState
    let keymap: Keymap

    static let preferredWidth = 100

    /// The preview's own keys (an audience only for an update) and the read view's scrolling.
    static func hints(for preview: DocumentPreview, keymap: Keymap, scrolls: Bool) -> [KeyHint] {
        var isUpdate = false
        if case .update = preview.subject { isUpdate = true }
        let own = keymap.hints(for: [.preview]).filter { isUpdate || $0.label != "audience" }
        return own + (scrolls ? keymap.hints(for: [.reading]).filter { $0.label == "scroll" } : [])
    }

    /// Draws the preview; returns what scrolling needs to know of it.
    @discardableResult
    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) -> OverlayMeasure? {
        let boxWidth = min(Self.preferredWidth, area.width)
        let textWidth = max(1, boxWidth - 4)
        let lines = preview.text.map { text in
            text.components(separatedBy: "\n").flatMap { line in
                line.isEmpty ? [""] : TextFit.wrap(TextSafety.displayable(line), width: textWidth)
            }
        } ?? ["Reading…"]
        // A blank line above and below the text, the hint line, the border.
        let box = area.centered(width: boxWidth, height: lines.count + 5)
        buffer.fill(box, style: theme[.text])
        let pageRows = max(1, box.height - 5)
        let lastTop = max(0, lines.count - pageRows)
        let top = min(state.overlayScroll.top, lastTop)
        let position = lines.count > pageRows ? "lines \(top + 1)–\(min(lines.count, top + pageRows)) of \(lines.count)" : ""
        let inner = Block(title: preview.title, focused: true, trailingTitle: position).render(in: box, into: &buffer, theme: theme)
        guard inner.height >= 3 else { return OverlayMeasure(lastTop: lastTop, pageRows: pageRows) }
        let hints = Self.hints(for: preview, keymap: keymap, scrolls: lines.count > pageRows)
        let hint = TextFit.truncate(hints.map(\.text).joined(separator: " · "), to: inner.width)
        buffer.write(hint, x: inner.x + (inner.width - DisplayWidth.of(hint)) / 2, y: inner.maxY - 1, style: theme[.textDim])
        for (offset, line) in lines.dropFirst(top).prefix(pageRows).enumerated() {
            let heading = line.hasPrefix("#")
            buffer.write(line, x: inner.x + 1, y: inner.y + 1 + offset, maxWidth: inner.width - 2, style: theme[heading ? .textStrong : .text])
        }
        return OverlayMeasure(lastTop: lastTop, pageRows: pageRows)
    }
}
