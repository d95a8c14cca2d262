import RapportViewModel

/// The `:` command line, drawn where the status bar is while it is open (as in vim and k9s),
/// with Tab's candidates on the line above it when more than one matched.
struct CommandLineBar {
    let prompt: CommandPrompt
    let keymap: Keymap

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        guard !area.isEmpty else { return }
        let line = area.row(0)
        buffer.fill(line, style: theme[.statusBar])
        let hints = "  " + keymap.hints(for: [.command]).map(\.text).joined(separator: " · ")
        // The hints give way to the text (and room to type more): they come back once it is
        // short enough again.
        let typingRoom = DisplayWidth.of(prompt.text) + 12
        let hintWidth = 1 + typingRoom + DisplayWidth.of(hints) <= line.width ? DisplayWidth.of(hints) : 0
        let colon = buffer.write(":", x: line.x, y: line.y, style: theme[.statusBar].patched(with: theme[.statusBarKey]))
        let field = Rect(x: line.x + colon, y: line.y, width: max(0, line.width - colon - hintWidth), height: 1)
        TextField(state: prompt.field, focused: true).render(in: field, into: &buffer, style: theme[.statusBar])
        if hintWidth > 0 { buffer.write(hints, x: field.maxX, y: line.y, maxWidth: hintWidth, style: theme[.statusBar]) }
        renderCandidates(above: line, into: &buffer, theme: theme)
    }

    /// The candidates in one line, as many as fit, then how many more there are.
    private func renderCandidates(above line: Rect, into buffer: inout Buffer, theme: Theme) {
        guard line.y > 0, !prompt.candidates.isEmpty || prompt.noMatch else { return }
        let row = Rect(x: line.x, y: line.y - 1, width: line.width, height: 1)
        buffer.fill(row, style: theme[.helpText])
        guard !prompt.noMatch else {
            buffer.write(" No match", x: row.x, y: row.y, maxWidth: row.width, style: theme[.helpText].patched(with: theme[.textDim]))
            return
        }
        var x = row.x + 1
        for (index, candidate) in prompt.candidates.enumerated() {
            let left = prompt.candidates.count - index
            let more = index == prompt.candidates.count - 1 ? "" : "  +\(left - 1) more"
            let width = DisplayWidth.of(candidate)
            // The last one that fits leaves room to say how many did not.
            guard x + width + DisplayWidth.of(more) < row.maxX else {
                buffer.write("+\(left) more", x: x, y: row.y, maxWidth: row.maxX - x, style: theme[.helpText].patched(with: theme[.textDim]))
                return
            }
            x += buffer.write(candidate, x: x, y: row.y, style: theme[.helpText].patched(with: theme[.helpKey]))
            x += 2
        }
    }
}
