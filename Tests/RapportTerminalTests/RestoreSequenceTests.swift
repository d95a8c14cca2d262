import Testing

@testable import RapportTerminal

struct RestoreSequenceTests {
    let cancel = "\u{18}"

    @Test func capabilitiesInOrderAfterACancel() {
        let sequence = RestoreSequence.make(
            exitAlternateScreen: "\u{1B}[?1049l", showCursor: "\u{1B}[?25h", resetAttributes: "\u{1B}(B\u{1B}[m",
            leaveKeypadMode: "\u{1B}[?1l\u{1B}>")
        #expect(sequence == cancel + "\u{1B}[?1049l\u{1B}[?25h\u{1B}(B\u{1B}[m\u{1B}[?1l\u{1B}>")
    }

    @Test func missingCapabilitiesAreLeftOut() {
        // The Linux console: no alternate screen, no keypad mode.
        let sequence = RestoreSequence.make(
            exitAlternateScreen: nil, showCursor: "\u{1B}[?25h\u{1B}[?0c", resetAttributes: "\u{1B}[m",
            leaveKeypadMode: nil)
        #expect(sequence == cancel + "\u{1B}[?25h\u{1B}[?0c\u{1B}[m")
    }

    @Test func noCapabilitiesAtAllFallsBackToXterm() {
        let sequence = RestoreSequence.make(
            exitAlternateScreen: nil, showCursor: nil, resetAttributes: "", leaveKeypadMode: nil)
        #expect(sequence == cancel + "\u{1B}[?1049l\u{1B}[?25h\u{1B}[0m")
    }

    @Test func paddingIsRemoved() {
        #expect(RestoreSequence.removingPadding("\u{1B}[m$<2>") == "\u{1B}[m")
        #expect(RestoreSequence.removingPadding("$<5*/>\u{1B}[?25h") == "\u{1B}[?25h")
        #expect(RestoreSequence.removingPadding("a$<1.5>b") == "ab")
    }

    @Test func textThatOnlyLooksLikePaddingIsKept() {
        #expect(RestoreSequence.removingPadding("$<x>") == "$<x>")
        #expect(RestoreSequence.removingPadding("$<>") == "$<>")
        #expect(RestoreSequence.removingPadding("$<12") == "$<12")
        #expect(RestoreSequence.removingPadding("cost $5") == "cost $5")
    }
}
