import RapportViewModel

/// The question before a delete: what goes, and y / n.
struct ConfirmDialog {
    let confirmation: Confirmation
    let keymap: Keymap

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let width = min(area.width - 4, max(40, min(90, DisplayWidth.of(confirmation.question) + 6)))
        let textWidth = max(1, width - 4)
        let lines = Self.wrap(confirmation.question, width: textWidth)
        let box = area.centered(width: width, height: lines.count + 5)
        buffer.fill(box, style: theme[.helpText])
        let inner = Block(title: "Delete?", focused: true).render(in: box, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        for (offset, line) in lines.enumerated() where offset + 1 < inner.height {
            buffer.write(line, x: inner.x + 1, y: inner.y + 1 + offset, maxWidth: inner.width - 2, style: theme[.textStrong])
        }
        let undo = keymap.key(for: .undo, in: .global).map { " (\($0) undoes a delete)" } ?? ""
        let prompt = keymap.hints(for: [.confirm]).map(\.text).joined(separator: " · ") + undo
        buffer.write(prompt, x: inner.x + 1, y: inner.maxY - 1, maxWidth: inner.width - 2, style: theme[.textDim])
    }

    /// Greedy word wrap by display width.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if DisplayWidth.of(candidate) > width && !current.isEmpty {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}
