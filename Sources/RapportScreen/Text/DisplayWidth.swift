/// How many terminal columns text takes: 2 for East Asian wide characters and emoji,
/// 0 for marks that combine with what precedes them, 1 otherwise.
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.isASCII { return first.value < 0x20 || first.value == 0x7F ? 0 : 1 }
        // A lone scalar (box drawing, accented letters, CJK) needs only the width table: emoji
        // with emoji presentation are East Asian Wide there too. Marks and format characters are 0.
        if scalars.count == 1 {
            if first.value < 0x300 { return first.value < 0xA0 ? 0 : 1 }
            if isWide(first.value) { return 2 }
            switch first.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: return 0
            case .format where first.value != 0x00AD: return 0
            default: return 1
            }
        }
        // An emoji presentation selector (U+FE0F) makes a text-default symbol two columns wide.
        if scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        if first.properties.isEmojiPresentation { return 2 }
        // A regional-indicator pair (a flag) is two columns.
        if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }
        if isWide(first.value) { return 2 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return 0
        case .format where first.value != 0x00AD: return 0
        default: return 1
        }
    }

    public static func of(_ text: String) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    static func isWide(_ value: UInt32) -> Bool {
        var low = 0
        var high = eastAsianWideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = eastAsianWideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
