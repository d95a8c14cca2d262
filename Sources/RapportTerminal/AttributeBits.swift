import CNcursesw
import RapportScreen

/// The curses attribute bits for each style attribute.
///
/// The values are read from ncurses once; tests can build their own to check the mapping.
public struct AttributeBits: Equatable, Sendable {
    public var bold: UInt32
    public var dim: UInt32
    public var italic: UInt32
    public var underline: UInt32
    public var reverse: UInt32

    public init(bold: UInt32, dim: UInt32, italic: UInt32, underline: UInt32, reverse: UInt32) {
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
    }

    /// ncurses' A_BOLD, A_DIM, A_ITALIC (0 where the build lacks it), A_UNDERLINE, A_REVERSE.
    public static let curses = AttributeBits(
        bold: rapport_attr_bold(),
        dim: rapport_attr_dim(),
        italic: rapport_attr_italic(),
        underline: rapport_attr_underline(),
        reverse: rapport_attr_reverse())

    public func bits(for attributes: Style.Attributes) -> UInt32 {
        var bits: UInt32 = 0
        if attributes.contains(.bold) { bits |= bold }
        if attributes.contains(.dim) { bits |= dim }
        if attributes.contains(.italic) { bits |= italic }
        if attributes.contains(.underline) { bits |= underline }
        if attributes.contains(.reverse) { bits |= reverse }
        return bits
    }
}
