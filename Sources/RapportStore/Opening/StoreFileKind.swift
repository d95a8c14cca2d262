import Foundation

/// What is at a store's path, looked at before SQLite opens anything.
enum StoreFileKind: Equatable {
    case missing
    case empty
    case sqlite
    /// A readable file that does not start with SQLite's header.
    case other
    /// A folder, a device, a socket…
    case notAFile
    /// There, but this user may not read it (the `strerror` text).
    case unreadable(String)
    /// Readable, but this user may not write it or its folder (the `strerror` text).
    case unwritable(String)

    /// Looks at `path` (already resolved by `StoreFileKind.resolvingLinks`).
    static func inspect(_ path: String) -> StoreFileKind {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return errno == ENOENT ? .missing : .unreadable(String(cString: strerror(errno)))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .notAFile }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .unreadable(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        // SQLite would open a file it cannot write read-only without a word, and fail later
        // at the first write; it also needs the folder for the -wal and -shm.
        let folder = (path as NSString).deletingLastPathComponent
        if access(path, W_OK) != 0 || access(folder.isEmpty ? "." : folder, W_OK) != 0 {
            return .unwritable(String(cString: strerror(errno)))
        }
        if info.st_size == 0 { return .empty }
        var header = [UInt8](repeating: 0, count: 16)
        let count = read(descriptor, &header, header.count)
        return count == 16 && header == Array("SQLite format 3\0".utf8) ? .sqlite : .other
    }

    /// `path` with every symbolic link along its last component followed, even one that
    /// points at nothing yet: a store created through a dangling link is created at its
    /// target, privately, and its -wal and -shm (which SQLite puts beside the target) are
    /// found there. Gives up after 40 links, as the kernel does.
    static func resolvingLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &target, target.count - 1)
            guard length > 0 else { return current }
            let destination = String(decoding: target[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/")
                ? destination : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
        }
        throw StoreError.cannotCreate(path: path, reason: "too many levels of symbolic links")
    }
}
