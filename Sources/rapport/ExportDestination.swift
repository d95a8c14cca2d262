import Foundation
import RapportCore
import RapportStore

/// Where `rapport export` writes: a file given with `--output`, or stdout.
///
/// A file is written whole or not at all: into a temporary file beside it, created 0600 (client
/// data is confidential, whatever the umask), flushed to disk and renamed over the target, so a
/// cron job that regenerates a calendar never leaves a half-written one for a reader.
final class ExportDestination {
    private let target: String?
    private let temporaryPath: String?
    private let handle: FileHandle
    private let toTerminal: Bool

    /// Opens `path` (through its temporary file when it is a regular file or does not exist yet),
    /// or stdout when `path` is nil or "-".
    init(path: String?) throws {
        guard let path, path != "-" else {
            target = nil
            temporaryPath = nil
            handle = FileHandle.standardOutput
            toTerminal = isatty(STDOUT_FILENO) == 1
            return
        }
        // A link is followed, so the file it points to gets the export and the link stays.
        let resolved = (path as NSString).resolvingSymlinksInPath
        var status = stat()
        if lstat(resolved, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG {
            // A device or a pipe (/dev/stdout, /dev/null, a process substitution) is written to
            // as it is: renaming a file over it would replace the device itself.
            guard (status.st_mode & S_IFMT) != S_IFDIR else { throw CommandFailure("cannot write \(path): it is a folder") }
            let descriptor = open(resolved, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw CommandFailure("cannot write \(path): \(String(cString: strerror(errno)).lowercased())")
            }
            target = nil
            temporaryPath = nil
            handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            toTerminal = false
            return
        }
        let directory = (resolved as NSString).deletingLastPathComponent
        let name = (resolved as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).\(getpid()).\(UUID().uuidString.prefix(8)).tmp"
        let descriptor = open(temporary, O_CREAT | O_EXCL | O_NOFOLLOW | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw CommandFailure("cannot write \(path): \(String(cString: strerror(errno)).lowercased())")
        }
        fchmod(descriptor, 0o600)
        target = resolved
        temporaryPath = temporary
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        toTerminal = false
    }

    /// A stream for the exporters. On a terminal each chunk is shown through the text policy
    /// (what an export holds came from clients and files); anywhere else the bytes go as they are.
    var stream: ExportStream {
        ExportStream { [handle, toTerminal] chunk in
            if toTerminal {
                say(chunk.replacingOccurrences(of: "\r\n", with: "\n"), terminator: "")
            } else {
                try handle.write(contentsOf: Data(chunk.utf8))
            }
        }
    }

    /// Puts the finished file in place of the target (for stdout, a device or a pipe, the bytes
    /// are already there).
    func commit() throws {
        guard let target, let temporaryPath else {
            try? handle.synchronize()
            return
        }
        try handle.synchronize()
        try handle.close()
        guard rename(temporaryPath, target) == 0 else {
            let reason = String(cString: strerror(errno)).lowercased()
            unlink(temporaryPath)
            throw CommandFailure("cannot write \(target): \(reason)")
        }
    }

    /// Removes the temporary file after a failure; the target is left as it was.
    func abandon() {
        guard let temporaryPath else { return }
        try? handle.close()
        unlink(temporaryPath)
    }
}
