import RapportStore

/// A file the dashboard writes for the user (`:dump`, `:report`), through the store floor's
/// `WholeFileWriter`: whole or not at all, 0600, and never renamed over a device or a link.
enum PrivateFile {
    /// Nil when written, else a one-line reason.
    static func write(_ text: String, to path: String) -> String? {
        do {
            let file = try WholeFileWriter(path: path)
            do {
                try file.write(text)
                try file.commit()
            } catch {
                file.abandon()
                throw error
            }
            return nil
        } catch let failure as WholeFileWriter.Failure {
            return "Could not write \(failure.description.dropFirst("cannot write ".count))"
        } catch {
            return "Could not write \(path): \(error)"
        }
    }
}
