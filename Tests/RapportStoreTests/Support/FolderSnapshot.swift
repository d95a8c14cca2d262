import Foundation

/// Every file in a folder with its bytes: "left as it was" means equal snapshots.
struct FolderSnapshot: Equatable, CustomStringConvertible {
    let files: [String: Data]

    init(_ folder: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var files: [String: Data] = [:]
        for name in names { files[name] = FileManager.default.contents(atPath: folder + "/" + name) ?? Data() }
        self.files = files
    }

    var description: String { files.keys.sorted().map { "\($0) (\(files[$0]?.count ?? 0) bytes)" }.joined(separator: ", ") }
}
