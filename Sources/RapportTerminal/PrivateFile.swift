import Foundation

/// A file the dashboard writes for the user (`:dump`, `:report`): whole or not at all — a
/// temporary file beside the target, 0600 like every file Rapport writes, renamed over it.
enum PrivateFile {
    /// Nil when written, else a one-line reason.
    static func write(_ text: String, to path: String) -> String? {
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".\((path as NSString).lastPathComponent).\(getpid()).tmp"
        let descriptor = open(temporary, O_CREAT | O_EXCL | O_NOFOLLOW | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return "Could not write \(path): \(String(cString: strerror(errno)).lowercased())" }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(text.utf8))
            try handle.synchronize()
            try handle.close()
        } catch {
            unlink(temporary)
            return "Could not write \(path): \(error.localizedDescription)"
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno)).lowercased()
            unlink(temporary)
            return "Could not write \(path): \(reason)"
        }
        return nil
    }
}
