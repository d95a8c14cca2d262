import RapportTerminal
import Testing

struct ColorCapabilityTests {
    @Test func capabilityFollowsTerminfoColourCount() {
        #expect(ColorCapability(colorCount: 0) == .none)
        #expect(ColorCapability(colorCount: 2) == .none)
        #expect(ColorCapability(colorCount: 8) == .eight)
        #expect(ColorCapability(colorCount: 15) == .eight)
        #expect(ColorCapability(colorCount: 16) == .sixteen)
        #expect(ColorCapability(colorCount: 88) == .sixteen)
        #expect(ColorCapability(colorCount: 256) == .palette256)
        #expect(ColorCapability(colorCount: 0x10000) == .palette256)
        #expect(ColorCapability(colorCount: 0x1000000) == .direct)
    }
}
