import Foundation
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
@discardableResult
func runCommand(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var merged = ProcessInfo.processInfo.environment
    for (key, value) in environment { merged[key] = value }
    process.environment = merged
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
        status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
        standardError: String(decoding: errorData, as: UTF8.self))
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
        let paneEnvironment = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"].merging(environment) { $1 }
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
    func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

    /// Sends named keys: "Tab", "Escape", "Enter", "Down", "C-c".
    func press(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    func screen() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", name]).standardOutput.components(separatedBy: "\n")
    }

    func format(_ variable: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, variable]).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the screen satisfies `condition`; returns the last screen either way.
    @discardableResult
    func waitForScreen(timeout: TimeInterval = 15, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var lines = try screen()
        while !condition(lines) && Date() < deadline {
            usleep(50_000)
            lines = try screen()
        }
        return lines
    }

    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 15) throws -> [String] {
        try waitForScreen(timeout: timeout) { $0.contains { $0.contains(text) } }
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
