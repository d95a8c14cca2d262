import Foundation

/// Where stores live, and how their files are made private before SQLite ever opens them.
public enum StoreLocation {
    /// `--store` wins, then `RAPPORT_STORE`, then `$XDG_DATA_HOME/rapport/rapport.sqlite`,
    /// then `~/.local/share/rapport/rapport.sqlite`.
    public static func resolve(explicit: String?, environment: [String: String], fileName: String = "rapport.sqlite") -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if fileName == "rapport.sqlite", let fromEnvironment = environment["RAPPORT_STORE"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return dataDirectory(environment: environment) + "/" + fileName
    }

    public static func dataDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/rapport" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/rapport"
    }

    /// The demo book's own store, never the user's.
    public static func demoStore(environment: [String: String]) -> String {
        dataDirectory(environment: environment) + "/demo.sqlite"
    }

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

    /// Creates an empty file with mode 0600 whatever the umask, so SQLite's -wal and -shm
    /// files (which copy the main file's mode) are private too.
    static func createPrivateFile(_ path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty { try createDirectory(directory) }
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { return }
            throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        fchmod(descriptor, 0o600)
        close(descriptor)
    }

    /// What is at `path`: nothing, an empty file, an SQLite file, or something else.
    enum Existing { case missing, empty, sqlite, other, notAFile }

    static func inspect(_ path: String) -> Existing {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .notAFile }
        if info.st_size == 0 { return .empty }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .other }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\0".utf8) ? .sqlite : .other
    }
}
