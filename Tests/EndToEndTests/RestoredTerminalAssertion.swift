import XCTest

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The modes a full-screen program turns on, each as the sequence that turns it on and the one
/// that turns it off (xterm-256color's terminfo, and bracketed paste, which Rapport adds).
enum TerminalMode: CaseIterable {
    case alternateScreen, bracketedPaste, hiddenCursor, keypadTransmit

    var on: [UInt8] {
        switch self {
        case .alternateScreen: return Array("\u{1B}[?1049h".utf8)
        case .bracketedPaste: return Array("\u{1B}[?2004h".utf8)
        case .hiddenCursor: return Array("\u{1B}[?25l".utf8)
        case .keypadTransmit: return Array("\u{1B}[?1h".utf8)
        }
    }

    var off: [UInt8] {
        switch self {
        case .alternateScreen: return Array("\u{1B}[?1049l".utf8)
        case .bracketedPaste: return Array("\u{1B}[?2004l".utf8)
        case .hiddenCursor: return Array("\u{1B}[?25h".utf8)
        case .keypadTransmit: return Array("\u{1B}[?1l".utf8)
        }
    }

    /// Whether `output` up to `end` leaves the mode on: it was turned on and not off since.
    func isLeftOn(in output: [UInt8], before end: Int) -> Bool {
        guard let lastOn = output.lastOffset(of: on, before: end) else { return false }
        guard let lastOff = output.lastOffset(of: off, before: end) else { return true }
        return lastOff < lastOn
    }
}

extension XCTestCase {
    /// The terminal is as the program found it: the line discipline's modes (cooked, echo) are
    /// the ones it started with, and the output up to `end` (where the program stopped or
    /// ended) turned off every mode it turned on.
    func assertRestored(_ terminal: PseudoTerminal, before end: Int, _ situation: String, file: StaticString = #filePath, line: UInt = #line) {
        let now = terminal.modes
        let initial = terminal.initialModes
        XCTAssertEqual(now.c_lflag, initial.c_lflag, "\(situation): local modes (ECHO, ICANON, ISIG) not restored", file: file, line: line)
        XCTAssertEqual(now.c_iflag, initial.c_iflag, "\(situation): input modes (ICRNL, IXON) not restored", file: file, line: line)
        XCTAssertEqual(now.c_oflag, initial.c_oflag, "\(situation): output modes (OPOST) not restored", file: file, line: line)
        let cooked = tcflag_t(ECHO | ICANON)
        XCTAssertEqual(now.c_lflag & cooked, cooked, "\(situation): not in cooked mode with echo", file: file, line: line)
        for mode in TerminalMode.allCases {
            XCTAssertFalse(mode.isLeftOn(in: terminal.output, before: end), "\(situation): \(mode) left on", file: file, line: line)
        }
    }
}
