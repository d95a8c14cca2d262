import CNcursesw
import RapportViewModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The mouse, as xterm's SGR reports (mode 1006: `ESC [ < b ; x ; y M`, `m` on release), which
/// carry any column, past 223 too. Only button events (mode 1000) are asked for, never motion
/// (1002/1003), so Shift+drag stays the terminal's own text selection. The reports are read
/// here rather than through ncurses' KEY_MOUSE, whose decoding depends on the terminfo entry
/// (tmux-256color's kmous is the old X10 form, which stops at column 223).
enum MouseReporting {
    static let on = "\u{1B}[?1000h\u{1B}[?1006h"
    static let off = "\u{1B}[?1000l\u{1B}[?1006l"

    /// The event an SGR report names, from what follows `ESC [ <` up to and including its final
    /// `M` or `m`; nil when it is not one.
    static func decode(_ body: String) -> MouseEvent? {
        guard let final = body.last, final == "M" || final == "m" else { return nil }
        let numbers = body.dropLast().split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        guard numbers.count == 3, let button = numbers[0], let column = numbers[1], let row = numbers[2], column >= 1, row >= 1 else {
            return nil
        }
        // Shift, Meta and Ctrl add 4, 8 and 16; motion adds 32.
        let plain = button & ~(4 | 8 | 16)
        let action: MouseEvent.Action
        switch (plain, final) {
        case (0, "M"): action = .click
        case (64, _): action = .wheelUp
        case (65, _): action = .wheelDown
        default: action = .other
        }
        return MouseEvent(column: column - 1, row: row - 1, action: action)
    }
}

extension NcursesBackend {
    /// After an Esc: the rest of an SGR mouse report, if one follows. Anything else is pushed
    /// back for the next read, so a lone Esc stays Esc.
    func readMouseReport() -> MouseEvent? {
        wtimeout(window, 0)
        defer { wtimeout(window, inputTimeout ?? 100) }
        var seen: [UInt32] = []
        func pushBack() { for value in seen.reversed() { unget_wch(wchar_t(bitPattern: value)) } }
        for expected: UInt32 in [0x5B, 0x3C] {  // [<
            var value: wint_t = 0
            guard rapport_read_key(&value) == OK else { break }
            seen.append(UInt32(value))
            if UInt32(value) != expected { break }
        }
        guard seen == [0x5B, 0x3C] else {
            pushBack()
            return nil
        }
        var body = ""
        // "65;1000;1000M" is the longest report: a bounded read, whatever arrives.
        while body.count < 24 {
            var value: wint_t = 0
            guard rapport_read_key(&value) == OK, let scalar = Unicode.Scalar(UInt32(value)) else { break }
            body.unicodeScalars.append(scalar)
            if scalar == "M" || scalar == "m" { break }
        }
        // A report cut short is swallowed rather than typed into the screen as keys.
        return MouseReporting.decode(body) ?? MouseEvent(column: -1, row: -1, action: .other)
    }

    /// The modes Rapport adds to what curses sets up, on or off together (at start, around a
    /// suspension or $EDITOR, and at the end): bracketed paste, so a pasted line break is text
    /// rather than Enter, and mouse reporting unless `--no-mouse` turned it off. Terminals that
    /// do not know a mode ignore it.
    func setAddedModes(_ on: Bool) {
        putp(on ? "\u{1B}[?2004h" : "\u{1B}[?2004l")
        if usesMouse { putp(on ? MouseReporting.on : MouseReporting.off) }
        fflush(nil)
    }
}
