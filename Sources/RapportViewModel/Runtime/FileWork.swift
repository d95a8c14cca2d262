import RapportCore
import RapportStore

/// `:import` and `:export`'s work with files, which the event loop carries out (the view model
/// does no I/O); an event answers each.
public enum FileWork: Hashable, Sendable {
    /// Read the file and work out the import without writing; `.importPlanned` answers.
    case planImport(path: String, kind: ImportKind?)
    /// Write an export to `path` (temporary file, then renamed; 0600); `.exported` answers.
    case export(ExportChoice, path: String)
    /// The paths that start with `prefix` (folders with a trailing "/"), for Tab;
    /// `.pathsListed` answers.
    case listPaths(prefix: String)
}

/// Work with a file that failed: one line for the status bar, naming the file.
public struct FileWorkFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// An import shown before it is written (its scroll is `AppState.overlayScroll`, as help's).
public struct ImportReview: Hashable, Sendable {
    public let proposal: ImportProposal

    public init(_ proposal: ImportProposal) { self.proposal = proposal }
}
