/// A question over the screen: a titled box, its text wrapped at words, and on its last line the
/// keys that answer it.
struct PromptBox {
    let title: String
    let paragraphs: [String]
    let prompt: String
    /// The box's width, border included; the caller fits it to the area.
    let width: Int

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let text = paragraphs.flatMap { TextFit.wrap($0, width: max(1, width - 4)) }
        let box = area.centered(width: width, height: text.count + 5)
        buffer.fill(box, style: theme[.helpText])
        let inner = Block(title: title, focused: true).render(in: box, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        for (offset, line) in text.enumerated() where offset + 1 < inner.height {
            buffer.writeFitted(line, x: inner.x + 1, y: inner.y + 1 + offset, width: inner.width - 2, style: theme[.textStrong])
        }
        buffer.writeFitted(prompt, x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 2, style: theme[.textDim])
    }
}
