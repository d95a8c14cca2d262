import RapportStore
import RapportViewModel

/// Over a form whose record changed elsewhere: what changed, what this form changes, and the
/// choices (save over it, reload, keep editing).
struct ConflictPrompt {
    let conflict: EditConflict
    let keymap: Keymap

    var lines: [String] {
        // The subject ("account Acme Corp") starts the sentence.
        let subject = conflict.subject.prefix(1).uppercased() + conflict.subject.dropFirst()
        var lines = ["\(subject) was changed elsewhere since this form opened."]
        if !conflict.changedElsewhere.isEmpty { lines.append("Changed there: \(conflict.changedElsewhere.joined(separator: ", ")).") }
        if !conflict.changedHere.isEmpty { lines.append("Changed here: \(conflict.changedHere.joined(separator: ", ")).") }
        let overlap = conflict.overlapping
        lines.append(
            overlap.isEmpty
                ? "Saving keeps both: only the fields you changed are written."
                : "Saving replaces their \(overlap.joined(separator: ", ")) with yours.")
        return lines
    }

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let prompt = keymap.hints(for: [.conflict]).map(\.text).joined(separator: " · ")
        PromptBox(title: "Changed elsewhere", paragraphs: lines, prompt: prompt, width: min(area.width - 4, 72))
            .render(in: area, into: &buffer, theme: theme)
    }
}
