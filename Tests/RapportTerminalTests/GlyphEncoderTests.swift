import RapportScreen
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@testable import RapportTerminal

struct GlyphEncoderTests {
    /// Widths as glibc 2.36's wcwidth gives them, for the characters used here.
    static let libcWidths: @Sendable (UInt32) -> Int = { value in
        switch value {
        case 0x301, 0xFE0F, 0x200D: return 0
        case 0x6771, 0x4EAC, 0x1F44D, 0x1F469, 0x1F4BB, 0x1F3FD, 0x1F9D4, 0x1F468, 0x1F467, 0x1F466: return 2
        case 0x1FABF: return -1  // newer than the C library's tables
        default: return 1
        }
    }

    let utf8 = GlyphEncoder(isUTF8: true, columnsOf: libcWidths)
    let ascii = GlyphEncoder(isUTF8: false, columnsOf: libcWidths)

    private func glyph(_ offset: Int, _ scalars: UInt32...) -> GlyphEncoder.Glyph {
        GlyphEncoder.Glyph(offset: offset, text: scalars.map { wchar_t(bitPattern: $0) } + [0])
    }

    private func cell(_ text: String, width: Int) -> Cell { Cell(text: text, style: .plain, width: width) }

    @Test func asciiIsDrawnAsIs() {
        #expect(utf8.glyphs(for: cell("a", width: 1)) == [glyph(0, 0x61)])
        #expect(ascii.glyphs(for: cell("a", width: 1)) == [glyph(0, 0x61)])
    }

    @Test func wideCharacterIsOneGlyphCoveringTwoColumns() {
        #expect(utf8.glyphs(for: cell("東", width: 2)) == [glyph(0, 0x6771)])
        #expect(utf8.glyphs(for: cell("👍", width: 2)) == [glyph(0, 0x1F44D)])
    }

    @Test func combiningMarksTravelWithTheirBase() {
        #expect(utf8.glyphs(for: cell("e\u{301}", width: 1)) == [glyph(0, 0x65, 0x301)])
    }

    @Test func continuationCellsDrawNothing() {
        #expect(utf8.glyphs(for: .continuation(style: .plain)).isEmpty)
    }

    @Test func emptyTextIsASpace() {
        #expect(utf8.glyphs(for: cell("", width: 1)) == [glyph(0, 0x20)])
    }

    @Test func emojiThatTheCLibraryCallsNarrowIsDrawnNarrowAndPadded() {
        // "❤️": the buffer gives it two columns, wcwidth one; the selector is dropped so the
        // terminal draws the narrow form, and a space fills the second column.
        #expect(utf8.glyphs(for: cell("❤\u{FE0F}", width: 2)) == [glyph(0, 0x2764), glyph(1, 0x20)])
    }

    @Test func charactersTheCLibraryDoesNotKnowBecomeReplacementCharacters() {
        #expect(utf8.glyphs(for: cell("🪿", width: 2)) == [glyph(0, 0xFFFD), glyph(1, 0x20)])
    }

    @Test func aWideCharacterInANarrowCellIsReplaced() {
        #expect(utf8.glyphs(for: cell("東", width: 1)) == [glyph(0, 0xFFFD)])
    }

    @Test func zeroWidthJoinerSequencesAreDrawnWhole() {
        // setcchar would stop at the second emoji; the encoder hands ncurses the whole cluster
        // (the backend fills the cell's characters itself), which measures it by its first.
        #expect(utf8.glyphs(for: cell("👩\u{200D}💻", width: 2)) == [glyph(0, 0x1F469, 0x200D, 0x1F4BB)])
        #expect(utf8.glyphs(for: cell("🧔\u{200D}♂\u{FE0F}", width: 2)) == [glyph(0, 0x1F9D4, 0x200D, 0x2642, 0xFE0F)])
    }

    @Test func aDanglingJoinerIsDropped() {
        // It could join onto whatever the next cell holds.
        #expect(utf8.glyphs(for: cell("👩\u{200D}", width: 2)) == [glyph(0, 0x1F469)])
    }

    @Test func skinToneModifiersAreLeftOutBecauseTmuxDrawsThemAsASquareOfTheirOwn() {
        // tmux 3.3 gives 👍🏽 four columns (the modifier is not joined); without it the row stays aligned.
        #expect(utf8.glyphs(for: cell("👍🏽", width: 2)) == [glyph(0, 0x1F44D)])
        #expect(utf8.glyphs(for: cell("👩🏽\u{200D}💻", width: 2)) == [glyph(0, 0x1F469, 0x200D, 0x1F4BB)])
    }

    @Test func aSequenceLongerThanACursesCellHoldsIsDrawnAsItsFirstEmoji() {
        // 👨‍👩‍👧‍👦 is seven characters, a cchar_t holds five: cut anywhere else it would draw
        // another emoji (a family of three).
        let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦"
        #expect(utf8.glyphs(for: cell(family, width: 2)) == [glyph(0, 0x1F468)])
    }

    @Test func aFlagIsItsTwoRegionalIndicatorsInAdjacentColumns() {
        // The C library gives each regional indicator one column. Written one after the other,
        // a terminal that knows flags joins them into one two-column flag and one that does not
        // shows two letters: two columns either way, so ncurses and the terminal agree.
        let japan = utf8.glyphs(for: cell("🇯🇵", width: 2))
        #expect(japan == [glyph(0, 0x1F1EF), GlyphEncoder.Glyph(offset: 1, text: [wchar_t(bitPattern: 0x1F1F5), 0], joinsPrevious: true)])
    }

    @Test func controlCharactersNeverReachCurses() {
        #expect(utf8.glyphs(for: cell("\n", width: 1)) == [glyph(0, 0xFFFD)])
        #expect(utf8.glyphs(for: cell("\u{1B}", width: 1)) == [glyph(0, 0xFFFD)])
        #expect(utf8.glyphs(for: cell("\u{9B}", width: 1)) == [glyph(0, 0xFFFD)])
        #expect(ascii.glyphs(for: cell("\u{7F}", width: 1)) == [glyph(0, 0x3F)])
    }

    @Test func nonUTF8LocaleDropsAccentsAndDrawsAQuestionMarkPerColumnForTheRest() {
        #expect(ascii.glyphs(for: cell("東", width: 2)) == [glyph(0, 0x3F), glyph(1, 0x3F)])
        #expect(ascii.glyphs(for: cell("é", width: 1)) == [glyph(0, 0x65)])
        #expect(ascii.glyphs(for: cell("e\u{301}", width: 1)) == [glyph(0, 0x65)])
        #expect(ascii.glyphs(for: cell("Å", width: 1)) == [glyph(0, 0x41)])
        #expect(ascii.glyphs(for: cell("─", width: 1)) == [glyph(0, 0x2D)])
        #expect(ascii.glyphs(for: cell("┃", width: 1)) == [glyph(0, 0x7C)])
        #expect(ascii.glyphs(for: cell("╭", width: 1)) == [glyph(0, 0x2B)])
        #expect(ascii.glyphs(for: cell("█", width: 1)) == [glyph(0, 0x23)])
        #expect(ascii.glyphs(for: cell("░", width: 1)) == [glyph(0, 0x2E)])
    }
}
