import RapportViewModel

/// `:import`'s dry run over the screen: what it creates, updates and leaves, what it says more
/// (a book's kinds, a CSV's first rows), every problem, scrolled by the list keys when longer
/// than the box; y imports, n cancels.
struct ImportReviewView {
    let review: ImportReview
    let state: AppState
    let keymap: Keymap

    static let preferredWidth = 96

    /// Draws the review; returns what scrolling needs to know of it.
    @discardableResult
    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) -> OverlayMeasure? {
        let boxWidth = min(Self.preferredWidth, area.width)
        let textWidth = max(1, boxWidth - 4)
        let yes = keymap.key(for: .confirmYes, in: .confirm) ?? "y"
        let no = keymap.key(for: .confirmNo, in: .confirm) ?? "n"
        let proposal = review.proposal
        let question = proposal.summary + (proposal.intent == nil ? " — nothing to write; \(no) closes" : " — \(yes) imports, \(no) cancels")
        let heading = TextFit.wrap(question, width: textWidth)
        let lines = listed(width: textWidth)
        // Border, the heading, a blank line, the list, a blank line, the hint line.
        let box = area.centered(width: boxWidth, height: heading.count + lines.count + 5)
        buffer.fill(box, style: theme[.text])
        let pageRows = max(1, box.height - heading.count - 5)
        let lastTop = max(0, lines.count - pageRows)
        let top = min(state.overlayScroll.top, lastTop)
        let position = lines.count > pageRows ? "lines \(top + 1)–\(min(lines.count, top + pageRows)) of \(lines.count)" : ""
        let inner = Block(title: "Import?", focused: true, trailingTitle: position).render(in: box, into: &buffer, theme: theme)
        guard inner.height >= 3 else { return OverlayMeasure(lastTop: lastTop, pageRows: pageRows) }
        for (offset, line) in heading.enumerated() where offset + 1 < inner.height {
            buffer.write(line, x: inner.x + 1, y: inner.y + offset, maxWidth: inner.width - 2, style: theme[.textStrong])
        }
        let undo = proposal.intent == nil ? "" : keymap.key(for: .undo, in: .global).map { "\($0) undoes an import whole" } ?? ""
        let scroll = lines.count > pageRows ? keymap.hints(for: [.reading]).first { $0.label == "scroll" }.map { "\($0.keys) scroll" } : nil
        let hint = TextFit.truncate(([undo] + [scroll].compactMap { $0 }).filter { !$0.isEmpty }.joined(separator: " · "), to: inner.width)
        buffer.write(hint, x: inner.x + (inner.width - DisplayWidth.of(hint)) / 2, y: inner.maxY - 1, style: theme[.textDim])
        let listY = inner.y + heading.count + 1
        for (offset, line) in lines.dropFirst(top).prefix(pageRows).enumerated() where listY + offset < inner.maxY - 1 {
            buffer.write(line.text, x: inner.x + 1, y: listY + offset, maxWidth: inner.width - 2, style: theme[line.role])
        }
        return OverlayMeasure(lastTop: lastTop, pageRows: pageRows)
    }

    /// The details, then every problem under its heading, each wrapped; a problem's lines are
    /// indented so where one ends and the next begins shows.
    private func listed(width: Int) -> [(text: String, role: ThemeRole)] {
        let proposal = review.proposal
        var lines = proposal.details.flatMap { TextFit.wrap($0, width: width).map { ($0, ThemeRole.text) } }
        guard !proposal.problems.isEmpty else { return lines }
        lines.append(("Problems (these rows are left out):", .statusAtRisk))
        for problem in proposal.problems {
            lines += TextFit.wrap(problem, width: max(1, width - 2)).map { ("  " + $0, .statusAtRisk) }
        }
        return lines
    }
}
