import CNcursesw
import Foundation
import RapportScreen

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a cell into what ncurses is given, column by column, so that the buffer, ncurses and
/// the terminal agree on how many columns every grapheme covers.
///
/// ncurses (and most terminals) measure a character with the C library's `wcwidth`, while the
/// buffer uses `DisplayWidth`'s Unicode tables. Where the two disagree, drawing the grapheme
/// as-is would shift the rest of the row, so the encoder substitutes something whose width
/// everyone agrees on:
/// - a two-column cell that `wcwidth` calls one column ("❤️") is drawn as its base character
///   without the emoji selector, followed by a space;
/// - a flag ("🇯🇵", two regional indicators of one column each to `wcwidth`) is drawn as its two
///   halves in adjacent columns, which a terminal that knows flags joins into one;
/// - a grapheme `wcwidth` does not know (newer emoji than the C library, controls) becomes
///   U+FFFD, padded with a space when the cell is two columns.
///
/// In a locale that is not UTF-8, curses cannot encode anything but ASCII for the terminal;
/// every other grapheme becomes "?" per column ("東" is "??"), so names stay legible and the
/// columns stay aligned instead of filling with mojibake.
struct GlyphEncoder: Sendable {
    /// What to write at `offset` columns from the cell's x: a NUL-terminated wide string that
    /// fills one curses cell (at most `CCHARW_MAX` characters), measured by its first.
    struct Glyph: Equatable, Sendable {
        let offset: Int
        let text: [wchar_t]
        /// The second half of a flag: the terminal must receive it right after the first, or a
        /// terminal that joins flags sees a lone half.
        let joinsPrevious: Bool

        init(offset: Int, text: [wchar_t], joinsPrevious: Bool = false) {
            self.offset = offset
            self.text = text
            self.joinsPrevious = joinsPrevious
        }
    }

    let isUTF8: Bool
    /// The columns ncurses gives one character (`wcwidth`); negative when it has none.
    let columnsOf: @Sendable (UInt32) -> Int

    private static let space = UInt32(0x20)
    private static let zeroWidthJoiner = UInt32(0x200D)
    private static let emojiPresentation = UInt32(0xFE0F)
    private static let regionalIndicators = UInt32(0x1F1E6)...UInt32(0x1F1FF)
    private static let skinToneModifiers = UInt32(0x1F3FB)...UInt32(0x1F3FF)
    /// The characters one curses cell holds.
    private static let charactersPerCell = Int(CCHARW_MAX)

    /// ASCII for the box-drawing and block characters the panes use, so borders and bars
    /// still read in a non-UTF-8 locale.
    static func asciiStandIn(for scalar: UInt32) -> UInt32? {
        switch scalar {
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550: return 0x2D  // -
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551: return 0x7C  // |
        case 0x2500...0x257F: return 0x2B  // + for corners and junctions
        case 0x2591...0x2593: return 0x2E  // . for light shades (empty bar)
        case 0x2580...0x259F: return 0x23  // # for blocks (filled bar, sparkline)
        case 0x2022, 0x25CF, 0x25D0, 0x25CB, 0x25B2, 0x25A0: return 0x2A  // * for status and health marks
        case 0x2026: return 0x7E  // ~ for an ellipsis
        case 0x00B7: return 0x2E  // . for a middle dot
        case 0x2013, 0x2014, 0x2212: return 0x2D  // - for dashes and minus
        case 0x2192, 0x25B6: return 0x3E  // > for an arrow or a right triangle
        case 0x25C0: return 0x3C  // < for a left triangle
        case 0x2605: return 0x2A  // * for a star (main contact)
        case 0x00D7: return 0x78  // x for a multiplication sign
        default: return nil
        }
    }

    func glyphs(for cell: Cell) -> [Glyph] {
        guard cell.width > 0 else { return [] }
        let width = min(cell.width, 2)
        let scalars = cell.text.unicodeScalars.map(\.value)
        guard let base = scalars.first else { return padded([Self.space], width: width) }
        // A control character would move ncurses' cursor or clear the line; text reaching the
        // backend should already be sanitized, but this is the last place to stop it.
        if scalars.contains(where: Self.isControl) { return substitute(width: width) }
        if !isUTF8 {
            if scalars.allSatisfy({ $0 < 0x80 }) { return padded([base], width: width) }
            if let ascii = Self.asciiStandIn(for: base) { return padded([ascii], width: width) }
            // Accented Latin letters read well without their accents ("Müller" as "Muller").
            let folded = cell.text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil).unicodeScalars
            if folded.count == 1, let plain = folded.first, plain.isASCII, plain.value >= 0x20, plain.value < 0x7F {
                return padded([plain.value], width: width)
            }
            return substitute(width: width)
        }
        let nativeWidth = columnsOf(base)
        if nativeWidth == width {
            return [Glyph(offset: 0, text: nulTerminated(width == 2 ? wideCluster(scalars) : withMarks(scalars)))]
        }
        if nativeWidth == 1, width == 2, scalars.count == 2, scalars.allSatisfy(Self.regionalIndicators.contains) {
            return [Glyph(offset: 0, text: nulTerminated([base])), Glyph(offset: 1, text: nulTerminated([scalars[1]]), joinsPrevious: true)]
        }
        if nativeWidth == 1, width == 2 {
            let narrow = withMarks(scalars).filter { $0 != Self.emojiPresentation }
            return padded(narrow, width: 2)
        }
        return substitute(width: width)
    }

    /// The base character and the non-spacing characters after it, as far as one curses cell
    /// holds them; a trailing zero-width joiner is dropped so it cannot join onto whatever the
    /// next cell holds.
    private func withMarks(_ scalars: [UInt32]) -> [UInt32] {
        var kept = [scalars[0]]
        for scalar in scalars.dropFirst() {
            guard columnsOf(scalar) == 0, kept.count < Self.charactersPerCell else { break }
            kept.append(scalar)
        }
        return withoutDanglingJoiner(kept)
    }

    /// A two-column cluster whole, as terminals join it: an emoji sequence (👩‍💻) keeps every
    /// emoji that follows a zero-width joiner. Skin-tone modifiers are left out: tmux 3.3 draws
    /// one as a square of its own, two columns more than the buffer counted. A sequence longer
    /// than a curses cell holds is drawn as its first emoji, since cutting it anywhere else
    /// would draw a different emoji (a family of three for one of four).
    private func wideCluster(_ scalars: [UInt32]) -> [UInt32] {
        var kept = [scalars[0]]
        for scalar in scalars.dropFirst() where !Self.skinToneModifiers.contains(scalar) {
            guard columnsOf(scalar) == 0 || kept.last == Self.zeroWidthJoiner else { break }
            kept.append(scalar)
        }
        let whole = withoutDanglingJoiner(kept)
        return whole.count <= Self.charactersPerCell ? whole : [scalars[0]]
    }

    private func withoutDanglingJoiner(_ scalars: [UInt32]) -> [UInt32] {
        var kept = scalars
        while kept.count > 1, kept.last == Self.zeroWidthJoiner { kept.removeLast() }
        return kept
    }

    private func substitute(width: Int) -> [Glyph] {
        if isUTF8 { return padded([0xFFFD], width: width) }
        return (0..<width).map { Glyph(offset: $0, text: nulTerminated([0x3F])) }
    }

    private func padded(_ scalars: [UInt32], width: Int) -> [Glyph] {
        var glyphs = [Glyph(offset: 0, text: nulTerminated(scalars))]
        if width == 2 { glyphs.append(Glyph(offset: 1, text: nulTerminated([Self.space]))) }
        return glyphs
    }

    private func nulTerminated(_ scalars: [UInt32]) -> [wchar_t] {
        scalars.map { wchar_t(bitPattern: $0) } + [0]
    }

    private static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }
}
