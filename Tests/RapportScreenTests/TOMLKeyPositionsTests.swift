import XCTest

@testable import RapportScreen

final class TOMLKeyPositionsTests: XCTestCase {
    private typealias Position = TOMLKeyPositions.Position

    func testKeysTablesAndArrayElementsHaveTheirLineAndColumn() {
        let positions = TOMLKeyPositions(
            scanning: """
                name = "x"
                [palette]
                  accent = '#7aa2f7'
                [roles]
                "text" = { fg = "accent", attrs = [
                    "bold",
                    "dim" ] }
                """)
        XCTAssertEqual(positions.position(of: [.key("name")]), Position(line: 1, column: 1))
        XCTAssertEqual(positions.position(of: [.key("palette")]), Position(line: 2, column: 1))
        XCTAssertEqual(positions.position(of: [.key("palette"), .key("accent")]), Position(line: 3, column: 3))
        XCTAssertEqual(positions.position(of: [.key("roles"), .key("text")]), Position(line: 5, column: 1))
        XCTAssertEqual(positions.position(of: [.key("roles"), .key("text"), .key("fg")]), Position(line: 5, column: 12))
        XCTAssertEqual(
            positions.position(of: [.key("roles"), .key("text"), .key("attrs"), .index(0)]), Position(line: 6, column: 5))
        XCTAssertEqual(
            positions.position(of: [.key("roles"), .key("text"), .key("attrs"), .index(1)]), Position(line: 7, column: 5))
        XCTAssertNil(positions.position(of: [.key("roles"), .key("text"), .key("attrs"), .index(2)]))
        XCTAssertNil(positions.position(of: [.key("text")]), "keys belong to the table they are written in")
    }

    /// Nothing inside a string or comment is structure, however much it looks like it.
    func testStringsAndCommentsHideWhatLooksLikeKeys() {
        let positions = TOMLKeyPositions(
            scanning: """
                a = \"\"\"
                [fake]
                b = 1 \\\"\"\" still inside ""\"\"\"
                c = '''
                d = 2'''
                e = "f = 3 # not a comment" # g = 4
                # [h]
                i = 'x' # "
                j = [1979-05-27 07:32:00, 2, { k = 1 }]
                """)
        XCTAssertEqual(positions.position(of: [.key("a")])?.line, 1)
        XCTAssertEqual(positions.position(of: [.key("c")])?.line, 4)
        XCTAssertEqual(positions.position(of: [.key("e")])?.line, 6)
        XCTAssertEqual(positions.position(of: [.key("i")])?.line, 8)
        XCTAssertEqual(positions.position(of: [.key("j"), .index(1)]), Position(line: 9, column: 27))
        XCTAssertEqual(positions.position(of: [.key("j"), .index(2), .key("k")]), Position(line: 9, column: 32))
        for fake in ["fake", "b", "d", "f", "g", "h"] {
            XCTAssertNil(positions.position(of: [.key(fake)]), fake)
        }
        XCTAssertNil(positions.position(of: [.key("fake"), .key("b")]))
        XCTAssertNil(positions.position(of: [.key("j"), .index(3)]), "the date-time is one element")
    }

    func testDottedAndQuotedKeysAreDecodedIntoPaths() {
        let positions = TOMLKeyPositions(
            scanning: "\u{FEFF}[ roles . \"pane.border\" ]\nfg = 1\n[roles]\n'lit\\eral' = 2\n\"t\\u0065xt\".fg.x = 3\r\nz = 4")
        XCTAssertEqual(positions.position(of: [.key("roles")]), Position(line: 1, column: 1), "first mention")
        XCTAssertEqual(positions.position(of: [.key("roles"), .key("pane.border")]), Position(line: 1, column: 1))
        XCTAssertEqual(positions.position(of: [.key("roles"), .key("pane.border"), .key("fg")])?.line, 2)
        XCTAssertEqual(positions.position(of: [.key("roles"), .key("lit\\eral")])?.line, 4)
        XCTAssertEqual(positions.position(of: [.key("roles"), .key("text")])?.line, 5, "implied by a dotted key")
        XCTAssertEqual(positions.position(of: [.key("roles"), .key("text"), .key("fg"), .key("x")])?.line, 5)
        XCTAssertEqual(positions.position(of: [.key("roles"), .key("z")]), Position(line: 6, column: 1))
        XCTAssertNil(positions.firstNULEscape)
    }

    func testNULEscapesAreNoted() {
        XCTAssertEqual(TOMLKeyPositions(scanning: "a = 'x'\nb = \"y\\u0000\"").firstNULEscape, Position(line: 2, column: 7))
        XCTAssertEqual(TOMLKeyPositions(scanning: "\"\\U00000000\" = 1").firstNULEscape, Position(line: 1, column: 2))
        XCTAssertNil(TOMLKeyPositions(scanning: "a = '\\u0000'").firstNULEscape, "literal strings have no escapes")
        XCTAssertNil(TOMLKeyPositions(scanning: "a = \"\\\\u0000\"").firstNULEscape, "an escaped backslash")
    }

    /// The scan only follows valid TOML, but it must end on any text, however broken.
    func testBrokenTextEndsTheScanWithoutHanging() {
        for text in [
            "[", "[[", "a =", "a = \"", "a = '''", "a = [", "a = {", "\"\\", "a = [[[[[[", "= = =", "}}]]", "\u{0}",
            String(repeating: "[", count: 5_000), "a = " + String(repeating: "{ b = ", count: 2_000),
        ] {
            _ = TOMLKeyPositions(scanning: text)
        }
    }
}
