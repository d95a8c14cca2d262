/// Where the detail view's section tabs go on their row: the screen draws them from this and a
/// click is mapped to a tab with it, so the two cannot disagree. The one shown is always among
/// them: narrower screens first drop the padding, then show only the tabs around the current
/// one, with ‹ › saying more are there.
///
/// Widths are counted in characters: the titles, separators and marks are all one-column text
/// of the program's own (a screen test checks each against the display-width table).
public struct DetailTabStrip: Hashable, Sendable {
    public struct Tab: Hashable, Sendable {
        public let section: DetailSection
        /// Columns from the row's left edge.
        public let x: Int
        /// The title with its padding.
        public let text: String
        public var width: Int { text.count }
    }

    public let tabs: [Tab]
    public let separator: String
    /// Tabs are hidden to the left / right.
    public let moreBefore: Bool
    public let moreAfter: Bool
    public static let leftMark = "‹ "
    public static let rightMark = " ›"

    public init(width: Int, current: DetailSection) {
        let sections = DetailSection.allCases
        let room = width - 2
        let currentIndex = sections.firstIndex(of: current) ?? 0
        let layouts: [(padding: String, separator: String)] = [(" ", " │ "), ("", " │ "), ("", "│")]
        func span(_ range: ClosedRange<Int>, _ layout: (padding: String, separator: String)) -> Int {
            let titles = range.reduce(0) { $0 + sections[$1].title.count + 2 * layout.padding.count }
            return titles + (range.count - 1) * layout.separator.count
                + (range.lowerBound > 0 ? 2 : 0) + (range.upperBound < sections.count - 1 ? 2 : 0)
        }
        let all = 0...(sections.count - 1)
        var layout = layouts[layouts.count - 1]
        var shown = currentIndex...currentIndex
        if let fitting = layouts.first(where: { span(all, $0) <= room }) {
            layout = fitting
            shown = all
        } else {
            // Widen around the current tab, a tab to the right then one to the left.
            var grew = true
            while grew {
                grew = false
                if shown.upperBound < sections.count - 1, span(shown.lowerBound...(shown.upperBound + 1), layout) <= room {
                    shown = shown.lowerBound...(shown.upperBound + 1)
                    grew = true
                }
                if shown.lowerBound > 0, span((shown.lowerBound - 1)...shown.upperBound, layout) <= room {
                    shown = (shown.lowerBound - 1)...shown.upperBound
                    grew = true
                }
            }
        }
        separator = layout.separator
        moreBefore = shown.lowerBound > 0
        moreAfter = shown.upperBound < sections.count - 1
        var x = 1 + (moreBefore ? Self.leftMark.count : 0)
        var tabs: [Tab] = []
        for index in shown {
            if index > shown.lowerBound { x += layout.separator.count }
            let text = layout.padding + sections[index].title + layout.padding
            tabs.append(Tab(section: sections[index], x: x, text: text))
            x += text.count
        }
        self.tabs = room > 0 ? tabs : []
    }

    /// The tab at `column` (from the row's left edge), if any.
    public func section(at column: Int) -> DetailSection? {
        tabs.first { column >= $0.x && column < $0.x + $0.width }?.section
    }
}
