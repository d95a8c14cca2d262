import RapportCore

/// A table with a header row, columns that drop out by priority when space runs short, and a
/// highlighted selected row. The caller passes only the rows on screen.
public struct Table: Sendable {
    public struct Column: Sendable {
        public var header: String
        /// Fixed width, or the minimum for the flexible column.
        public var width: Int
        public var flexible: Bool
        public var alignment: TextFit.Alignment
        /// Lower priorities are dropped first when the table is too narrow.
        public var priority: Int
        /// A column of figures: it widens to its widest cell on screen rather than cut one (a
        /// cut "$1,234,5…" reads as another amount), and is dropped whole when there is no room.
        public var keepsWhole: Bool

        public init(
            _ header: String, width: Int, flexible: Bool = false, alignment: TextFit.Alignment = .left, priority: Int = 10,
            keepsWhole: Bool = false
        ) {
            self.header = header
            self.width = width
            self.flexible = flexible
            self.alignment = alignment
            self.priority = priority
            self.keepsWhole = keepsWhole
        }
    }

    public struct Item: Sendable {
        public var text: String
        public var role: ThemeRole?

        public init(_ text: String, role: ThemeRole? = nil) {
            self.text = text
            self.role = role
        }
    }

    public var columns: [Column]
    public var showsHeader: Bool

    public init(columns: [Column], showsHeader: Bool = true) {
        self.columns = columns
        self.showsHeader = showsHeader
    }

    /// Widths for each column in `width` columns, for these `rows`; 0 means dropped.
    public func columnWidths(for width: Int, rows: [[Item]] = []) -> [Int] {
        let wanted = columns.indices.map { index -> Int in
            let column = columns[index]
            guard column.keepsWhole else { return column.width }
            let cells = rows.map { index < $0.count ? DisplayWidth.of(TextSafety.displayable($0[index].text)) : 0 }
            return max(column.width, DisplayWidth.of(column.header), cells.max() ?? 0)
        }
        var included = Array(repeating: true, count: columns.count)
        func needed() -> Int {
            let parts = columns.indices.filter { included[$0] }
            return parts.reduce(0) { $0 + wanted[$1] } + max(0, parts.count - 1)
        }
        while needed() > width {
            let candidates = columns.indices.filter { included[$0] && !columns[$0].flexible }
            guard let drop = candidates.min(by: { columns[$0].priority < columns[$1].priority || (columns[$0].priority == columns[$1].priority && $0 > $1) }) else { break }
            included[drop] = false
        }
        var widths = columns.indices.map { included[$0] ? wanted[$0] : 0 }
        let spare = width - needed()
        if spare > 0, let flexible = columns.indices.first(where: { included[$0] && columns[$0].flexible }) {
            widths[flexible] += spare
        }
        return widths
    }

    /// Draws the header and `rows`; `selected` indexes into `rows`.
    public func render(
        in area: Rect, into buffer: inout Buffer, theme: Theme, rows: [[Item]], selected: Int?, focused: Bool
    ) {
        guard !area.isEmpty else { return }
        let widths = columnWidths(for: area.width, rows: rows)
        var y = area.y
        if showsHeader {
            let header = theme[.tableHeader]
            drawRow(columns.map { Item($0.header) }, y: y, area: area, widths: widths, base: header, theme: theme, selection: nil, buffer: &buffer)
            y += 1
        }
        let selectionStyle = theme[focused ? .selection : .selectionUnfocused]
        for (index, row) in rows.enumerated() {
            guard y < area.maxY else { break }
            let isSelected = index == selected
            if isSelected { buffer.fill(area.row(y - area.y), style: selectionStyle) }
            drawRow(
                row, y: y, area: area, widths: widths, base: isSelected ? selectionStyle : theme[.text], theme: theme,
                selection: isSelected ? selectionStyle : nil, buffer: &buffer)
            y += 1
        }
    }

    private func drawRow(
        _ items: [Item], y: Int, area: Rect, widths: [Int], base: Style, theme: Theme, selection: Style?,
        buffer: inout Buffer
    ) {
        var x = area.x
        for (index, width) in widths.enumerated() where width > 0 {
            let item = index < items.count ? items[index] : Item("")
            var style = item.role.map { base.patched(with: theme[$0]) } ?? base
            if let selection {
                // The selection's colours win; the item's attributes (bold, red...) stay visible.
                style = Style(
                    foreground: selection.foreground == .default ? style.foreground : selection.foreground,
                    background: selection.background, attributes: style.attributes.union(selection.attributes))
            }
            buffer.write(TextFit.pad(item.text, to: width, alignment: columns[index].alignment), x: x, y: y, maxWidth: area.maxX - x, style: style)
            x += width + 1
        }
    }
}
