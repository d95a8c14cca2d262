import RapportViewModel

/// `?`: every key of the focused pane and the global ones, generated from the keymap.
/// One column when it fits, two when the terminal is short.
struct HelpOverlay {
    let keymap: Keymap
    let state: AppState

    typealias Line = (keys: String, text: String, isSection: Bool)

    func sectionLines() -> [[Line]] {
        keymap.helpSections(for: state.underlyingKeyContexts).map { section in
            [(section.title, "", true)] + section.bindings.map { ($0.keyLabel, $0.help, false) }
        }
    }

    /// Joins sections into columns with a blank line between sections.
    static func join(_ sections: ArraySlice<[Line]>) -> [Line] {
        var result: [Line] = []
        for section in sections {
            if !result.isEmpty { result.append(("", "", false)) }
            result += section
        }
        return result
    }

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let sections = sectionLines()
        let single = Self.join(sections[...])
        var columns: [[Line]] = [single]
        var boxWidth = 66
        var keyWidth = 18
        if single.count + 4 > area.height, sections.count > 1 {
            // Split where the two halves are closest in length.
            var best = 1
            var bestHeight = Int.max
            for split in 1..<sections.count {
                let height = max(Self.join(sections[..<split]).count, Self.join(sections[split...]).count)
                if height < bestHeight {
                    bestHeight = height
                    best = split
                }
            }
            columns = [Self.join(sections[..<best]), Self.join(sections[best...])]
            boxWidth = 104
            keyWidth = 14
        }
        // Keys get the width of the longest label, so descriptions keep as much room as they can.
        let longestKeys = sections.joined().filter { !$0.isSection }.map { DisplayWidth.of($0.keys) }.max() ?? 0
        keyWidth = min(keyWidth, longestKeys + 1)
        let height = (columns.map(\.count).max() ?? 0) + 4
        let box = area.centered(width: boxWidth, height: height)
        buffer.fill(box, style: theme[.helpText])
        let close = keymap.hints(for: [.help]).map(\.text).joined(separator: " · ")
        let inner = Block(title: "Keys · \(state.helpTitle)", focused: true, trailingTitle: close)
            .render(in: box, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        let columnWidth = inner.width / columns.count
        for (index, lines) in columns.enumerated() {
            let left = inner.x + index * columnWidth
            for (offset, line) in lines.enumerated() {
                let y = inner.y + 1 + offset
                guard y < inner.maxY else { break }
                if line.isSection {
                    buffer.writeFitted(line.keys, x: left + 2, y: y, width: columnWidth - 3, style: theme[.helpSection])
                } else {
                    let keys = TextFit.pad(line.keys, to: keyWidth)
                    buffer.write(keys, x: left + 3, y: y, maxWidth: columnWidth - 4, style: theme[.helpKey])
                    let textX = left + 3 + keyWidth + 1
                    buffer.writeFitted(line.text, x: textX, y: y, width: max(0, left + columnWidth - textX - 1), style: theme[.helpText])
                }
            }
        }
    }
}
