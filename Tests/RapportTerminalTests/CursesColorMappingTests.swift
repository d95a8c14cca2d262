import RapportScreen
import RapportTerminal
import Testing

struct CursesColorMappingTests {
    private func number(_ color: Color, _ capability: ColorCapability) -> Int32 {
        CursesColorMapping(capability: capability).colorNumber(color, isForeground: true)
    }

    @Test func noColourMeansNoPair() {
        let mapping = CursesColorMapping(capability: .none)
        #expect(mapping.colors(for: Style(foreground: .ansi(1), background: .rgb(1, 2, 3))) == nil)
    }

    @Test func defaultColourIsMinusOneWhenTheTerminalHasDefaults() {
        let mapping = CursesColorMapping(capability: .palette256, hasDefaultColors: true)
        #expect(mapping.colors(for: .plain) == .terminalDefault)
    }

    @Test func defaultColourIsWhiteOnBlackWithoutDefaults() {
        let mapping = CursesColorMapping(capability: .eight, hasDefaultColors: false)
        #expect(mapping.colors(for: .plain) == ColorPairAllocator.Colors(foreground: 7, background: 0))
    }

    @Test func styleMapsForegroundAndBackground() {
        let mapping = CursesColorMapping(capability: .palette256)
        let colors = mapping.colors(for: Style(foreground: .indexed(200), background: .ansi(4)))
        #expect(colors == ColorPairAllocator.Colors(foreground: 200, background: 4))
    }

    @Test func eightColours() {
        #expect(number(.ansi(1), .eight) == 1)
        // Bright colours fall back to their normal counterparts.
        #expect(number(.ansi(9), .eight) == 1)
        #expect(number(.ansi(15), .eight) == 7)
        #expect(number(.rgb(255, 135, 0), .eight) == 3)
        #expect(number(.indexed(200), .eight) == 5)
    }

    @Test func sixteenColours() {
        #expect(number(.ansi(9), .sixteen) == 9)
        #expect(number(.indexed(200), .sixteen) == 13)
        #expect(number(.rgb(0, 0, 0), .sixteen) == 0)
    }

    @Test func palette256() {
        #expect(number(.ansi(12), .palette256) == 12)
        #expect(number(.indexed(200), .palette256) == 200)
        #expect(number(.rgb(255, 135, 0), .palette256) == 208)
        #expect(number(.rgb(128, 128, 128), .palette256) == 244)
    }

    @Test func directColourIsPackedRGB() {
        #expect(number(.rgb(255, 135, 0), .direct) == 0xFF8700)
        #expect(number(.indexed(200), .direct) == 0xFF00D7)
        #expect(number(.ansi(9), .direct) == 0xFF0000)
    }

    @Test func directColourKeepsThePaletteForTheEightANSIColours() {
        #expect(number(.ansi(1), .direct) == 1)
        #expect(number(.indexed(3), .direct) == 3)
    }

    @Test func directColourNeverProducesAPaletteIndexForRGB() {
        #expect(number(.rgb(0, 0, 0), .direct) == 0x100)
        #expect(number(.rgb(0, 0, 1), .direct) == 0x101)
        #expect(number(.rgb(0, 0, 255), .direct) == 0x1FF)
        #expect(number(.rgb(0, 1, 0), .direct) == 0x100)
        #expect(number(.rgb(1, 0, 0), .direct) == 0x10000)
    }
}
