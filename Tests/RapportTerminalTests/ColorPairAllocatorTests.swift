import RapportTerminal
import Testing

struct ColorPairAllocatorTests {
    typealias Colors = ColorPairAllocator.Colors

    let red = Colors(foreground: 1, background: -1)
    let green = Colors(foreground: 2, background: -1)
    let blue = Colors(foreground: 4, background: 0)

    /// Records the definitions curses would be asked for.
    final class Curses {
        var defined: [(Int32, Colors)] = []
        var accepts = true

        func define(_ pair: Int32, _ colors: Colors) -> Bool {
            defined.append((pair, colors))
            return accepts
        }
    }

    @Test func defaultColoursUsePairZeroWithoutDefiningOne() {
        var allocator = ColorPairAllocator(capacity: 256)
        let curses = Curses()
        #expect(allocator.pair(for: .terminalDefault, define: curses.define) == 0)
        #expect(curses.defined.isEmpty)
        #expect(allocator.definedCount == 0)
    }

    @Test func eachDistinctCombinationGetsTheNextPairOnce() {
        var allocator = ColorPairAllocator(capacity: 256)
        let curses = Curses()
        #expect(allocator.pair(for: red, define: curses.define) == 1)
        #expect(allocator.pair(for: green, define: curses.define) == 2)
        #expect(allocator.pair(for: red, define: curses.define) == 1)
        #expect(curses.defined.map(\.0) == [1, 2])
        #expect(curses.defined.map(\.1) == [red, green])
        #expect(allocator.definedCount == 2)
    }

    @Test func exhaustedPairsFallBackToPairZero() {
        // COLOR_PAIRS 3: pairs 1 and 2 are definable.
        var allocator = ColorPairAllocator(capacity: 3)
        let curses = Curses()
        #expect(allocator.pair(for: red, define: curses.define) == 1)
        #expect(allocator.pair(for: green, define: curses.define) == 2)
        #expect(allocator.pair(for: blue, define: curses.define) == 0)
        #expect(allocator.pair(for: blue, define: curses.define) == 0)
        #expect(curses.defined.count == 2)
        // Combinations defined before exhaustion keep their pairs.
        #expect(allocator.pair(for: green, define: curses.define) == 2)
    }

    @Test func noPairsAtAll() {
        var allocator = ColorPairAllocator(capacity: 0)
        let curses = Curses()
        #expect(allocator.pair(for: red, define: curses.define) == 0)
        #expect(curses.defined.isEmpty)
    }

    @Test func aRefusedDefinitionIsPairZeroAndNotRetried() {
        var allocator = ColorPairAllocator(capacity: 256)
        let curses = Curses()
        curses.accepts = false
        #expect(allocator.pair(for: red, define: curses.define) == 0)
        #expect(allocator.pair(for: red, define: curses.define) == 0)
        #expect(curses.defined.count == 1)
        // The refused number is still free for the next combination.
        curses.accepts = true
        #expect(allocator.pair(for: green, define: curses.define) == 1)
    }
}
