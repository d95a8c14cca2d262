import Foundation
import XCTest

/// The `sqlite3` command-line shell as a second program on the same store: another process,
/// with its own connection and locks, as a script or an import would be.
enum SQLiteShell {
    /// Where `sqlite3` is, or nil when it is not installed.
    static var executable: String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return (directories.map { "\($0)/sqlite3" } + ["/usr/bin/sqlite3"]).first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func requireInstalled() throws -> String {
        guard let executable else { throw XCTSkip("sqlite3 is not installed, so no second process can write the store") }
        return executable
    }

    /// Runs `sql` in a separate `sqlite3` process and returns what it printed; throws when it fails.
    @discardableResult
    static func run(_ path: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try requireInstalled())
        process.arguments = ["-bail", path]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data((sql + "\n").utf8))
        try input.fileHandleForWriting.close()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ShellFailure(description: "sqlite3 exited with \(process.terminationStatus): \(String(decoding: complaint, as: UTF8.self))")
        }
        return String(decoding: printed, as: UTF8.self)
    }

    struct ShellFailure: Error, CustomStringConvertible {
        let description: String
    }
}

/// A `sqlite3` process kept open, fed one line at a time: it can take the write lock and hold it
/// while the test does something else.
final class SQLiteSession {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()

    init(path: String) throws {
        process.executableURL = URL(fileURLWithPath: try SQLiteShell.requireInstalled())
        process.arguments = ["-bail", path]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    func send(_ line: String) {
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
    }

    /// Sends `sql`, then waits until the shell prints that it got there, so whatever `sql` did
    /// (take a lock, say) has happened. `.print` output reaches the pipe at once.
    func sendAndWait(_ sql: String, marker: String = "done") -> String {
        send(sql)
        send(".print \(marker)")
        var seen = ""
        while !seen.contains(marker) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        return seen
    }

    /// Ends the shell (closing its input ends it) and returns its exit status.
    func finish() throws -> Int32 {
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { process.terminate() }
    }
}
