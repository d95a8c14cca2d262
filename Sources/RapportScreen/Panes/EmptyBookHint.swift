import RapportViewModel

/// What an empty book shows instead of a blank list: the ways data gets in (by hand, a demo
/// book, and `rapport import`), each a key or a command that can be copied.
///
/// Nothing here is cut: prose wraps at word boundaries, and a command is shown whole on lines
/// of its own or, when even that cannot be, without the path (named in full further down).
struct EmptyBookHint {
    let storePath: String
    let keymap: Keymap

    /// A line of the hint: prose wraps; a command is copied, so it is never wrapped or cut.
    enum Line: Equatable {
        case prose(String, ThemeRole)
        case command(String)
        /// A command ending in the store's path, which may go on a line of its own.
        case commandWithPath(String, path: String)
        /// Where the store lives: on one line when it fits, else the path on lines of its own,
        /// wrapped at its slashes.
        case path(String)
        case blank
    }

    var lines: [Line] {
        let add = keymap.key(for: .newRecord, in: .accounts) ?? "n"
        let help = keymap.key(for: .toggleHelp, in: .global) ?? "?"
        let quit = keymap.key(for: .quit, in: .global) ?? "q"
        return [
            .prose("Your book is empty — \(add) adds an account here.", .textStrong),
            .blank,
            .prose("Bring your book in from a CRM or spreadsheet export:", .text),
            .commandWithPath("rapport import accounts.csv --kind accounts --store", path: Self.shellQuoted(storePath)),
            .prose("Try Rapport on a demo book (kept in its own store):", .text),
            .command("rapport --demo"),
            .prose("Fill this store with a generated demo book:", .text),
            .commandWithPath("rapport demo --store", path: Self.shellQuoted(storePath)),
            .path(storePath),
            .prose("\(help) shows every key · \(quit) quits", .textDim),
        ]
    }

    static let commandIndent = "    "

    /// The hint laid out for `width` columns: each entry a line of text and its role.
    func layout(width: Int) -> [(String, ThemeRole)] {
        var result: [(String, ThemeRole)] = []
        var pathIsPlaceholder = false
        for line in lines {
            switch line {
            case .blank: result.append(("", .text))
            case .prose(let text, let role): result += TextFit.wrap(text, width: width).map { ($0, role) }
            case .command(let command): result.append((Self.commandIndent + command, .helpKey))
            case .commandWithPath(let command, let path):
                let whole = Self.commandIndent + command + " " + path
                if DisplayWidth.of(whole) <= width {
                    result.append((whole, .helpKey))
                } else if DisplayWidth.of(Self.commandIndent + "  " + path) <= width {
                    // A shell continuation keeps the two lines one command when pasted.
                    result += [(Self.commandIndent + command + " \\", .helpKey), (Self.commandIndent + "  " + path, .helpKey)]
                } else {
                    result.append((Self.commandIndent + command + " PATH", .helpKey))
                    pathIsPlaceholder = true
                }
            case .path(let path):
                let intro = pathIsPlaceholder ? "This store (PATH) lives at" : "This store lives at"
                if DisplayWidth.of(intro + " " + path) <= width {
                    result.append(("This store lives at " + path, .textDim))
                } else {
                    result.append((intro, .textDim))
                    result += Self.wrapPath(path, width: width).map { ($0, .textDim) }
                }
            }
        }
        return result
    }

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let width = area.width - 2
        guard width > 0 else { return }
        for (offset, line) in layout(width: width).enumerated() where offset < area.height {
            buffer.writeFitted(line.0, x: area.x + 1, y: area.y + offset, width: width, style: theme[line.1])
        }
    }

    /// A path in pieces no wider than `width`, broken after a slash (inside a name only when
    /// one name alone is wider), so it reads whole from top to bottom.
    static func wrapPath(_ path: String, width: Int) -> [String] {
        guard width > 0, DisplayWidth.of(path) > width else { return [path] }
        var lines: [String] = []
        var current = ""
        var part = ""
        func flushPart() {
            if DisplayWidth.of(current + part) > width, !current.isEmpty {
                lines.append(current)
                current = ""
            }
            while DisplayWidth.of(part) > width {
                var head = ""
                for character in part {
                    if DisplayWidth.of(head) + DisplayWidth.of(character) > width { break }
                    head.append(character)
                }
                guard !head.isEmpty else { break }
                lines.append(head)
                part = String(part.dropFirst(head.count))
            }
            current += part
            part = ""
        }
        for character in path {
            part.append(character)
            if character == "/" { flushPart() }
        }
        flushPart()
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// The path as a shell reads it: as is when it holds only safe characters, quoted otherwise.
    static func shellQuoted(_ path: String) -> String {
        let safe = path.allSatisfy { $0.isLetter || $0.isNumber || "/._-+:@%".contains($0) }
        return safe ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
