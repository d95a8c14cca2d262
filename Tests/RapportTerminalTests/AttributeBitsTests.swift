import RapportScreen
import RapportTerminal
import Testing

struct AttributeBitsTests {
    let bits = AttributeBits(bold: 1, dim: 2, italic: 4, underline: 8, reverse: 16)

    @Test func eachAttributeMapsToItsBit() {
        #expect(bits.bits(for: []) == 0)
        #expect(bits.bits(for: .bold) == 1)
        #expect(bits.bits(for: .dim) == 2)
        #expect(bits.bits(for: .italic) == 4)
        #expect(bits.bits(for: .underline) == 8)
        #expect(bits.bits(for: .reverse) == 16)
        #expect(bits.bits(for: [.bold, .underline, .reverse]) == 25)
    }

    @Test func cursesBitsAreDistinct() {
        let curses = AttributeBits.curses
        let values = [curses.bold, curses.dim, curses.underline, curses.reverse]
        #expect(values.allSatisfy { $0 != 0 })
        #expect(Set(values).count == values.count)
        #expect(curses.bits(for: [.bold, .reverse]) == curses.bold | curses.reverse)
    }
}
