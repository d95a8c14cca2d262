/// Where an exporter writes: text gathered into chunks and handed to `deliver` (a file, stdout,
/// a test's string), so an export of any size holds one chunk, not the whole file.
///
/// Chunks end between characters, never inside one, so a receiver may treat each as text.
public final class ExportStream {
    private var pending = ""
    private var pendingBytes = 0
    private let chunkBytes: Int
    private let deliver: (String) throws -> Void

    public init(chunkBytes: Int = 1 << 16, deliver: @escaping (String) throws -> Void) {
        self.chunkBytes = chunkBytes
        self.deliver = deliver
    }

    public func write(_ text: String) throws {
        pending += text
        pendingBytes += text.utf8.count
        if pendingBytes >= chunkBytes { try flush() }
    }

    /// Hands over what is still pending; call once the export is complete.
    public func flush() throws {
        guard !pending.isEmpty else { return }
        let chunk = pending
        pending = ""
        pendingBytes = 0
        try deliver(chunk)
    }
}
