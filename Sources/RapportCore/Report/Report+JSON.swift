import Foundation

extension Report {
    /// The report as JSON in the shape docs/report-format.md documents: the value itself, keys
    /// sorted so the same report is the same bytes. A figure that is not known is left out.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
