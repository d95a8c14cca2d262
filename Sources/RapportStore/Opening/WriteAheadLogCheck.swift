import Foundation

/// Reads a store's write-ahead log the way SQLite's recovery does, to find committed
/// transactions that recovery would silently drop.
///
/// SQLite replays the log up to the first frame whose checksum fails and ignores the rest, so
/// a log damaged anywhere loses every transaction committed from the damage on, without a
/// word. A log torn by a crash is different and harmless: only an unfinished transaction is
/// cut off. Two signs tell damage from a tear:
/// - a commit frame of the same generation (same salts) after the broken frame, which a crash
///   cannot leave, since SQLite writes frames in order;
/// - the shared-memory index (`-shm`), which a crashed writer leaves behind, naming a last
///   committed frame beyond where the readable log ends.
///
/// Format: https://www.sqlite.org/fileformat2.html#walformat and sqlite's wal.c (WalIndexHdr).
enum WriteAheadLogCheck {
    /// What the check found.
    enum Finding: Equatable {
        /// No log, an intact one, or one torn only by a crash.
        case readable
        /// Transactions committed from `firstBadFrame` on would be lost.
        case damaged(lostCommits: Int, firstBadFrame: Int)
        /// The header fails its checksum: SQLite would ignore all `frames` frames.
        case damagedHeader(frames: Int)
    }

    static let headerSize = 32
    static let frameHeaderSize = 24

    /// Checks `storeFile`'s `-wal`, with its `-shm` when there is one.
    static func inspect(storeFile: String) -> Finding {
        // Mapped, not read: a log left by a crash in a long transaction can be large.
        guard let log = try? Data(contentsOf: URL(fileURLWithPath: storeFile + "-wal"), options: .alwaysMapped) else { return .readable }
        let index = FileManager.default.contents(atPath: storeFile + "-shm").map { $0.prefix(96) } ?? Data()
        return log.withUnsafeBytes { logBytes in index.withUnsafeBytes { inspect(log: logBytes, index: $0) } }
    }

    static func inspect(log bytes: UnsafeRawBufferPointer, index: UnsafeRawBufferPointer) -> Finding {
        guard bytes.count >= headerSize else { return .readable }
        let magic = word(bytes, 0, bigEndian: true)
        let pageSize = Int(word(bytes, 8, bigEndian: true))
        let validPageSize = pageSize >= 512 && pageSize <= 65536 && pageSize & (pageSize - 1) == 0
        let frameSize = frameHeaderSize + pageSize
        let fullFrames = validPageSize ? (bytes.count - headerSize) / frameSize : 0
        guard magic & 0xFFFF_FFFE == 0x377F_0682, validPageSize else {
            return bytes.count > headerSize ? .damagedHeader(frames: fullFrames) : .readable
        }
        let bigEndian = magic & 1 == 1
        var sum = checksum(bytes, range: 0..<24, seed: (0, 0), bigEndian: bigEndian)
        guard sum == (word(bytes, 24, bigEndian: true), word(bytes, 28, bigEndian: true)) else {
            return .damagedHeader(frames: fullFrames)
        }
        let salts = (word(bytes, 16, bigEndian: true), word(bytes, 20, bigEndian: true))
        func frameStart(_ frame: Int) -> Int { headerSize + (frame - 1) * frameSize }
        func isCommit(_ frame: Int) -> Bool {
            let start = frameStart(frame)
            return word(bytes, start + 8, bigEndian: true) == salts.0 && word(bytes, start + 12, bigEndian: true) == salts.1
                && word(bytes, start + 4, bigEndian: true) != 0
        }
        // Frames are numbered from 1, as SQLite does.
        var readableEnd = 0
        var brokenFrame: Int?
        for frame in stride(from: 1, through: fullFrames, by: 1) {
            let start = frameStart(frame)
            guard word(bytes, start + 8, bigEndian: true) == salts.0, word(bytes, start + 12, bigEndian: true) == salts.1 else { break }
            sum = checksum(bytes, range: start..<(start + 8), seed: sum, bigEndian: bigEndian)
            sum = checksum(bytes, range: (start + frameHeaderSize)..<(start + frameSize), seed: sum, bigEndian: bigEndian)
            guard sum == (word(bytes, start + 16, bigEndian: true), word(bytes, start + 20, bigEndian: true)) else {
                brokenFrame = frame
                break
            }
            readableEnd = frame
        }
        let lastReadableCommit = (0...readableEnd).last { $0 == 0 || isCommit($0) } ?? 0
        let commitsAfterBreak = brokenFrame.map { broken in ((broken + 1)..<(fullFrames + 1)).filter(isCommit).count } ?? 0
        let indexKnowsMore = (lastCommitted(index: index, salts: bytes[16..<24]) ?? 0) > lastReadableCommit
        let lost = max(commitsAfterBreak, indexKnowsMore ? 1 : 0)
        guard lost > 0 else { return .readable }
        return .damaged(lostCommits: lost, firstBadFrame: brokenFrame ?? lastReadableCommit + 1)
    }

    /// The last committed frame the shared-memory index records, when the index is of this
    /// log's generation: both copies of its header agree, it is initialised, and its salts are
    /// the log's. The index is in the machine's byte order.
    private static func lastCommitted(index: UnsafeRawBufferPointer, salts: Slice<UnsafeRawBufferPointer>) -> Int? {
        guard index.count >= 96, Array(index[0..<48]) == Array(index[48..<96]),
            index[12] == 1, Array(index[32..<40]) == Array(salts)
        else { return nil }
        return Int(index.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
    }

    /// SQLite's log checksum: two running 32-bit sums over pairs of words, in the byte order
    /// the magic number names.
    private static func checksum(_ bytes: UnsafeRawBufferPointer, range: Range<Int>, seed: (UInt32, UInt32), bigEndian: Bool) -> (UInt32, UInt32) {
        var (first, second) = seed
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            first = first &+ word(bytes, index, bigEndian: bigEndian) &+ second
            second = second &+ word(bytes, index + 4, bigEndian: bigEndian) &+ first
            index += 8
        }
        return (first, second)
    }

    private static func word(_ bytes: UnsafeRawBufferPointer, _ offset: Int, bigEndian: Bool) -> UInt32 {
        let value = UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
        return bigEndian ? value : value.byteSwapped
    }
}
