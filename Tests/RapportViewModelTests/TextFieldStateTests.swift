import RapportViewModel
import XCTest

final class TextFieldStateTests: XCTestCase {
    /// A field holding `text` with the cursor `cursor` characters in.
    func field(_ text: String, cursor: Int? = nil, maxLength: Int = 200) -> TextFieldState {
        var state = TextFieldState(text, maxLength: maxLength)
        if let cursor {
            state.moveToStart()
            for _ in 0..<cursor { state.moveRight() }
        }
        return state
    }

    // MARK: Graphemes

    func testCursorStepsOverWholeCJKEmojiAndCombinedCharacters() {
        // "é" as e + U+0301, a woman technologist (ZWJ sequence), a flag, and two CJK characters.
        var state = field("e\u{301}👩\u{200D}💻🇯🇵東京")
        XCTAssertEqual(state.text.count, 5)
        XCTAssertEqual(state.cursor, 5)
        state.moveLeft()
        state.moveLeft()
        XCTAssertEqual(state.cursor, 3)
        state.insert("x")
        XCTAssertEqual(state.text, "e\u{301}👩\u{200D}💻🇯🇵x東京")
        XCTAssertEqual(state.cursor, 4)
        state.moveToStart()
        state.moveRight()
        state.deleteForward()
        XCTAssertEqual(state.text, "e\u{301}🇯🇵x東京", "the whole ZWJ sequence goes with one Delete")
        state.deleteBackward()
        XCTAssertEqual(state.text, "🇯🇵x東京", "e and its accent go together")
        XCTAssertEqual(state.cursor, 0)
        state.moveLeft()
        XCTAssertEqual(state.cursor, 0, "stays at the start")
        state.moveToEnd()
        state.moveRight()
        XCTAssertEqual(state.cursor, 4, "stays at the end")
        state.deleteBackward()
        XCTAssertEqual(state.text, "🇯🇵x東")
    }

    func testAnAccentTypedAfterALetterJoinsIt() {
        var state = field("Cafe")
        XCTAssertTrue(state.insert("\u{301}"))
        XCTAssertEqual(state.text, "Cafe\u{301}")
        XCTAssertEqual(state.text.count, 4)
        XCTAssertEqual(state.cursor, 4)
    }

    // MARK: Words

    func testWordMovesSkipSpacesAndPunctuation() {
        var state = field("ada lovelace@example.com  東京 ok")
        state.moveWordLeft()
        XCTAssertEqual(state.cursor, 29, "before \"ok\"")
        state.moveWordLeft()
        XCTAssertEqual(state.cursor, 26, "before 東京: CJK letters make one word")
        state.moveWordLeft()
        XCTAssertEqual(state.cursor, 21, "before \"com\"")
        state.moveWordLeft()
        state.moveWordLeft()
        XCTAssertEqual(state.cursor, 4, "before \"lovelace\"")
        state.moveWordLeft()
        state.moveWordLeft()
        XCTAssertEqual(state.cursor, 0)
        state.moveWordRight()
        XCTAssertEqual(state.cursor, 3, "after \"ada\"")
        state.moveWordRight()
        XCTAssertEqual(state.cursor, 12, "after \"lovelace\"")
        state.moveToEnd()
        state.moveWordRight()
        XCTAssertEqual(state.cursor, state.text.count)
    }

    func testWordAndLineDeletes() {
        var state = field("call Ada re: renewal", cursor: 12)
        state.deleteWordBackward()
        XCTAssertEqual(state.text, "call Ada  renewal")
        XCTAssertEqual(state.cursor, 9)
        state.deleteWordBackward()
        XCTAssertEqual(state.text, "call  renewal")
        XCTAssertEqual(state.cursor, 5)
        state.deleteToEnd()
        XCTAssertEqual(state.text, "call ")
        XCTAssertEqual(state.cursor, 5)
        state.moveLeft()
        state.deleteToStart()
        XCTAssertEqual(state.text, " ")
        XCTAssertEqual(state.cursor, 0)
        state.deleteWordBackward()
        state.deleteToStart()
        state.deleteBackward()
        XCTAssertEqual(state.text, " ", "nothing before the cursor, nothing deleted")
    }

    func testKeysMapToEditsAndLeaveFormKeysAlone() {
        var state = field("")
        for character in "hello wide 世界" {
            XCTAssertEqual(state.apply(.char(character)), .applied)
        }
        XCTAssertEqual(state.apply(.ctrl("w")), .applied)
        XCTAssertEqual(state.text, "hello wide ")
        XCTAssertEqual(state.apply(.home), .applied)
        XCTAssertEqual(state.cursor, 0)
        XCTAssertEqual(state.apply(.end), .applied)
        XCTAssertEqual(state.cursor, 11)
        XCTAssertEqual(state.apply(.ctrl("a")), .applied)
        XCTAssertEqual(state.cursor, 0)
        XCTAssertEqual(state.apply(.ctrl("e")), .applied)
        XCTAssertEqual(state.cursor, 11)
        XCTAssertEqual(state.apply(.shiftLeft), .applied)
        XCTAssertEqual(state.cursor, 6)
        XCTAssertEqual(state.apply(.shiftRight), .applied)
        XCTAssertEqual(state.cursor, 10)
        XCTAssertEqual(state.apply(.left), .applied)
        XCTAssertEqual(state.apply(.backspace), .applied)
        XCTAssertEqual(state.text, "hello wie ")
        XCTAssertEqual(state.apply(.delete), .applied)
        XCTAssertEqual(state.text, "hello wi ")
        XCTAssertEqual(state.apply(.ctrl("k")), .applied)
        XCTAssertEqual(state.text, "hello wi")
        XCTAssertEqual(state.apply(.ctrl("u")), .applied)
        XCTAssertEqual(state, TextFieldState("", maxLength: 200))
        for key: Key in [.tab, .backTab, .enter, .escape, .up, .down, .pageUp, .resize, .ctrl("r"), .function(1)] {
            XCTAssertEqual(state.apply(key), .ignored, "\(key)")
            XCTAssertFalse(state.apply(key).isConsumed)
        }
    }

    // MARK: Input filtering

    func testPastedLineBreaksAndTabsBecomeSpaces() {
        var state = field("")
        XCTAssertTrue(state.insert("line one\r\nline two\nthree\rfour\tfive\u{2028}six"))
        XCTAssertEqual(state.text, "line one line two three four five six")
        XCTAssertEqual(state.cursor, state.text.count)
    }

    func testPastedEscapeSequencesAreDroppedWhole() {
        var state = field("")
        state.insert("\u{1B}[200~\u{1B}[1;31mred\u{1B}[0m alert\u{1B}[201~")
        XCTAssertEqual(state.text, "red alert", "colours and bracketed-paste markers leave no residue")
        state = field("")
        state.insert("a\u{1B}]0;owned\u{07}b\u{1B}]8;;http://x\u{1B}\\c\u{1B}(Bd\u{1B}OAe\u{1B}cf\u{9B}2Jg\u{1B}")
        XCTAssertEqual(state.text, "abcdefg", "OSC titles and links, charset, SS3, RIS and C1 CSI")
    }

    func testControlBidiAndZeroWidthCharactersAreDropped() {
        var state = field("")
        state.insert("A\u{0}c\u{7}m\u{8}e\u{7F}\u{80}\u{8D}")
        XCTAssertEqual(state.text, "Acme")
        state = field("")
        state.insert("gro\u{200B}up\u{202E}moc.\u{202C}\u{2066}x\u{2069}\u{200E}\u{200F}\u{200C}\u{FEFF}")
        XCTAssertEqual(state.text, "groupmoc.x")
        state = field("")
        state.insert("a\u{200D}b 👩\u{200D}💻 \u{200D}")
        XCTAssertEqual(state.text, "ab 👩\u{200D}💻 ", "a joiner survives only inside an emoji sequence")
        XCTAssertEqual(state.text.count, 5)
        XCTAssertEqual(state.apply(.char("\u{1B}")), .applied, "a stray control key is swallowed, not typed")
        XCTAssertEqual(state.text, "ab 👩\u{200D}💻 ")
    }

    func testInitialTextIsFilteredToo() {
        let state = TextFieldState("Evil\u{1B}[2J\nCorp", maxLength: 50)
        XCTAssertEqual(state.text, "Evil Corp")
        XCTAssertEqual(state.cursor, 9)
    }

    // MARK: Length

    func testHugePasteIsRefusedWholeBeyondMaxLength() {
        var state = field("Acme", cursor: 2, maxLength: 100)
        let before = state
        XCTAssertFalse(state.insert(String(repeating: "東", count: 1_000_000)))
        XCTAssertEqual(state, before, "nothing inserted, cursor unmoved")
        XCTAssertFalse(state.insert(String(repeating: "x", count: 97)))
        XCTAssertTrue(state.insert(String(repeating: "x", count: 96)))
        XCTAssertEqual(state.text.count, 100)
        XCTAssertEqual(state.cursor, 98)
        XCTAssertEqual(state.apply(.char("y")), .refusedTooLong)
        XCTAssertTrue(state.apply(.char("y")).isConsumed)
        XCTAssertTrue(state.insert("\u{301}"), "an accent merges into the letter before it, so the count stays 100")
        XCTAssertEqual(state.text.count, 100)
        XCTAssertTrue(state.insert("\u{1B}[0m"), "only filtered-out characters: nothing to refuse")
        XCTAssertEqual(state.text.count, 100)
    }

    func testTextAlreadyTooLongIsKeptAndOnlyRefusesToGrow() {
        var state = TextFieldState("abcdef", maxLength: 3)
        XCTAssertEqual(state.text, "abcdef")
        XCTAssertFalse(state.insert("g"))
        state.deleteBackward()
        XCTAssertEqual(state.text, "abcde")
    }
}
