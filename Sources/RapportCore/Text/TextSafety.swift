/// The one policy for untrusted text: which characters are unsafe to store or to hand to a
/// terminal, and what each becomes.
///
/// Control characters move ncurses' cursor (CR, LF, BS, TAB) or start escape sequences (ESC,
/// the one-byte C1 CSI 0x9B), bidi controls make text read in another order than it is stored,
/// and zero-width characters make two equal-looking strings differ. The screen, form input and
/// everything printed to stdout or stderr go through this one table, so they never disagree.
public enum TextSafety {
    /// Why a character is unsafe.
    public enum Hazard: Hashable, Sendable {
        /// NUL: C strings (and ncurses) stop at it.
        case nul
        /// Line breaks and tabs, which read as a gap between words.
        case lineBreak
        /// Other C0 controls (ESC among them) and DEL.
        case control
        /// C1 controls, U+0080–U+009F (0x9B is a one-byte CSI).
        case c1Control
        /// Embeddings, overrides, isolates and marks that reorder text.
        case bidi
        /// Characters that draw as nothing: zero-width spaces and joiners, word joiners, the BOM.
        case invisible
    }

    /// Shown in place of an unsafe character: U+FFFD would suggest bad encoding, so a symbol
    /// that reads as "something was here".
    public static let placeholder: Character = "\u{2426}"  // ␦

    /// The hazard of one scalar, or nil when it is safe.
    public static func hazard(of scalar: Unicode.Scalar) -> Hazard? {
        switch scalar.value {
        case 0x00: return .nul
        case 0x09...0x0D, 0x85, 0x2028, 0x2029: return .lineBreak
        case 0x01...0x1F, 0x7F: return .control
        case 0x80...0x9F: return .c1Control
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return .bidi
        // Zero-width space, non-joiner and joiner; word joiner, invisible operators, the
        // deprecated format controls and the unassigned U+2065; the BOM; interlinear annotations.
        case 0x200B...0x200D, 0x2060...0x2065, 0x206A...0x206F, 0xFEFF, 0xFFF9...0xFFFB: return .invisible
        default: return nil
        }
    }

    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool { hazard(of: scalar) != nil }

    /// True when nothing in `text` needs handling: the fast path for nearly every string.
    public static func isSafe(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return true }
        return !text.unicodeScalars.contains(where: isUnsafe)
    }

    /// A zero-width joiner between two emoji (👩‍💻, 🏳️‍🌈) is part of the picture, not a hidden mark.
    static func isJoinerBetweenEmoji(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Bool {
        guard scalar.value == 0x200D, let previous, let next else { return false }
        // The emoji before may end in a presentation selector (🏳️‍🌈 is flag, FE0F, ZWJ, rainbow).
        return (isEmoji(previous) || previous.value == 0xFE0F) && isEmoji(next)
    }

    /// Digits, '#' and '*' have the emoji property (as keycap bases) but never join.
    static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII && scalar.properties.isEmoji
    }
}
