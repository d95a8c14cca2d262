import RapportViewModel

/// The question before a delete: what goes, and y / n.
struct ConfirmDialog {
    let confirmation: Confirmation
    let keymap: Keymap

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let width = min(area.width - 4, max(40, min(90, DisplayWidth.of(confirmation.question) + 6)))
        let undo = keymap.key(for: .undo, in: .global).map { " (\($0) undoes a delete)" } ?? ""
        let prompt = keymap.hints(for: [.confirm]).map(\.text).joined(separator: " · ") + undo
        PromptBox(title: "Delete?", paragraphs: [confirmation.question], prompt: prompt, width: width)
            .render(in: area, into: &buffer, theme: theme)
    }
}
