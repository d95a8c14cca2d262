import Foundation
import XCTest

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real `rapport` in a pseudo-terminal of its own, as a terminal emulator would run it:
/// every byte the program writes is recorded, keys are typed as the bytes a terminal sends,
/// and the window can be resized.
final class PseudoTerminal {
    /// How the program is started.
    enum Launch {
        /// As the leader of a session whose controlling terminal is this one: the program is
        /// the test's own child, so its exit status and the moment it ends are exact.
        case sessionLeader
        /// Under a job-control shell (`bash` with `set -m`), as a user runs it. Only then can
        /// SIGTSTP stop it: the kernel discards a stopping signal sent to an orphaned process
        /// group, which a session leader's group is. The shell's `fg` continues it.
        case underJobControlShell
    }

    /// Every byte written to the terminal so far: the program's, and the shell's markers.
    private(set) var output: [UInt8] = []
    /// The terminal's modes before the program started: what "restored" means.
    let initialModes: termios
    private let master: Int32
    /// Held open so the terminal (and its modes) outlives the program, as an emulator's does.
    private let slave: Int32
    private let launch: Launch
    /// The process the test started: the program itself, or the shell.
    private let childPID: pid_t
    private var childStatus: Int32?
    private var knownProgramPID: pid_t?

    /// The shell's job: the program, then `fg` for as long as it stops, then a marker with its
    /// exit status (128 + the signal it died of). The shell then waits for a line, so the
    /// terminal stays open. Only used for stopping and continuing: a job killed by SIGINT
    /// makes bash leave as if interrupted itself, without its marker, trap or no trap.
    private static let jobControlScript = """
        set -m
        "$@"
        status=$?
        while jobs %1 >/dev/null 2>&1; do
            printf '\\n[rapport-stopped %d]\\n' "$status"
            read -r _
            fg %1 >/dev/null
            status=$?
        done
        printf '\\n[rapport-exit %d]\\n' "$status"
        read -r _
        """

    /// Starts `executable` with `arguments` in a `width`×`height` terminal. The environment is
    /// a small fixed one (a UTF-8 locale, an xterm) plus `environment`, so a developer's own
    /// settings (a theme, NO_COLOR, a store) never change what a test sees.
    init(arguments: [String], executable: String = RapportBinary.path, width: Int = 100, height: Int = 30,
         environment: [String: String] = [:], launch: Launch = .sessionLeader) throws {
        self.launch = launch
        var window = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        var masterDescriptor: Int32 = -1
        var slaveDescriptor: Int32 = -1
        var nameBuffer = [CChar](repeating: 0, count: 4096)
        guard openpty(&masterDescriptor, &slaveDescriptor, &nameBuffer, nil, &window) == 0 else {
            throw PseudoTerminalError("openpty", errno)
        }
        master = masterDescriptor
        slave = slaveDescriptor
        // Neither end may leak into the program: it opens the terminal by name, which is what
        // makes it its controlling terminal.
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        let slavePath = String(decoding: nameBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var modes = termios()
        tcgetattr(master, &modes)
        initialModes = modes

        var fixedEnvironment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": ProcessInfo.processInfo.environment["HOME"] ?? "/",
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
        ]
        fixedEnvironment.merge(hermeticSettings) { $1 }
        fixedEnvironment.merge(environment) { $1 }
        let command: [String]
        switch launch {
        case .sessionLeader: command = [executable] + arguments
        case .underJobControlShell: command = ["/bin/bash", "-c", Self.jobControlScript, "rapport-job", executable] + arguments
        }
        do {
            childPID = try Self.spawnSessionLeader(command, terminal: slavePath, environment: fixedEnvironment)
        } catch {
            close(master)
            close(slave)
            throw error
        }
        if launch == .sessionLeader { knownProgramPID = childPID }
    }

    /// posix_spawn in a new session whose controlling terminal is the pseudo-terminal: a
    /// session leader without one acquires the first terminal it opens.
    private static func spawnSessionLeader(_ command: [String], terminal: String, environment: [String: String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, terminal, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The test runner may ignore or block signals; the program must start with every
        // signal at its default, as it would from a shell.
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        // POSIX_SPAWN_SETSID (glibc 2.26) is hidden behind _GNU_SOURCE in Swift's Glibc module.
        let startNewSession: Int32 = 0x80
        posix_spawnattr_setflags(&attributes, Int16(startNewSession | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw PseudoTerminalError("posix_spawn \(command[0])", spawned) }
        return pid
    }

    deinit {
        if let knownProgramPID, knownProgramPID != childPID { kill(knownProgramPID, SIGKILL) }
        if childStatus == nil {
            kill(childPID, SIGKILL)
            var status: Int32 = 0
            while waitpid(childPID, &status, 0) == -1 && errno == EINTR {}
        }
        close(master)
        close(slave)
    }

    // MARK: - Input

    /// Writes bytes as typed at the terminal.
    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                // The terminal's input queue is full: read output meanwhile, so the program
                // (blocked writing) can get to reading its input.
                if errno == EAGAIN { pump(waitingAtMost: 0.01); continue }
                return
            }
            offset += written
        }
    }

    func send(_ key: TerminalKey) { send(key.bytes) }

    /// Sends `key` and waits for the frame it causes (see `awaitFrame`).
    func press(_ key: TerminalKey, timeout: TimeInterval = 2, quiet: TimeInterval = 0.02) {
        send(key)
        awaitFrame(timeout: timeout, quiet: quiet)
    }

    /// Waits for the program's next output (at most `timeout`), then until it has been quiet
    /// for `quiet` seconds: ncurses writes a frame in one go, and skips drawing while keys are
    /// waiting, so the next key must wait for the frame before it.
    func awaitFrame(timeout: TimeInterval = 2, quiet: TimeInterval = 0.02) {
        if pump(waitingAtMost: timeout) > 0 { settle(quiet: quiet, timeout: timeout) }
    }

    /// Types `text` as its UTF-8 bytes, escape sequences and all.
    func type(_ text: String) { send(Array(text.utf8)) }

    /// Changes the window's size: the kernel sends SIGWINCH to the program, as an emulator's
    /// resize does.
    func resize(width: Int, height: Int) {
        var window = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &window)
    }

    // MARK: - Output

    /// Reads what the program has written, waiting up to `seconds` for the first bytes.
    /// Returns the number of bytes read.
    @discardableResult
    func pump(waitingAtMost seconds: TimeInterval) -> Int {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        var total = 0
        var wait = Int32(max(0, seconds * 1000))
        while poll(&descriptor, 1, wait) > 0 {
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            // EIO: every process holding the terminal has closed it.
            guard count > 0 else { break }
            output.append(contentsOf: chunk[0..<count])
            total += count
            wait = 0
        }
        return total
    }

    /// Reads until the program has written nothing for `quiet` seconds (a frame is complete),
    /// or `timeout` passes.
    func settle(quiet: TimeInterval = 0.05, timeout: TimeInterval = 5) {
        let deadline = Date().addingTimeInterval(timeout)
        while pump(waitingAtMost: quiet) > 0 && Date() < deadline {}
    }

    /// Waits until the output from `offset` on contains `text`; returns whether it did.
    @discardableResult
    func waitFor(_ text: String, after offset: Int = 0, timeout: TimeInterval = 15) -> Bool {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if output.firstRange(of: needle, from: offset) != nil { return true }
            if Date() >= deadline { return false }
            pump(waitingAtMost: 0.05)
        }
    }

    /// The output from `offset` on as text (invalid UTF-8 shown as U+FFFD), for messages.
    func text(from offset: Int = 0) -> String {
        String(decoding: output[min(offset, output.count)...], as: UTF8.self)
    }

    // MARK: - The program's life

    /// The program's pid: the test's child, or the shell's.
    func programPID(timeout: TimeInterval = 10) throws -> pid_t {
        if let knownProgramPID { return knownProgramPID }
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let children = (try? String(contentsOfFile: "/proc/\(childPID)/task/\(childPID)/children", encoding: .utf8)) ?? ""
            if let pid = children.split(separator: " ").first.flatMap({ pid_t($0) }) {
                knownProgramPID = pid
                return pid
            }
            pump(waitingAtMost: 0.02)
        }
        throw PseudoTerminalError("the shell started no program", 0)
    }

    func signal(_ signalNumber: Int32) throws {
        let pid = try programPID()
        guard kill(pid, signalNumber) == 0 else { throw PseudoTerminalError("kill \(pid)", errno) }
    }

    /// Waits for the program to end, reading its output meanwhile; returns its exit status
    /// (128 + the signal it died of, as a shell says), or nil if it had not ended within `timeout`.
    func waitForExit(timeout: TimeInterval = 15) -> Int32? {
        switch launch {
        case .underJobControlShell:
            guard let marker = waitForMarker("[rapport-exit ", timeout: timeout) else { return nil }
            knownProgramPID = nil
            return marker.status
        case .sessionLeader:
            let deadline = Date().addingTimeInterval(timeout)
            while childStatus == nil {
                var status: Int32 = 0
                if waitpid(childPID, &status, WNOHANG) == childPID {
                    childStatus = status
                    knownProgramPID = nil
                    break
                }
                if Date() >= deadline { return nil }
                pump(waitingAtMost: 0.01)
            }
            // What it wrote just before it ended.
            pump(waitingAtMost: 0)
            guard let status = childStatus else { return nil }
            return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        }
    }

    /// Waits for the program to be stopped (Ctrl-Z, SIGTSTP); returns the offset of the
    /// shell's report in `output`, or nil. Only under a job-control shell.
    func waitForStop(timeout: TimeInterval = 15) -> Int? {
        waitForMarker("[rapport-stopped ", timeout: timeout)?.offset
    }

    /// The shell continues the stopped program in the foreground, as `fg` at a prompt does.
    func continueInForeground() { send(Array("\n".utf8)) }

    private var markersSeen: [String: Int] = [:]

    /// Waits for the next of the shell's markers named `prefix` after the ones already seen.
    private func waitForMarker(_ prefix: String, timeout: TimeInterval) -> (offset: Int, status: Int32)? {
        let needle = Array(prefix.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        let start = markersSeen[prefix] ?? 0
        while true {
            if let range = output.firstRange(of: needle, from: start),
                let close = output[range.upperBound...].firstIndex(of: UInt8(ascii: "]"))
            {
                markersSeen[prefix] = close
                let status = Int32(String(decoding: output[range.upperBound..<close], as: UTF8.self)) ?? -1
                return (range.lowerBound, status)
            }
            if Date() >= deadline { return nil }
            pump(waitingAtMost: 0.02)
        }
    }

    /// The terminal's current modes (the program's, while it runs).
    var modes: termios {
        var modes = termios()
        tcgetattr(master, &modes)
        return modes
    }
}

struct PseudoTerminalError: Error, CustomStringConvertible {
    let description: String
    init(_ what: String, _ code: Int32) { description = "\(what): \(String(cString: strerror(code)))" }
}

extension Array where Element == UInt8 {
    /// The first range at or after `from` that holds `needle`.
    func firstRange(of needle: [UInt8], from start: Int = 0) -> Range<Int>? {
        guard !needle.isEmpty, count >= needle.count else { return nil }
        var index = Swift.max(0, start)
        while index + needle.count <= count {
            if self[index] == needle[0], self[index..<index + needle.count].elementsEqual(needle) { return index..<index + needle.count }
            index += 1
        }
        return nil
    }

    /// The start of the last occurrence of `needle` before `end`, or nil.
    func lastOffset(of needle: [UInt8], before end: Int? = nil) -> Int? {
        let limit = Swift.min(end ?? count, count)
        guard !needle.isEmpty, limit >= needle.count else { return nil }
        var index = limit - needle.count
        while index >= 0 {
            if self[index] == needle[0], self[index..<index + needle.count].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }
}

extension PseudoTerminal {
    static let today = "2026-11-18"

    /// A demo book of `accounts` accounts in `scratch`, written by `rapport demo`.
    static func demoStore(in scratch: Scratch, accounts: Int = 5) throws -> String {
        let store = scratch.file("book.sqlite")
        let result = try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "\(accounts)", "--today", today])
        guard result.status == 0 else { throw PseudoTerminalError("rapport demo: \(result.standardError)", 0) }
        return store
    }

    /// The dashboard on `store`, once its first frame (the accounts list) is drawn.
    static func dashboard(
        store: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:], launch: Launch = .sessionLeader
    ) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(
            arguments: ["--store", store, "--today", today], width: width, height: height, environment: environment, launch: launch)
        guard terminal.waitFor("Accounts (") else {
            throw PseudoTerminalError("the dashboard drew no accounts list:\n\(terminal.text())", 0)
        }
        terminal.settle()
        return terminal
    }
}
