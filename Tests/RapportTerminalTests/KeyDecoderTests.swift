import RapportViewModel
import Testing

@testable import RapportTerminal

/// Key codes are written as ncurses' octal values rather than read from the header, so a
/// mapping that used the wrong constant would fail here.
struct KeyDecoderTests {
    let decoder = KeyDecoder()

    private func character(_ value: UInt32) -> Key { decoder.decode(.character(value)) }
    private func code(_ value: Int32) -> Key { decoder.decode(.keyCode(value)) }

    @Test func printableCharactersAreChars() {
        #expect(character(0x6A) == .char("j"))
        #expect(character(0x20) == .char(" "))
        #expect(character(0x3F) == .char("?"))
        #expect(character(0xE9) == .char("é"))
        #expect(character(0x6771) == .char("東"))
        #expect(character(0x1F44D) == .char("👍"))
    }

    @Test func controlCharactersWithTheirOwnKeys() {
        #expect(character(9) == .tab)
        #expect(character(13) == .enter)
        #expect(character(10) == .enter)
        #expect(character(27) == .escape)
        #expect(character(127) == .backspace)
        #expect(character(8) == .backspace)
    }

    @Test func otherControlLettersAreCtrl() {
        #expect(character(1) == .ctrl("a"))
        #expect(character(3) == .ctrl("c"))
        #expect(character(18) == .ctrl("r"))
        #expect(character(21) == .ctrl("u"))
        #expect(character(26) == .ctrl("z"))
    }

    @Test func charactersWithoutAKeyAreUnknown() {
        #expect(character(0) == .unknown)
        #expect(character(28) == .unknown)
        #expect(character(31) == .unknown)
        #expect(character(0x85) == .unknown)
        #expect(character(0xD800) == .unknown)
        #expect(character(0x110000) == .unknown)
    }

    @Test func arrowsAndShiftedArrows() {
        #expect(code(0o403) == .up)
        #expect(code(0o402) == .down)
        #expect(code(0o404) == .left)
        #expect(code(0o405) == .right)
        #expect(code(0o521) == .shiftUp)
        #expect(code(0o520) == .shiftDown)
        #expect(code(0o611) == .shiftLeft)
        #expect(code(0o622) == .shiftRight)
    }

    @Test func navigationAndEditingKeys() {
        #expect(code(0o523) == .pageUp)
        #expect(code(0o522) == .pageDown)
        #expect(code(0o406) == .home)
        #expect(code(0o550) == .end)
        #expect(code(0o527) == .enter)
        #expect(code(0o407) == .backspace)
        #expect(code(0o541) == .backTab)
        #expect(code(0o512) == .delete)
        #expect(code(0o513) == .insert)
    }

    @Test func keypadCornersAndVT220FindSelect() {
        #expect(code(0o534) == .home)
        #expect(code(0o535) == .pageUp)
        #expect(code(0o537) == .end)
        #expect(code(0o540) == .pageDown)
        #expect(code(0o552) == .home)
        #expect(code(0o601) == .end)
    }

    @Test func functionKeys() {
        #expect(code(0o411) == .function(1))
        #expect(code(0o415) == .function(5))
        #expect(code(0o424) == .function(12))
        #expect(code(0o410 + 63) == .function(63))
        // KEY_F0 is not a key on any keyboard.
        #expect(code(0o410) == .unknown)
    }

    @Test func resize() {
        #expect(code(0o632) == .resize)
    }

    @Test func codesWithoutAKeyAreUnknown() {
        #expect(code(0o631) == .unknown)  // KEY_MOUSE: mouse reporting is not enabled
        #expect(code(0o536) == .unknown)  // KEY_B2, the keypad's centre
        #expect(code(0o1001) == .unknown)
    }

    @Test func extendedCodesResolvedForTheTerminal() {
        let decoder = KeyDecoder(extendedKeys: [0o1001: .shiftUp, 0o1002: .shiftLeft])
        #expect(decoder.decode(.keyCode(0o1001)) == .shiftUp)
        #expect(decoder.decode(.keyCode(0o1002)) == .shiftLeft)
        #expect(decoder.decode(.keyCode(0o1003)) == .unknown)
        // Standard codes are not affected by the table.
        #expect(decoder.decode(.keyCode(0o403)) == .up)
    }

    @Test func extendedNamesCoverEveryShiftedArrow() {
        let keys = Set(KeyDecoder.extendedKeyNames.map(\.key))
        #expect(keys == [.shiftUp, .shiftDown, .shiftLeft, .shiftRight])
    }
}
