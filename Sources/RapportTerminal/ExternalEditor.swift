import Foundation
import RapportViewModel

/// Opens text in the user's editor ($VISUAL, else $EDITOR, else vi) through a private
/// temporary file, and reads back what was saved.
struct ExternalEditor {
    let environment: [String: String]

    var command: String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return "vi"
    }

    /// The text after editing, or nil when the editor could not run or failed.
    func edit(_ request: EditorRequest, using backend: NcursesBackend) -> String? {
        // Client notes are confidential: a folder only this user can enter, a file only they can read.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-\(getpid())-\(UUID().uuidString.prefix(8))")
        guard mkdir(folder.path, 0o700) == 0 else { return nil }
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("notes.md")
        // A text file ends in a line break, so an editor (or `echo >>`) that appends a line
        // starts it on a line of its own; the view model drops trailing breaks when saving.
        let contents = request.text.isEmpty ? "" : request.text + "\n"
        guard FileManager.default.createFile(atPath: file.path, contents: Data(contents.utf8), attributes: [.posixPermissions: 0o600])
        else { return nil }
        // Through the shell, so EDITOR may carry arguments ("code --wait", "nvim -u NONE").
        let status = backend.runExternalProgram(["/bin/sh", "-c", "\(command) \"$1\"", "sh", file.path])
        guard status == 0, let data = FileManager.default.contents(atPath: file.path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
