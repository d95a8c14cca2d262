/// How the bytes of an imported file become text. UTF-8 is strict: a byte that is not valid
/// UTF-8 is an error, never a replacement character stored in someone's name.
public enum TextEncoding: String, CaseIterable, Hashable, Sendable {
    case utf8 = "utf-8"
    case latin1
    case windows1252 = "windows-1252"

    /// `utf-8`, `utf8`, `latin1`, `iso-8859-1`, `windows-1252`, `cp1252`, as `--encoding` takes them.
    public init?(argument: String) {
        switch argument.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "latin1", "latin-1", "iso-8859-1", "iso8859-1": self = .latin1
        case "windows-1252", "cp1252", "win1252": self = .windows1252
        default: return nil
        }
    }

    public var label: String {
        switch self {
        case .utf8: return "UTF-8"
        case .latin1: return "Latin-1"
        case .windows1252: return "Windows-1252"
        }
    }

    /// The text of `bytes`, or nil when they are not valid in this encoding (only UTF-8 can fail).
    public func decode(_ bytes: ArraySlice<UInt8>) -> String? {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        switch self {
        case .utf8:
            return String(validating: bytes, as: UTF8.self)
        case .latin1:
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        case .windows1252:
            return String(String.UnicodeScalarView(bytes.map(Self.windows1252Scalar)))
        }
    }

    /// Windows-1252 is Latin-1 with printable characters (€, curly quotes, Œ, Ÿ...) in place of
    /// most C1 controls; its five unassigned bytes stay C1, which the text policy then shows.
    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let value = windows1252High[Int(byte) - 0x80]
        return Unicode.Scalar(value) ?? Unicode.Scalar(byte)
    }

    static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
