import Foundation
import RapportCore
import RapportStore
import RapportViewModel

/// "What changed": the book's changes since a day, each account's under its name (with how
/// many it has), newest first; the cursor's line highlighted and kept in view.
struct ChangesOverlay {
    let view: ChangesView
    let keymap: Keymap

    /// One drawn line: an account's heading, or a change (with its index in the entries).
    enum Line: Equatable {
        case account(String)
        case change(index: Int, text: String)
    }

    static let preferredWidth = 100

    func lines() -> [Line] {
        guard let entries = view.entries else { return [] }
        var lines: [Line] = []
        var lastAccount: Int64?? = .none
        for (index, entry) in entries.enumerated() {
            if lastAccount != .some(entry.accountID) {
                let shown = entries.filter { $0.accountID == entry.accountID }.count
                let more = entry.accountChangeCount > shown ? " (newest \(shown) of \(entry.accountChangeCount))" : " (\(entry.accountChangeCount))"
                lines.append(.account(entry.accountName + more))
                lastAccount = .some(entry.accountID)
            }
            lines.append(.change(index: index, text: "\(Self.when(entry.recordedAt))  \(entry.description)"))
        }
        return lines
    }

    /// "2026-11-17 14:05" (UTC, as stored).
    static func when(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = Day(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
        let ofDay = seconds - day.daysSinceEpoch * 86_400
        return "\(day.iso) " + String(format: "%02d:%02d", ofDay / 3_600, ofDay % 3_600 / 60)
    }

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let width = min(Self.preferredWidth, area.width)
        let box = area.centered(width: width, height: area.height)
        buffer.fill(box, style: theme[.text])
        let count = view.entries.map { "\($0.count) change\($0.count == 1 ? "" : "s")" } ?? "reading…"
        let inner = Block(title: "What changed since \(Format.longDate(view.since))", focused: true, trailingTitle: count)
            .render(in: box, into: &buffer, theme: theme)
        guard inner.height >= 3, inner.width >= 4 else { return }
        let hint = TextFit.truncate(keymap.hints(for: [.changes]).map(\.text).joined(separator: " · "), to: inner.width)
        buffer.write(hint, x: inner.x + (inner.width - DisplayWidth.of(hint)) / 2, y: inner.maxY - 1, style: theme[.textDim])
        let rows = inner.height - 2
        let lines = lines()
        if view.entries?.isEmpty == true {
            buffer.write(" Nothing changed since then", x: inner.x, y: inner.y, maxWidth: inner.width, style: theme[.textDim])
            return
        }
        let cursorLine = lines.firstIndex { if case .change(let index, _) = $0 { return index == view.cursor } else { return false } } ?? 0
        // The cursor's line in view, its account's heading above it when there is room.
        let top = max(0, min(cursorLine - rows / 2, lines.count - rows))
        for (offset, line) in lines.dropFirst(top).prefix(rows).enumerated() {
            let y = inner.y + offset
            switch line {
            case .account(let name):
                buffer.write(" " + TextSafety.displayable(name), x: inner.x, y: y, maxWidth: inner.width, style: theme[.textStrong])
            case .change(let index, let text):
                let selected = index == view.cursor
                let shown = TextFit.pad(TextFit.truncate("   " + TextSafety.displayable(text), to: inner.width), to: inner.width, alignment: .left)
                buffer.write(shown, x: inner.x, y: y, maxWidth: inner.width, style: theme[selected ? .selection : .text])
            }
        }
    }
}
