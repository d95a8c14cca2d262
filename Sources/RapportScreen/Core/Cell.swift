/// One terminal cell: a grapheme cluster, its style, and how many columns it covers.
///
/// A wide grapheme (CJK, emoji) occupies its cell with `width == 2`; the cell to its right is
/// a `continuation` that the backend skips.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style
    /// 1 or 2 for a visible grapheme, 0 for the right half of a wide one.
    public var width: Int

    public init(text: String, style: Style, width: Int) {
        self.text = text
        self.style = style
        self.width = width
    }

    public static let blank = Cell(text: " ", style: .plain, width: 1)

    public static func continuation(style: Style) -> Cell { Cell(text: "", style: style, width: 0) }

    public var isContinuation: Bool { width == 0 }
}
