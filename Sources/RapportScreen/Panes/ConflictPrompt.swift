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
        let width = min(area.width - 4, 72)
        let text = lines.flatMap { ConfirmDialog.wrap($0, width: max(1, width - 4)) }
        let box = area.centered(width: width, height: text.count + 5)
        buffer.fill(box, style: theme[.helpText])
        let inner = Block(title: "Changed elsewhere", focused: true).render(in: box, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        for (offset, line) in text.enumerated() where offset + 1 < inner.height {
            buffer.write(line, x: inner.x + 1, y: inner.y + 1 + offset, maxWidth: inner.width - 2, style: theme[.textStrong])
        }
        let prompt = keymap.hints(for: [.conflict]).map(\.text).joined(separator: " · ")
        buffer.write(prompt, x: inner.x + 1, y: inner.maxY - 1, maxWidth: inner.width - 2, style: theme[.textDim])
    }
}
