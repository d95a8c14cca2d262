import Foundation
import RapportCore
import RapportStore

/// Where `rapport export` writes: a file given with `--output` (whole or not at all, privately:
/// `WholeFileWriter`), or stdout.
final class ExportDestination {
    private let file: WholeFileWriter?
    private let toTerminal: Bool

    /// Opens `path`, or stdout when `path` is nil or "-".
    init(path: String?) throws {
        guard let path, path != "-" else {
            file = nil
            toTerminal = isatty(STDOUT_FILENO) == 1
            return
        }
        do {
            file = try WholeFileWriter(path: path)
        } catch let failure as WholeFileWriter.Failure {
            throw CommandFailure(failure.description)
        }
        toTerminal = false
    }

    /// A stream for the exporters. On a terminal each chunk is shown through the text policy
    /// (what an export holds came from clients and files); anywhere else the bytes go as they are.
    var stream: ExportStream {
        ExportStream { [file, toTerminal] chunk in
            if let file {
                try file.write(chunk)
            } else {
                try emit(chunk, stdoutIsTerminal: toTerminal)
            }
        }
    }

    /// Puts the finished file in place of the target (nothing to do for stdout).
    func commit() throws {
        do {
            try file?.commit()
        } catch let failure as WholeFileWriter.Failure {
            throw CommandFailure(failure.description)
        }
    }

    /// Removes the temporary file after a failure; the target is left as it was.
    func abandon() { file?.abandon() }
}
