import XCTest

/// The scan itself: ncurses' own output passes, and each kind of leak is found.
final class HostileOutputScanTests: XCTestCase {
    /// What ncurses writes for xterm-256color: alternate screen, keypad, charsets, colours,
    /// cursor moves, the palette reset, and text drawn safely (␦ for a control character).
    let ncursesFrame = "\u{1B}[?1049h\u{1B}[22;0;0t\u{1B}[1;30r\u{1B}(B\u{1B}[m\u{1B}[?1h\u{1B}=\u{1B}[?2004h\u{1B}[H\u{1B}[2J"
        + "\u{1B}[38;5;111m\u{1B}[48;5;235m Rapport \u{1B}[3;2H␦]0;PWN01 owned title␦\r\n\u{08}\t東京 👩‍💻\u{1B}[K"
        + "\u{1B}]104\u{07}\u{1B}[?1049l\u{1B}[?1l\u{1B}>"

    func findings(_ text: String) -> [HostileOutputScan.Finding] {
        HostileOutputScan(Array((ncursesFrame + text + ncursesFrame).utf8), corpus: EscapeCorpus.strings).findings
    }

    func testNcursesOwnOutputIsNotALeak() {
        let found = findings("")
        XCTAssertTrue(found.isEmpty, found.map(\.description).joined(separator: "\n"))
    }

    func testEveryKindOfLeakIsFound() {
        let leaks = [
            "\u{1B}]0;PWN01 owned title\u{07}", "\u{1B}]52;c;PWN04Y3Vy\u{07}", "\u{1B}P$q\"p\u{1B}\\", "\u{1B}_Gf=100\u{1B}\\",
            "\u{1B}^pm\u{1B}\\", "\u{1B}Xsos\u{1B}\\", "\u{9B}31m", "\u{1B}[2JPWN16 cleared", "\u{1B}[10;10Hpwn18", "\u{1B}c",
            "ring\u{07}", "a\u{00}b", "\u{202E}fdp", "zero\u{200B}width", "PWN32 innocent\rEVIL",
        ]
        for leak in leaks {
            XCTAssertFalse(findings(leak).isEmpty, "not found: \(leak.debugDescription)")
        }
        let lone9B = HostileOutputScan(Array(ncursesFrame.utf8) + [0x9B] + Array("2J".utf8)).findings
        XCTAssertFalse(lone9B.isEmpty, "a raw 0x9B byte is not found")
    }
}
