extension Color {
    /// The colour spellings a theme file accepts, for error messages that tell the user what to write.
    public static let themeSpecForms = "\"#rrggbb\", \"ansi:0..15\", \"index:0..255\" or \"default\""

    /// Parses a colour as theme files write it: `"#rrggbb"`, `"ansi:0..15"`, `"index:0..255"` or
    /// `"default"` (the terminal's own colour). Nil for anything else, so the caller can say
    /// which key held the bad value.
    public init?(themeSpec spec: String) {
        if spec == "default" {
            self = .default
        } else if spec.hasPrefix("#") {
            let hex = spec.dropFirst()
            guard hex.count == 6, hex.allSatisfy({ $0.isASCII && $0.isHexDigit }), let value = UInt32(hex, radix: 16)
            else { return nil }
            self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        } else if spec.hasPrefix("ansi:") {
            guard let number = Self.decimal(spec.dropFirst(5)), number <= 15 else { return nil }
            self = .ansi(number)
        } else if spec.hasPrefix("index:") {
            guard let number = Self.decimal(spec.dropFirst(6)) else { return nil }
            self = .indexed(number)
        } else {
            return nil
        }
    }

    /// Plain decimal digits only: `UInt8("+7")` would accept a sign that no theme should need.
    private static func decimal(_ text: Substring) -> UInt8? {
        guard !text.isEmpty, text.count <= 3, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return UInt8(text)
    }
}
