import Foundation

/// Makes a new store's folders and file private (0700 and 0600) before SQLite ever opens it,
/// whatever the umask: SQLite gives its -wal and -shm files the main file's mode.
enum PrivateFiles {
    /// Creates missing folders with mode 0700 (existing ones are left as they are).
    static func createDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw StoreError.cannotCreate(path: path, reason: "a file is in the way of the folder") }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != path { try createDirectory(parent) }
        if mkdir(path, 0o700) != 0 && errno != EEXIST {
            throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        // mkdir's mode is filtered by the umask; set it exactly.
        chmod(path, 0o700)
    }

    /// Creates the empty file `path` with mode 0600. It must not exist: `O_EXCL` with
    /// `O_NOFOLLOW` never writes through a link that appeared in the meantime, and never
    /// adopts a file someone else made with wider permissions.
    static func createFile(_ path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty { try createDirectory(directory) }
        let descriptor = open(path, O_CREAT | O_EXCL | O_NOFOLLOW | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        fchmod(descriptor, 0o600)
        close(descriptor)
    }
}
