/// Reads a file's bytes once, in chunks, and says whether they are UTF-8; if not, where the
/// first bad byte is and whether the file looks like Windows-1252 instead.
///
/// The rule for guessing: a file with no valid multi-byte UTF-8 sequence at all, whose high
/// bytes read as letters in Windows-1252 (é, ü, ß...), is Windows-1252 — that is what Excel on
/// Windows writes. A file that has valid UTF-8 sequences *and* bad bytes is a damaged UTF-8
/// file: guessing would turn its good accents into mojibake, so it is an error.
public struct EncodingSniffer: Sendable {
    public private(set) var validMultibyteSequences = 0
    /// Where the first byte that is not UTF-8 lies (line and byte within the line, from 1).
    public private(set) var firstInvalid: (line: Int, byte: Int)?
    /// The first high byte that is a letter in Windows-1252, with its line.
    public private(set) var firstLetter: (line: Int, text: String)?
    /// Where the first NUL lies: a file with one is binary, not text in any encoding.
    public private(set) var firstNUL: (line: Int, byte: Int)?
    private var highBytesThatAreNotLetters = 0
    private var line = 1
    private var byteInLine = 0
    /// Continuation bytes still expected, and the allowed range of the next one.
    private var pending = 0
    private var nextRange: ClosedRange<UInt8> = 0x80...0xBF
    private var sequenceStart: (line: Int, byte: Int) = (1, 1)

    public init() {}

    public mutating func feed<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            byteInLine += 1
            if byte == 0 && firstNUL == nil { firstNUL = (line, byteInLine) }
            noteWindows1252(byte)
            if pending > 0 {
                if nextRange.contains(byte) {
                    pending -= 1
                    nextRange = 0x80...0xBF
                    if pending == 0 { validMultibyteSequences += 1 }
                    continue
                }
                markInvalid(sequenceStart)
                pending = 0
            }
            if byte == UInt8(ascii: "\n") {
                line += 1
                byteInLine = 0
                continue
            }
            guard byte >= 0x80 else { continue }
            sequenceStart = (line, byteInLine)
            switch byte {
            case 0xC2...0xDF: expect(1, 0x80...0xBF)
            case 0xE0: expect(2, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: expect(2, 0x80...0xBF)
            case 0xED: expect(2, 0x80...0x9F)
            case 0xF0: expect(3, 0x90...0xBF)
            case 0xF1...0xF3: expect(3, 0x80...0xBF)
            case 0xF4: expect(3, 0x80...0x8F)
            default: markInvalid(sequenceStart)
            }
        }
    }

    /// Call after the last chunk: a sequence cut off by the end of the file is invalid too.
    public mutating func finish() {
        if pending > 0 { markInvalid(sequenceStart) }
        pending = 0
    }

    public var isUTF8: Bool { firstInvalid == nil }

    /// True when the file is better read as Windows-1252 (see the type's rule).
    public var looksLikeWindows1252: Bool {
        firstInvalid != nil && validMultibyteSequences == 0 && firstLetter != nil && highBytesThatAreNotLetters == 0
    }

    private mutating func expect(_ count: Int, _ range: ClosedRange<UInt8>) {
        pending = count
        nextRange = range
    }

    private mutating func markInvalid(_ position: (line: Int, byte: Int)) {
        if firstInvalid == nil { firstInvalid = position }
    }

    private mutating func noteWindows1252(_ byte: UInt8) {
        guard byte >= 0x80 else { return }
        let scalar = TextEncoding.windows1252Scalar(byte)
        // Letters, and the punctuation Windows-1252 adds (€, curly quotes, dashes, NBSP).
        if scalar.properties.isAlphabetic {
            if firstLetter == nil { firstLetter = (line, String(Character(scalar))) }
        } else if scalar.value < 0x80 || (0x80...0x9F).contains(scalar.value) {
            highBytesThatAreNotLetters += 1
        }
    }
}
