/// One figure of the KPI strip: a label, a value, and a line that says how it is going.
public struct KPITile: Sendable {
    public struct Segment: Sendable {
        public var text: String
        public var role: ThemeRole

        public init(_ text: String, _ role: ThemeRole) {
            self.text = text
            self.role = role
        }
    }

    public var label: String
    public var value: [Segment]
    public var detail: [Segment]

    public init(label: String, value: [Segment], detail: [Segment]) {
        self.label = label
        self.value = value
        self.detail = detail
    }

    public func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        guard !area.isEmpty else { return }
        buffer.write(TextFit.truncate(label, to: area.width), x: area.x, y: area.y, style: theme[.kpiLabel])
        for (line, segments) in [(1, value), (2, detail)] where line < area.height {
            // The first segment is the figure; the others (" / $592.6M") are shown whole or
            // left out, so a figure is never drawn cut ("$59…").
            var x = area.x
            for (index, segment) in segments.enumerated() {
                let room = area.maxX - x
                guard room > 0, index == 0 || DisplayWidth.of(segment.text) <= room else { break }
                x += buffer.write(TextFit.truncate(segment.text, to: room), x: x, y: area.y + line, style: theme[segment.role])
            }
        }
    }
}
