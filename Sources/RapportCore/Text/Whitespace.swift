extension Substring {
    /// The text without surrounding whitespace (Unicode's notion, so a pasted no-break space
    /// goes too). Written here so that the input parsers need nothing from Foundation.
    func trimmingWhitespace() -> Substring {
        let start = drop { $0.isWhitespace }
        guard let last = start.lastIndex(where: { !$0.isWhitespace }) else { return start[start.endIndex...] }
        return start[...last]
    }
}
