import Foundation
import RapportCore
import RapportStore
import XCTest

/// The built `rapport` binary, next to the test bundle in the build folder.
enum RapportBinary {
    static var path: String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").deletingLastPathComponent()
        for candidate in [bundle, bundle.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("rapport")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url.path }
        }
        return bundle.appendingPathComponent("rapport").path
    }
}

/// Result of running a command to completion.
struct CommandResult {
    let status: Int32
    let standardOutput: String
    let standardError: String
}

/// Runs a program with arguments, no terminal, and waits for it.
///
/// Uses posix_spawn and waitpid rather than Foundation's Process: a tmux client that starts a
/// server daemon leaves Process waiting for ever on Linux. Output goes through temporary files,
/// because the daemon would keep a pipe open.
/// Settings a developer's own shell may carry, cleared so no test reads a personal config,
/// theme or fiscal year (a test that wants one passes it). The config folder is an empty one
/// of the tests' own.
let hermeticSettings: [String: String] = [
    "XDG_CONFIG_HOME": FileManager.default.temporaryDirectory.path + "/rapport-tests-no-config",
    "RAPPORT_CONFIG": "", "RAPPORT_THEME": "", "RAPPORT_FISCAL_YEAR_START": "", "RAPPORT_STORE": "",
]

@discardableResult
func runCommand(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
    var merged = ProcessInfo.processInfo.environment
    for (key, value) in hermeticSettings.merging(environment, uniquingKeysWith: { $1 }) { merged[key] = value }
    let directory = FileManager.default.temporaryDirectory.path
    let outputPath = directory + "/rapport-out-\(UUID().uuidString)"
    let errorPath = directory + "/rapport-err-\(UUID().uuidString)"
    defer {
        unlink(outputPath)
        unlink(errorPath)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard spawned == 0 else {
        throw NSError(domain: "spawn", code: Int(spawned), userInfo: [NSLocalizedDescriptionKey: "cannot run \(executable): \(String(cString: strerror(spawned)))"])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    // Exit status, or 128 + signal as a shell reports it.
    let exitCode: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return CommandResult(
        status: exitCode,
        standardOutput: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
        standardError: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
}

/// A scratch folder for one test: stores, theme folders, marker files.
final class Scratch {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-e2e-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func read(_ name: String) -> String? { try? String(contentsOfFile: file(name), encoding: .utf8) }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// A tmux server of its own (so tests never touch the user's tmux) running one session.
final class TmuxSession {
    let socket = "rapport-test-\(UUID().uuidString.prefix(8))"
    let name = "main"

    /// Starts `command` through `sh -c` in a detached session of the given size.
    init(command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        var arguments = ["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)"]
        // Names like 東京精密 need a UTF-8 locale inside the pane, whatever the test runner has.
        let paneEnvironment = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"].merging(hermeticSettings) { $1 }.merging(environment) { $1 }
        for (key, value) in paneEnvironment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        arguments.append(command)
        let result = try tmux(arguments)
        guard result.status == 0 else {
            throw NSError(domain: "tmux", code: Int(result.status), userInfo: [NSLocalizedDescriptionKey: result.standardError])
        }
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> CommandResult {
        try runCommand(
            "/usr/bin/env", ["tmux", "-u", "-L", socket, "-f", "/dev/null"] + arguments,
            environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
    }

    /// Types text literally.
    /// Types `text` as it is. tmux reads an argument ending in ';' as the end of a command
    /// (so "BEGIN IMMEDIATE;" arrived without its ';'); that one is escaped.
    func type(_ text: String) throws {
        let literal = text.hasSuffix(";") ? String(text.dropLast()) + "\\;" : text
        let result = try tmux(["send-keys", "-t", name, "-l", "--", literal])
        guard result.status == 0 else { throw ScreenTimeout(waitedFor: "tmux to type \(text): \(result.standardError)", screen: []) }
    }

    /// Sends named keys: "Tab", "Escape", "Enter", "Down", "C-c".
    func press(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    func screen() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", name]).standardOutput.components(separatedBy: "\n")
    }

    func format(_ variable: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, variable]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until `condition` holds for the screen, and throws (with the screen) when it never
    /// does, so no test goes on from a wait that timed out.
    @discardableResult
    func waitForScreen(
        timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line, _ condition: ([String]) -> Bool
    ) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var lines = try screen()
        while !condition(lines) && Date() < deadline {
            usleep(50_000)
            lines = try screen()
        }
        guard condition(lines) else { throw ScreenTimeout(waitedFor: "the condition at \(file):\(line)", screen: lines) }
        return lines
    }

    /// Waits for `text` on the screen, and fails the test (by throwing, with the screen) when it
    /// never comes: a wait that timed out silently would let the test go on to pass on a wrong
    /// screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 15) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var lines = try screen()
        while !lines.contains(where: { $0.contains(text) }) && Date() < deadline {
            usleep(50_000)
            lines = try screen()
        }
        guard lines.contains(where: { $0.contains(text) }) else { throw ScreenTimeout(waitedFor: text, screen: lines) }
        return lines
    }

    /// Waits for a file that the session's command writes when it is done.
    func waitForFile(_ path: String, timeout: TimeInterval = 15) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !FileManager.default.fileExists(atPath: path) && Date() < deadline { usleep(50_000) }
        usleep(100_000)  // let the writer finish the file
        return FileManager.default.fileExists(atPath: path)
    }

    deinit { _ = try? tmux(["kill-server"]) }
}

/// Opens a store as the tests' day sees it.
func openStore(_ path: String) throws -> AppDatabase {
    try AppDatabase.open(path: path, basis: SummaryBasis(today: Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)))
}

func shellQuote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

extension XCTestCase {
    func requireTmux() throws {
        let found = try runCommand("/usr/bin/env", ["sh", "-c", "command -v tmux"])
        guard found.status == 0 else {
            if ProcessInfo.processInfo.environment["CI"] != nil {
                XCTFail("tmux is missing: .ci/run should have installed it")
            }
            throw XCTSkip("tmux is not installed")
        }
    }
}

/// What a wait for text on the screen throws when the text never came.
struct ScreenTimeout: Error, CustomStringConvertible {
    let waitedFor: String
    let screen: [String]
    var description: String { "never saw “\(waitedFor)” on the screen:\n" + screen.joined(separator: "\n") }
}
