import Foundation

/// Reads a series file one line at a time, so that a file is never held whole: a series has
/// one short line per period, and a line longer than `maximumLineBytes` is refused as soon as
/// that much of it has been read (a 50 MB line once took 15 s and 1 GB to reject).
///
/// Lines end at LF, CR LF or a lone CR, as spreadsheets write them. Each line must be UTF-8.
struct SeriesLineReader {
    /// 1 MB: a thousand times the longest line a real series file has.
    static let maximumLineBytes = 1 << 20
    /// How the limit reads in messages.
    static let maximumLineDescription = "1 MB"

    let file: String
    /// The line last returned by `next()`, counting from 1.
    private(set) var lineNumber = 0

    private let chunkSize: Int
    /// Hands out up to the given number of bytes; empty at the end of the input.
    private let read: (Int) throws -> Data
    /// Bytes read but not yet returned start at `start`; `scanned` is where the search for a
    /// line break resumes, so a long line is searched once, not once per chunk.
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0
    private var atEnd = false

    init(file: String, chunkSize: Int = 64 * 1024, read: @escaping (Int) throws -> Data) {
        self.file = file
        self.chunkSize = max(1, chunkSize)
        self.read = read
    }

    /// Reads `data`, for a caller that already holds the whole text.
    init(file: String, data: Data) {
        var offset = 0
        self.init(file: file) { count in
            let end = min(data.count, offset + count)
            defer { offset = end }
            return data.subdata(in: offset..<end)
        }
    }

    /// Reads `handle` (a file, or standard input) to its end.
    init(file: String, handle: FileHandle) {
        self.init(file: file) { count in try handle.read(upToCount: count) ?? Data() }
    }

    /// The next line without its line break, or nil at the end of the input.
    mutating func next() throws -> String? {
        while true {
            if let end = buffer[scanned...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) {
                // A CR that ends what has been read may be the first half of a CR LF.
                if buffer[end] == 0x0D, end + 1 == buffer.count, !atEnd {
                    scanned = end
                    try fill()
                    continue
                }
                var following = end + 1
                if buffer[end] == 0x0D, following < buffer.count, buffer[following] == 0x0A { following += 1 }
                let line = try decode(buffer[start..<end])
                start = following
                scanned = following
                return line
            }
            scanned = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = try decode(buffer[start...])
                start = buffer.count
                return line
            }
            try fill()
        }
    }

    private mutating func decode(_ bytes: ArraySlice<UInt8>) throws -> String {
        lineNumber += 1
        guard bytes.count <= Self.maximumLineBytes else { throw tooLong() }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw SeriesCSVError(file: file, line: lineNumber, message: "the line is not UTF-8 text")
        }
        return text
    }

    /// Appends the next chunk, first dropping what has been returned; refuses to grow a line
    /// past the limit.
    private mutating func fill() throws {
        if buffer.count - start > Self.maximumLineBytes {
            lineNumber += 1
            throw tooLong()
        }
        if start > 0 {
            buffer.removeSubrange(..<start)
            scanned -= start
            start = 0
        }
        let chunk = try read(chunkSize)
        if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
    }

    private func tooLong() -> SeriesCSVError {
        SeriesCSVError(
            file: file, line: lineNumber,
            message: "the line is longer than \(Self.maximumLineDescription); a series file has one short line per period")
    }
}
