import RapportViewModel

/// Draws whole frames from the state: the one pipeline the event loop, `rapport bench` and the
/// snapshot tests share. It keeps what drawing needs between frames (each list's scroll), and
/// nothing else.
public struct FrameRenderer: Sendable {
    /// `:theme` changes it while the dashboard runs.
    public var theme: Theme
    public let keymap: Keymap
    /// Shown in the empty book's hint.
    public let storePath: String
    public private(set) var scroll = ScrollMemory()

    public init(theme: Theme, keymap: Keymap = .standard, storePath: String) {
        self.theme = theme
        self.keymap = keymap
        self.storePath = storePath
    }

    /// What the last frame measured of the open help or read view, when the view model does
    /// not know it yet: the event loop sends it back as `.overlayMeasured`.
    public func overlayMeasure(news state: AppState) -> OverlayMeasure? {
        guard let measure = scroll.overlayMeasure, measure != state.overlayScroll.measure else { return nil }
        return measure
    }

    /// The frame for `state` at the state's screen size.
    public mutating func render(_ state: AppState) -> Buffer {
        render(state, width: state.screen.width, height: state.screen.height)
    }

    public mutating func render(_ state: AppState, width: Int, height: Int) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        DashboardView(state: state, theme: theme, keymap: keymap, storePath: storePath).render(into: &buffer, scroll: &scroll)
        return buffer
    }
}
