import RapportCore

/// An in-memory grid of cells: every frame is drawn whole into a fresh buffer, then diffed
/// against the previous one so only changed cells reach the terminal.
///
/// Coordinates are absolute (the buffer's `area` usually starts at 0,0). Writes outside the
/// area are clipped, so widgets never need to check bounds themselves.
public struct Buffer: Hashable, Sendable {
    public let area: Rect
    public private(set) var cells: [Cell]

    public init(area: Rect) {
        self.area = area
        self.cells = Array(repeating: .blank, count: area.width * area.height)
    }

    public init(width: Int, height: Int) {
        self.init(area: Rect(x: 0, y: 0, width: width, height: height))
    }

    func index(x: Int, y: Int) -> Int? {
        guard x >= area.x, x < area.maxX, y >= area.y, y < area.maxY else { return nil }
        return (y - area.y) * area.width + (x - area.x)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { index(x: x, y: y).map { cells[$0] } ?? .blank }
        set {
            guard let index = index(x: x, y: y) else { return }
            cells[index] = newValue
        }
    }

    /// Clears `rect` to spaces in `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                if let index = index(x: x, y: y) { cells[index] = Cell(text: " ", style: style, width: 1) }
            }
        }
    }

    /// Writes `text` from (x, y), at most `maxWidth` columns, sanitized and measured by display
    /// width. A wide character that would straddle the limit becomes a space. Returns the columns
    /// written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style) -> Int {
        guard y >= area.y, y < area.maxY else { return 0 }
        let limit = min(x + (maxWidth ?? Int.max / 2), area.maxX)
        var column = x
        for character in TextSafety.displayable(text) {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if column + width > limit {
                // Pad a half-fitting wide character so the column count stays exact.
                if column < limit, column >= area.x { self[column, y] = Cell(text: " ", style: style, width: 1) ; column += 1 }
                break
            }
            if column >= area.x {
                placeCell(Cell(text: String(character), style: style, width: width), x: column, y: y)
            }
            column += width
        }
        return max(0, column - x)
    }

    /// Writes one cell, keeping wide characters and their continuations consistent.
    mutating func placeCell(_ cell: Cell, x: Int, y: Int) {
        // Overwriting half of a wide character blanks its other half.
        let existing = self[x, y]
        if existing.isContinuation, x - 1 >= area.x {
            self[x - 1, y] = Cell(text: " ", style: self[x - 1, y].style, width: 1)
        } else if existing.width == 2, x + 1 < area.maxX, cell.width == 1 {
            self[x + 1, y] = Cell(text: " ", style: existing.style, width: 1)
        }
        self[x, y] = cell
        if cell.width == 2, x + 1 < area.maxX {
            let right = self[x + 1, y]
            if right.width == 2, x + 2 < area.maxX { self[x + 2, y] = Cell(text: " ", style: right.style, width: 1) }
            self[x + 1, y] = .continuation(style: cell.style)
        }
    }

    /// The text of each row, for snapshots and tests.
    public var lines: [String] {
        (0..<area.height).map { row in
            var line = ""
            for column in 0..<area.width {
                let cell = cells[row * area.width + column]
                if !cell.isContinuation { line += cell.text }
            }
            return line
        }
    }

    /// The cells that differ from `previous` (everything when the sizes differ).
    public func diff(from previous: Buffer?) -> [(x: Int, y: Int, cell: Cell)] {
        var changes: [(x: Int, y: Int, cell: Cell)] = []
        let comparable = previous?.area == area
        for row in 0..<area.height {
            for column in 0..<area.width {
                let index = row * area.width + column
                let cell = cells[index]
                if comparable, let previous, previous.cells[index] == cell { continue }
                changes.append((area.x + column, area.y + row, cell))
            }
        }
        return changes
    }
}
