/// A bordered box with a title; the focused pane's border uses its own role.
public struct Block: Sendable {
    public var title: String
    public var focused: Bool
    /// Right-aligned text on the top border ("sort: name").
    public var trailingTitle: String

    public init(title: String, focused: Bool, trailingTitle: String = "") {
        self.title = title
        self.focused = focused
        self.trailingTitle = trailingTitle
    }

    /// Draws the border and titles; returns the inside.
    @discardableResult
    public func render(in area: Rect, into buffer: inout Buffer, theme: Theme) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return .zero }
        let border = theme[focused ? .paneBorderFocused : .paneBorder]
        // Focus shows in the line weight too, so it survives a monochrome terminal.
        let (horizontal, vertical, corners) = focused
            ? ("━", "┃", ("┏", "┓", "┗", "┛")) : ("─", "│", ("╭", "╮", "╰", "╯"))
        buffer.write(corners.0, x: area.x, y: area.y, style: border)
        buffer.write(corners.1, x: area.maxX - 1, y: area.y, style: border)
        buffer.write(corners.2, x: area.x, y: area.maxY - 1, style: border)
        buffer.write(corners.3, x: area.maxX - 1, y: area.maxY - 1, style: border)
        for x in (area.x + 1)..<(area.maxX - 1) {
            buffer.write(horizontal, x: x, y: area.y, style: border)
            buffer.write(horizontal, x: x, y: area.maxY - 1, style: border)
        }
        for y in (area.y + 1)..<(area.maxY - 1) {
            buffer.write(vertical, x: area.x, y: y, style: border)
            buffer.write(vertical, x: area.maxX - 1, y: y, style: border)
        }
        let room = area.width - 4
        if room > 0 && !title.isEmpty {
            let titleText = TextFit.truncate(" \(title) ", to: room)
            buffer.write(titleText, x: area.x + 2, y: area.y, style: theme[focused ? .paneTitleFocused : .paneTitle])
            let used = DisplayWidth.of(titleText)
            let trailingRoom = room - used - 1
            // A cut-off hint reads as noise: hints (joined by " · ") are shown whole, the last
            // ones left out when they do not all fit.
            var hints = trailingTitle.isEmpty ? [] : trailingTitle.components(separatedBy: " · ")
            while !hints.isEmpty && DisplayWidth.of(" \(hints.joined(separator: " · ")) ") > trailingRoom { hints.removeLast() }
            if !hints.isEmpty {
                let trailing = " \(hints.joined(separator: " · ")) "
                buffer.write(trailing, x: area.maxX - 2 - DisplayWidth.of(trailing), y: area.y, style: theme[.textDim])
            }
        }
        return area.inset(by: 1)
    }
}
