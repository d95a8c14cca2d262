import RapportViewModel

/// A question before a change: what a delete takes with it, or whether "done" means 100%;
/// and y / n.
struct ConfirmDialog {
    let confirmation: Confirmation
    let keymap: Keymap

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let width = min(area.width - 4, max(40, min(90, DisplayWidth.of(confirmation.question) + 6)))
        let title: String
        let prompt: String
        if case .completeInitiative(let initiative) = confirmation.action {
            let yes = keymap.key(for: .confirmYes, in: .confirm) ?? "y"
            let no = keymap.key(for: .confirmNo, in: .confirm) ?? "n"
            title = "Done?"
            prompt = "\(yes) done at 100% · \(no) leave it \(initiative.status.label) at \(initiative.progress)%"
        } else {
            let undo = keymap.key(for: .undo, in: .global).map { " (\($0) undoes a delete)" } ?? ""
            title = "Delete?"
            prompt = keymap.hints(for: [.confirm]).map(\.text).joined(separator: " · ") + undo
        }
        PromptBox(title: title, paragraphs: [confirmation.question], prompt: prompt, width: width)
            .render(in: area, into: &buffer, theme: theme)
    }
}
