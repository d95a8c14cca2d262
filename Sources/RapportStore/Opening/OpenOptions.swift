import Foundation

/// How a store is opened.
public struct OpenOptions: Sendable {
    /// When the full-file integrity check runs.
    public enum IntegrityCheck: Sendable {
        /// Before anything else: commands that write at once (demo, import) and tests.
        case beforeOpening
        /// After the first frame, on the store worker; writes wait for its verdict. The
        /// dashboard's choice, since a large store takes seconds to read whole.
        case inBackground
    }

    public var integrityCheck: IntegrityCheck
    /// How long one attempt to write waits for another program's lock.
    public var busyTimeout: TimeInterval

    public init(integrityCheck: IntegrityCheck = .beforeOpening, busyTimeout: TimeInterval = 5) {
        self.integrityCheck = integrityCheck
        self.busyTimeout = busyTimeout
    }

    /// The dashboard: check in the background, and wait a second at a time for a lock so the
    /// worker can say that it is waiting.
    public static let dashboard = OpenOptions(integrityCheck: .inBackground, busyTimeout: 1)
}
