/// How far an overlay that can run longer than the screen (help, a read view) is scrolled.
///
/// Only drawing knows how many lines wrapped text takes, so the renderer reports what it found
/// (`OverlayMeasure`) and the event loop hands it back as an event; until then the view model
/// only keeps the top line from going negative, and the renderer clamps what it draws.
public struct OverlayScroll: Hashable, Sendable {
    /// The first line shown.
    public var top: Int
    /// What the last frame measured of the open overlay.
    public var measure: OverlayMeasure?

    public init(top: Int = 0, measure: OverlayMeasure? = nil) {
        self.top = top
        self.measure = measure
    }

    /// Moved by `lines` (negative: up), kept between the first line and the last full page.
    public mutating func move(by lines: Int) {
        top = max(0, min(top + lines, measure?.lastTop ?? Int.max / 2))
    }
}

/// What the renderer found when it drew an overlay: the last top line that still fills the
/// box, and how many lines the box shows (what PgDn moves by).
public struct OverlayMeasure: Hashable, Sendable {
    public var lastTop: Int
    public var pageRows: Int

    public init(lastTop: Int, pageRows: Int) {
        self.lastTop = max(0, lastTop)
        self.pageRows = max(1, pageRows)
    }
}
