/// One line of figures made of fields ("vs Q4 2025 +21%", "day 62 of 92"), each drawn whole or
/// not at all: a narrow screen drops the least important fields rather than cut one, so a
/// number is never shown cut off (a cut "MASE 1." reads as another value).
struct FieldLine {
    /// A run of text in one style.
    struct Piece: Equatable {
        let text: String
        let role: ThemeRole

        init(_ text: String, _ role: ThemeRole) {
            self.text = text
            self.role = role
        }

        var width: Int { DisplayWidth.of(text) }
    }

    /// Pieces that stand or fall together, with how long they stay when room runs short: the
    /// lowest priority goes first, and of equals the later one. The separator is drawn only
    /// when another field comes before it.
    struct Field: Equatable {
        let pieces: [Piece]
        let separator: Piece?
        let priority: Int

        func width(first: Bool) -> Int { pieces.reduce(first ? 0 : separator?.width ?? 0) { $0 + $1.width } }
    }

    private(set) var fields: [Field] = []

    mutating func add(_ pieces: [Piece], priority: Int = 0, separator: Piece? = nil) {
        guard !pieces.isEmpty else { return }
        fields.append(Field(pieces: pieces, separator: separator, priority: priority))
    }

    mutating func add(_ text: String, _ role: ThemeRole, priority: Int = 0, separator: Piece? = nil) {
        add([Piece(text, role)], priority: priority, separator: separator)
    }

    static func width(of fields: [Field]) -> Int {
        fields.enumerated().reduce(0) { $0 + $1.element.width(first: $1.offset == 0) }
    }

    /// The fields that fit in `width`, in their order. The last one left is kept even when too
    /// wide (the buffer clips it): an empty line would say less.
    func fitting(_ width: Int) -> [Field] {
        var kept = fields
        while Self.width(of: kept) > width, kept.count > 1 {
            let lowest = kept.indices.min { left, right in
                kept[left].priority < kept[right].priority || (kept[left].priority == kept[right].priority && left > right)
            }
            guard let lowest else { break }
            kept.remove(at: lowest)
        }
        return kept
    }

    func render(at x: Int, y: Int, width: Int, into buffer: inout Buffer, theme: Theme) {
        var column = x
        for (index, field) in fitting(width).enumerated() {
            let pieces = (index == 0 ? [] : field.separator.map { [$0] } ?? []) + field.pieces
            for piece in pieces where column < x + width {
                column += buffer.write(piece.text, x: column, y: y, maxWidth: x + width - column, style: theme[piece.role])
            }
        }
    }
}
