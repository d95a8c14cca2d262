import Foundation

/// The files and folders whose path starts with what was typed, for Tab after `:import`: read
/// here, on the floor that touches files, so the view model only receives the names.
public enum PathCompletion {
    /// Candidates listed at most: a folder of thousands of files is not read whole into a line.
    static let limit = 200

    /// Paths starting with `prefix`, spelled as it is (relative, absolute or from `~/`), folders
    /// with a trailing "/", hidden files only when the prefix names a dot; sorted.
    public static func candidates(for prefix: String, fileManager: FileManager = .default) -> [String] {
        let slash = prefix.lastIndex(of: "/")
        let folderPart = slash.map { String(prefix[...$0]) } ?? ""
        let namePart = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
        let folder = expandingTilde(folderPart.isEmpty ? "." : folderPart)
        guard let names = try? fileManager.contentsOfDirectory(atPath: folder) else { return [] }
        let matches = names.filter { $0.hasPrefix(namePart) && (namePart.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().prefix(limit)
        return matches.map { name in
            var isFolder: ObjCBool = false
            let full = (folder as NSString).appendingPathComponent(name)
            _ = fileManager.fileExists(atPath: full, isDirectory: &isFolder)
            return folderPart + name + (isFolder.boolValue ? "/" : "")
        }
    }

    /// `~/x` as the home folder's `x`; anything else as it is.
    public static func expandingTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return (path as NSString).expandingTildeInPath
    }
}
