import Foundation

/// Writes a file whole or not at all, privately: into a temporary file beside the target,
/// created 0600 (client data is confidential, whatever the umask), flushed to disk and renamed
/// over it — so a cron job regenerating a calendar never leaves a reader half a file.
///
/// A link is followed (the file it points to gets the bytes; the link stays). A device or a
/// pipe (`/dev/stdout`, `/dev/null`, a shell's process substitution) is written to as it is:
/// renaming a file over it would replace the device itself.
public final class WholeFileWriter {
    /// Why a file could not be written, as one line naming it.
    public struct Failure: Error, CustomStringConvertible, Equatable {
        public let description: String
        init(_ path: String, _ reason: String) { description = "cannot write \(path): \(reason)" }
        init(_ path: String, errno code: Int32) { self.init(path, String(cString: strerror(code)).lowercased()) }
    }

    private let path: String
    /// The file renamed into place at the end; nil when the target is written in place.
    private let staged: (temporary: String, target: String)?
    private let handle: FileHandle
    private var finished = false

    public init(path: String) throws {
        self.path = path
        let resolved = (path as NSString).resolvingSymlinksInPath
        var status = stat()
        if lstat(resolved, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG {
            guard (status.st_mode & S_IFMT) != S_IFDIR else { throw Failure(path, "it is a folder") }
            let descriptor = open(resolved, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw Failure(path, errno: errno) }
            staged = nil
            handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            return
        }
        let directory = (resolved as NSString).deletingLastPathComponent
        let name = (resolved as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).\(getpid()).\(UUID().uuidString.prefix(8)).tmp"
        let descriptor = open(temporary, O_CREAT | O_EXCL | O_NOFOLLOW | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(path, errno: errno) }
        fchmod(descriptor, 0o600)
        staged = (temporary, resolved)
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    deinit { if !finished { abandon() } }

    public func write(_ text: String) throws { try write(Data(text.utf8)) }

    public func write(_ data: Data) throws {
        do { try handle.write(contentsOf: data) } catch { throw Failure(path, "\(error.localizedDescription)") }
    }

    /// Puts the finished file in place of the target.
    public func commit() throws {
        finished = true
        guard let staged else {
            try? handle.close()
            return
        }
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            unlink(staged.temporary)
            throw Failure(path, "\(error.localizedDescription)")
        }
        guard rename(staged.temporary, staged.target) == 0 else {
            let code = errno
            unlink(staged.temporary)
            throw Failure(path, errno: code)
        }
    }

    /// Removes the temporary file after a failure; the target is left as it was.
    public func abandon() {
        finished = true
        try? handle.close()
        if let staged { unlink(staged.temporary) }
    }
}
