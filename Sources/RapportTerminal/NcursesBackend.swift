import CNcursesw
import RapportCore
import CTerminalGuard
import RapportScreen
import RapportViewModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one owner of the terminal while the dashboard runs: it takes the terminal over with
/// ncurses, draws buffers, reads keys, suspends and gives the terminal back.
///
/// ncurses keeps global state, so an instance must be created and used on one thread, and at
/// most one may be active at a time.
///
/// Text in a locale that is not UTF-8 (LANG=C is common in containers and over ssh): curses
/// cannot encode non-ASCII characters for such a terminal, so they are drawn as "?", one per
/// column, and `isUTF8` is false so callers can say why.
public final class NcursesBackend {
    public let colorCapability: ColorCapability
    /// Whether the locale's character set is UTF-8; when not, non-ASCII text is drawn as "?".
    public let isUTF8: Bool
    /// False once `shutdown()` has run; every other method then does nothing.
    public private(set) var isActive = true
    /// Clicks and the wheel are reported (`--no-mouse` turns them off).
    public let usesMouse: Bool

    private let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    private let colorMapping: CursesColorMapping
    private var pairs: ColorPairAllocator
    private let attributeBits = AttributeBits.curses
    private let glyphEncoder: GlyphEncoder
    private let keyDecoder: KeyDecoder
    /// What the terminal shows, as far as this backend knows; nil forces a full repaint.
    private var lastDrawn: Buffer?
    private var lastDrawnSize: (width: Int, height: Int)?
    private var renditions: [Style: (attributes: UInt32, pair: Int32)] = [:]
    var inputTimeout: Int32?
    private var sizeAtShutdown = (width: 0, height: 0)

    /// Refuses, before anything is opened or changed, a session the dashboard cannot run in:
    /// output or input that is not a terminal, or no TERM.
    public static func checkTerminal() throws(TerminalError) {
        // stdout first: `rapport | less` is the mistake people make, and deserves its message.
        guard isatty(STDOUT_FILENO) == 1 else { throw .standardOutputNotATerminal }
        guard isatty(STDIN_FILENO) == 1 else { throw .standardInputNotATerminal }
        guard let termValue = getenv("TERM"), termValue.pointee != 0 else { throw .terminalTypeNotSet }
    }

    /// Takes the terminal over. `noColor` (NO_COLOR or `--no-color`) draws attributes only.
    public init(noColor: Bool, mouse: Bool = true) throws(TerminalError) {
        usesMouse = mouse
        try Self.checkTerminal()
        guard let termValue = getenv("TERM") else { throw .terminalTypeNotSet }
        let terminalType = String(cString: termValue)

        // Without this ncursesw treats every byte above 127 as a separate unprintable character.
        setlocale(LC_ALL, "")
        isUTF8 = Self.localeIsUTF8()

        // The modes must be saved before curses changes them, so that a signal at any later
        // point can put back exactly what the user had.
        rapport_guard_set_restore_sequence("")
        guard rapport_guard_save_modes(STDOUT_FILENO) == 0 else {
            throw .initialisationFailed("could not read the terminal's modes (\(String(cString: strerror(errno))))")
        }
        // newterm, unlike initscr, returns NULL for an unusable TERM instead of exiting.
        guard let screen = rapport_newterm(terminalType) else {
            rapport_guard_restore_now()
            throw Self.newtermFailure(terminalType: terminalType)
        }
        set_term(screen)
        self.screen = screen
        guard let window = rapport_stdscr() else {
            Self.abandon(screen)
            throw .initialisationFailed("ncurses created no standard screen")
        }
        self.window = window
        // newterm accepts terminals that cannot address the cursor ("dumb", emacs' shell),
        // where a dashboard would print as one long smeared line.
        guard rapport_terminfo_string("cup") != nil else {
            Self.abandon(screen)
            throw .initialisationFailed(
                "terminal type '\(TextSafety.oneLine(terminalType))' (TERM) cannot move the cursor, which a full-screen program needs — try TERM=xterm-256color")
        }
        rapport_guard_set_restore_sequence(Self.restoreSequence())
        // After newterm, so that these replace ncurses' own SIGINT/SIGTERM handlers, which
        // run endwin (not async-signal-safe) and then _exit(1), hiding the signal from the
        // parent, and its SIGTSTP handler, which leaves bracketed paste on (see
        // `suspendIfStopRequested`); its SIGWINCH (KEY_RESIZE) handling stays.
        rapport_guard_install()

        // raw rather than cbreak: Ctrl-C and Ctrl-Z must reach the event loop as keys, which
        // maps them to quit and to a clean suspend.
        raw()
        noecho()
        // Without nonl, Enter arrives as LF and the return key can't be told from Ctrl-J.
        nonl()
        keypad(window, true)
        // 8-bit input, so UTF-8 bytes are not stripped on terminals set to 7 bits.
        meta(window, true)
        // The cursor is hidden; not moving it after each update saves output.
        leaveok(window, true)
        curs_set(0)
        // Long enough for an escape sequence over ssh, short enough that Esc feels immediate
        // (htop's choice). Esc alone always waits this long: it may begin a sequence. A user's
        // own ESCDELAY (milliseconds, as ncurses reads it) wins.
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        // The event loop's tick (DESIGN: ~100 ms); readKey changes it when asked for another.
        wtimeout(window, 100)
        inputTimeout = 100

        if !noColor, has_colors() {
            start_color()
            let hasDefaultColors = use_default_colors() == OK
            let capability = ColorCapability(colorCount: Int(rapport_colors()))
            colorCapability = capability
            colorMapping = CursesColorMapping(capability: capability, hasDefaultColors: hasDefaultColors)
            pairs = ColorPairAllocator(capacity: Int(rapport_color_pairs()))
        } else {
            colorCapability = .none
            colorMapping = CursesColorMapping(capability: .none)
            pairs = ColorPairAllocator(capacity: 0)
        }

        let utf8 = isUTF8
        glyphEncoder = GlyphEncoder(isUTF8: utf8) { value in
            Int(rapport_wcwidth(wchar_t(bitPattern: value)))
        }
        keyDecoder = KeyDecoder(extendedKeys: Self.resolveExtendedKeys())
        setAddedModes(true)
    }

    deinit {
        shutdown()
    }

    /// The terminal's size in columns and rows; ncurses updates it when it reports a resize.
    public var size: (width: Int, height: Int) {
        guard isActive else { return sizeAtShutdown }
        return (Int(rapport_cols()), Int(rapport_lines()))
    }

    /// Shows `buffer`: only the cells that differ from the last drawn buffer go to ncurses,
    /// which in turn sends only what differs from the screen.
    public func draw(_ buffer: Buffer) {
        guard isActive else { return }
        let size = self.size
        if let lastDrawnSize, lastDrawnSize != size { lastDrawn = nil }
        if lastDrawn == nil {
            // Whatever the buffer does not cover (a buffer smaller than the screen after a
            // resize) must not keep stale text.
            werase(window)
        }
        for change in buffer.diff(from: lastDrawn) {
            put(change.cell, x: change.x, y: change.y, clippedTo: size)
        }
        lastDrawn = buffer
        lastDrawnSize = size
        wnoutrefresh(window)
        doupdate()
    }

    /// Makes the next `draw` repaint every cell.
    public func invalidate() {
        lastDrawn = nil
    }

    /// Ctrl-L: clears the terminal and sends every cell again at the next draw. Something else
    /// may have written to the terminal (a background job, `wall`), and ncurses, which sends
    /// only what differs from what it believes is shown, would otherwise leave that in place.
    public func repaintAll() {
        clearok(rapport_curscr(), true)
        invalidate()
    }

    /// Reads one key, waiting at most `timeoutMilliseconds` (negative: wait forever).
    /// Returns nil on timeout. A `.resize` has already updated `size` and invalidated the screen.
    public func readKey(timeoutMilliseconds: Int32) -> Key? {
        guard isActive else { return nil }
        if inputTimeout != timeoutMilliseconds {
            wtimeout(window, timeoutMilliseconds)
            inputTimeout = timeoutMilliseconds
        }
        var value: wint_t = 0
        let key: Key
        switch rapport_read_key(&value) {
        case KEY_CODE_YES: key = keyDecoder.decode(.keyCode(Int32(bitPattern: UInt32(value))))
        case OK: key = keyDecoder.decode(.character(UInt32(value)))
        default: return nil
        }
        if key == .resize { invalidate() }
        if key == .escape, usesMouse, let mouse = readMouseReport() { return .mouse(mouse) }
        if key == .escape, let paste = readBracketedPaste() { return .paste(paste) }
        return key
    }

    /// After an Esc: the rest of "[200~" means a paste follows, read up to "ESC [201~". Anything
    /// else is pushed back for the next read, so a lone Esc stays Esc.
    private func readBracketedPaste() -> String? {
        let start: [UInt32] = [0x5B, 0x32, 0x30, 0x30, 0x7E]  // [200~
        wtimeout(window, 0)
        defer { wtimeout(window, inputTimeout ?? 100) }
        var seen: [UInt32] = []
        for expected in start {
            var value: wint_t = 0
            guard rapport_read_key(&value) == OK else { break }
            seen.append(UInt32(value))
            if UInt32(value) != expected { break }
        }
        guard seen == start else {
            for value in seen.reversed() { unget_wch(wchar_t(bitPattern: value)) }
            return nil
        }
        // The paste itself arrives quickly; a pause this long means the end marker was lost.
        wtimeout(window, 200)
        let end: [UInt32] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]  // ESC [201~
        var scalars: [UInt32] = []
        let limit = 1 << 20
        while true {
            var value: wint_t = 0
            let status = rapport_read_key(&value)
            guard status == OK || status == KEY_CODE_YES else { break }
            // keypad mode may turn parts of the paste into key codes; only characters are text.
            if status == OK { scalars.append(UInt32(value)) }
            if scalars.count >= end.count, Array(scalars.suffix(end.count)) == end {
                scalars.removeLast(end.count)
                break
            }
            if scalars.count > limit { scalars.removeFirst(scalars.count - limit) }
        }
        var text = ""
        for value in scalars { if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) } }
        // CR is how terminals paste line breaks.
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Ctrl-Z: gives the terminal back to the shell, stops the process, and takes the terminal
    /// over again when the shell continues it (`fg`). The caller should redraw afterwards.
    public func suspend() {
        guard isActive else { return }
        setAddedModes(false)
        endwin()
        rapport_guard_suspend_self()
        // The shell has drawn over the screen meanwhile: curses must repaint from scratch,
        // not from what it believes is there.
        clearok(rapport_curscr(), true)
        invalidate()
        // doupdate after endwin puts back raw mode, keypad mode, the alternate screen and the
        // hidden cursor, and picks up a size change that happened while stopped.
        doupdate()
        setAddedModes(true)
    }

    /// An outside SIGTSTP (`kill -TSTP`, a shell's job control) only leaves a request: the
    /// suspension happens here, on the thread that owns ncurses, exactly as for Ctrl-Z, so
    /// every mode the dashboard turned on is turned off and back on after `fg`. Returns whether
    /// it suspended (the caller should redraw).
    public func suspendIfStopRequested() -> Bool {
        guard isActive, rapport_guard_take_stop_request() != 0 else { return false }
        suspend()
        return true
    }

    /// Hands the terminal to another program (an editor) and takes it back when it ends.
    /// Returns the program's exit status, or nil when it could not be run or was killed.
    public func runExternalProgram(_ arguments: [String]) -> Int32? {
        guard isActive, !arguments.isEmpty else { return nil }
        setAddedModes(false)
        endwin()
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { argv.forEach { free($0) } }
        let status = rapport_run_program(&argv)
        clearok(rapport_curscr(), true)
        invalidate()
        doupdate()
        setAddedModes(true)
        // Exited normally: the exit code; anything else (killed, not run): nil.
        guard status >= 0, status & 0x7F == 0 else { return nil }
        return (status >> 8) & 0xFF
    }

    /// Gives the terminal back exactly as it was found. Safe to call more than once.
    public func shutdown() {
        guard isActive else { return }
        setAddedModes(false)
        sizeAtShutdown = size
        isActive = false
        endwin()
        delscreen(screen)
        rapport_guard_release()
    }

    // MARK: - Drawing

    private func put(_ cell: Cell, x: Int, y: Int, clippedTo size: (width: Int, height: Int)) {
        guard !cell.isContinuation, x >= 0, y >= 0, x < size.width, y < size.height else { return }
        var cell = cell
        if cell.width > 1, x + 1 >= size.width {
            // ncurses would wrap a wide character that does not fit onto the next row.
            cell = Cell(text: " ", style: cell.style, width: 1)
        }
        let rendition = rendition(for: cell.style)
        let glyphs = glyphEncoder.glyphs(for: cell)
        if glyphs.contains(where: \.joinsPrevious) {
            // ncurses sends only the cells that differ from the screen, so a flag whose first
            // half is unchanged (🇺🇸 becoming 🇺🇦) would reach the terminal as a lone second
            // half. Redrawing the row sends both halves together.
            wredrawln(window, Int32(y), 1)
        }
        for glyph in glyphs where x + glyph.offset < size.width {
            glyph.text.withUnsafeBufferPointer { text in
                // ERR is expected in the bottom-right cell (the cursor cannot advance past it)
                // even though the cell is written; nothing else here can fail usefully.
                _ = rapport_put_cell(Int32(y), Int32(x + glyph.offset), text.baseAddress, rendition.attributes, rendition.pair)
            }
        }
    }

    private func rendition(for style: Style) -> (attributes: UInt32, pair: Int32) {
        if let known = renditions[style] { return known }
        var pair: Int32 = 0
        if let colors = colorMapping.colors(for: style) {
            pair = pairs.pair(for: colors) { number, colors in
                rapport_init_pair(number, colors.foreground, colors.background) == OK
            }
        }
        let rendition = (attributes: attributeBits.bits(for: style.attributes), pair: pair)
        renditions[style] = rendition
        return rendition
    }

    // MARK: - Set-up helpers

    private static func localeIsUTF8() -> Bool {
        guard let codeset = rapport_locale_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// Undoes a newterm whose terminal turned out unusable, before anything was drawn.
    private static func abandon(_ screen: OpaquePointer) {
        endwin()
        delscreen(screen)
        rapport_guard_restore_now()
    }

    private static func newtermFailure(terminalType: String) -> TerminalError {
        switch rapport_terminfo_status(terminalType) {
        case 1:
            // terminfo knows it, yet curses cannot drive it: a hardcopy or cursorless terminal.
            return .initialisationFailed(
                "terminal type '\(TextSafety.oneLine(terminalType))' (TERM) cannot run a full-screen program — try TERM=xterm-256color")
        case -1:
            return .initialisationFailed("no terminfo database was found — install your system's ncurses terminal definitions (or set TERMINFO_DIRS)")
        default:
            return .unknownTerminalType(terminalType)
        }
    }

    private static func restoreSequence() -> String {
        func capability(_ name: String) -> String? {
            rapport_terminfo_string(name).map { String(cString: $0) }
        }
        // Bracketed paste off too, or the shell would see ESC [200~ around every paste.
        return RestoreSequence.make(
            exitAlternateScreen: capability("rmcup"),
            showCursor: capability("cnorm"),
            resetAttributes: capability("sgr0"),
            leaveKeypadMode: capability("rmkx")) + RestoreSequence.leaveModes
    }

    /// ncurses numbers terminfo's extended keys (above KEY_MAX) only at run time; this asks
    /// which code each known name got on this terminal.
    private static func resolveExtendedKeys() -> [Int32: Key] {
        var table: [Int32: Key] = [:]
        for (name, key) in KeyDecoder.extendedKeyNames {
            guard let definition = rapport_terminfo_string(name) else { continue }
            let code = key_defined(definition)
            // A definition shared with a standard key (xterm's kUP is kri) keeps the standard
            // code, which the decoder already knows.
            if code > KEY_MAX, table[code] == nil { table[code] = key }
        }
        return table
    }
}
