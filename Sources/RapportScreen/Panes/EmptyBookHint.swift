import RapportViewModel

/// What an empty book shows instead of a blank list: how to try Rapport and how data gets in.
struct EmptyBookHint {
    let storePath: String
    let keymap: Keymap

    var lines: [(String, ThemeRole)] {
        [
            ("Your book is empty.", .textStrong),
            ("", .text),
            ("Try Rapport on a demo book (kept in its own store):", .text),
            ("    rapport --demo", .helpKey),
            ("Fill this store with a generated demo book:", .text),
            ("    rapport demo --store \(storePath)", .helpKey),
            ("", .text),
            ("This store lives at \(storePath)", .textDim),
            ("\(keymap.key(for: .toggleHelp, in: .global) ?? "?") shows every key · \(keymap.key(for: .quit, in: .global) ?? "q") quits", .textDim),
        ]
    }

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        for (offset, line) in lines.enumerated() where offset < area.height {
            buffer.write(TextFit.truncate(line.0, to: area.width - 2), x: area.x + 1, y: area.y + offset, style: theme[line.1])
        }
    }
}
