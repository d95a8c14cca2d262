/// A horizontal bar with eighth-cell precision: "█████▌░░░░".
public enum ProgressBar {
    static let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The filled part and the empty part for `percent` (0...100) in `width` columns.
    public static func parts(percent: Int, width: Int) -> (filled: String, empty: String) {
        guard width > 0 else { return ("", "") }
        let clamped = min(100, max(0, percent))
        let eighths = clamped * width * 8 / 100
        let full = eighths / 8
        let partial = partials[eighths % 8]
        let filled = String(repeating: "█", count: full) + partial
        let emptyCount = width - full - (partial.isEmpty ? 0 : 1)
        return (filled, String(repeating: "░", count: max(0, emptyCount)))
    }

    public static func render(percent: Int, at x: Int, y: Int, width: Int, into buffer: inout Buffer, theme: Theme, base: Style? = nil) {
        let (filled, empty) = parts(percent: percent, width: width)
        let filledStyle = (base ?? .plain).patched(with: theme[.progressFilled])
        let emptyStyle = (base ?? .plain).patched(with: theme[.progressEmpty])
        let used = buffer.write(filled, x: x, y: y, maxWidth: width, style: filledStyle)
        buffer.write(empty, x: x + used, y: y, maxWidth: width - used, style: emptyStyle)
    }
}
