import XCTest

@testable import RapportScreen

final class TOMLDocumentTests: XCTestCase {
    // MARK: - Values

    func testParsesEveryValueType() throws {
        let document = try TOMLDocument.parse(
            """
            basic = "hello"
            literal = 'C:\\path\\n'
            zero = 0
            positive = +42
            negative = -17
            grouped = 1_000_000
            yes = true
            no = false
            list = [1, "two", false]
            empty-list = []
            nested = [[1, 2], []]
            style = { fg = "accent", attrs = ["bold"] }
            empty-table = {}
            empty-basic = ""
            empty-literal = ''
            """)

        XCTAssertEqual(document["basic"]?.string, "hello")
        XCTAssertEqual(document["literal"]?.string, "C:\\path\\n")
        XCTAssertEqual(document["zero"]?.integer, 0)
        XCTAssertEqual(document["positive"]?.integer, 42)
        XCTAssertEqual(document["negative"]?.integer, -17)
        XCTAssertEqual(document["grouped"]?.integer, 1_000_000)
        XCTAssertEqual(document["yes"]?.boolean, true)
        XCTAssertEqual(document["no"]?.boolean, false)
        XCTAssertEqual(document["list"]?.array?.map(\.content), [.integer(1), .string("two"), .boolean(false)])
        XCTAssertEqual(document["empty-list"]?.array, [])
        XCTAssertEqual(document["nested"]?.array?.map { $0.array?.count }, [2, 0])
        let style = try XCTUnwrap(document["style"]?.table)
        XCTAssertEqual(style.keys, ["fg", "attrs"])
        XCTAssertEqual(style["fg"]?.string, "accent")
        XCTAssertEqual(style["attrs"]?.array?.map(\.string), ["bold"])
        XCTAssertEqual(document["empty-table"]?.table, TOMLTable())
        XCTAssertEqual(document["empty-basic"]?.string, "")
        XCTAssertEqual(document["empty-literal"]?.string, "")
    }

    func testBasicStringEscapes() throws {
        let document = try TOMLDocument.parse(
            #"text = "quote \" backslash \\ newline \n tab \t e-acute \u00E9 grin \U0001F600 b \b f \f r \r""#)
        XCTAssertEqual(
            document["text"]?.string,
            "quote \" backslash \\ newline \n tab \t e-acute \u{E9} grin \u{1F600} b \u{08} f \u{0C} r \r")
    }

    func testStringsKeepHashesAndNonASCIIText() throws {
        let document = try TOMLDocument.parse(
            """
            colour = "#7aa2f7" # the hash inside quotes is not a comment
            name = 'Zoë — 東京'
            """)
        XCTAssertEqual(document["colour"]?.string, "#7aa2f7")
        XCTAssertEqual(document["name"]?.string, "Zoë — 東京")
    }

    func testLargestAndSmallestIntegers() throws {
        let document = try TOMLDocument.parse("max = 9223372036854775807\nmin = -9223372036854775808")
        XCTAssertEqual(document["max"]?.integer, Int.max)
        XCTAssertEqual(document["min"]?.integer, Int.min)
    }

    func testAccessorsAnswerOnlyForTheirOwnType() throws {
        let value = try XCTUnwrap(try TOMLDocument.parse("n = 3")["n"])
        XCTAssertEqual(value.integer, 3)
        XCTAssertNil(value.string)
        XCTAssertNil(value.boolean)
        XCTAssertNil(value.array)
        XCTAssertNil(value.table)
        XCTAssertEqual(value.kindDescription, "an integer")
    }

    // MARK: - Layout: comments, blank lines, arrays over lines, line ends

    func testCommentsAndBlankLinesAreIgnored() throws {
        let document = try TOMLDocument.parse(
            """
            # a leading comment

               # an indented one
            a = 1   # after a value
            [table] # after a header

            b = 2
            #
            """)
        XCTAssertEqual(document.root.keys, ["a", "table"])
        XCTAssertEqual(document.table("table")?.keys, ["b"])
    }

    func testArraysMaySpanLinesWithCommentsAndATrailingComma() throws {
        let document = try TOMLDocument.parse(
            """
            attrs = [
                "bold",   # the loud one
                # a comment on its own line
                "underline",
            ]
            after = true
            """)
        let elements = try XCTUnwrap(document["attrs"]?.array)
        XCTAssertEqual(elements.map(\.string), ["bold", "underline"])
        XCTAssertEqual(elements.map(\.line), [2, 4], "each element remembers its own line")
        XCTAssertEqual(document["after"]?.line, 6)
    }

    func testWindowsLineEndsAndAByteOrderMark() throws {
        let document = try TOMLDocument.parse("\u{FEFF}a = 1\r\n[t]\r\nb = 'x'\r\n")
        XCTAssertEqual(document["a"]?.integer, 1)
        XCTAssertEqual(document.table("t")?["b"]?.string, "x")
        XCTAssertEqual(document.table("t")?["b"]?.line, 3)
    }

    func testEmptyDocument() throws {
        XCTAssertTrue(try TOMLDocument.parse("").root.isEmpty)
        XCTAssertTrue(try TOMLDocument.parse("\n  \n# only a comment").root.isEmpty)
    }

    // MARK: - Keys and tables

    func testQuotedKeysMayContainDots() throws {
        let document = try TOMLDocument.parse(
            """
            [roles]
            "pane.border.focused" = { fg = "accent" }
            'status.atRisk' = {}
            "" = 1
            """)
        let roles = try XCTUnwrap(document.table("roles"))
        XCTAssertEqual(roles.keys, ["pane.border.focused", "status.atRisk", ""])
        XCTAssertEqual(roles["pane.border.focused"]?.table?["fg"]?.string, "accent")
        XCTAssertNil(document.table("roles", "pane"), "a quoted dotted key is one key, not a path")
    }

    func testDottedHeadersCreateNestedTables() throws {
        let document = try TOMLDocument.parse(
            """
            [keymap.list]
            down = "j"
            [ keymap . "global" ]
            quit = "q"
            [keymap]
            version = 1
            """)
        XCTAssertEqual(document.table("keymap")?.keys, ["list", "global", "version"])
        XCTAssertEqual(document.table("keymap", "list")?["down"]?.string, "j")
        XCTAssertEqual(document.table("keymap", "global")?["quit"]?.string, "q")
        XCTAssertEqual(document.table("keymap")?["version"]?.integer, 1)
        XCTAssertEqual(document["keymap"]?.line, 1, "an implied table remembers where it was first named")
    }

    func testKeysKeepDocumentOrder() throws {
        let document = try TOMLDocument.parse("zebra = 1\napple = 2\nmango = 3")
        XCTAssertEqual(document.root.keys, ["zebra", "apple", "mango"])
        XCTAssertEqual(document.root.entries.map(\.key), ["zebra", "apple", "mango"])
        XCTAssertEqual(document.root.count, 3)
    }

    func testValuesRememberLineAndColumn() throws {
        let document = try TOMLDocument.parse("\n[t]\n  key =   \"v\"\nstyle = { fg = 'x' }")
        let value = try XCTUnwrap(document.table("t")?["key"])
        XCTAssertEqual(value.line, 3)
        XCTAssertEqual(value.column, 11)
        let inner = try XCTUnwrap(document.table("t")?["style"]?.table?["fg"])
        XCTAssertEqual(inner.line, 4)
        XCTAssertEqual(inner.column, 16)
    }

    // MARK: - Errors: each names its line and column

    func testErrorsNameLineColumnAndProblem() {
        // Structure
        assertParseError("a = 1\nkey 2", "line 2, column 5: expected '=' after key")
        assertParseError("= 1", "line 1, column 1: expected a key, found '='")
        assertParseError(
            "a.b = 1",
            "line 1, column 2: dotted keys are only supported in [table] headers; quote the key if the dot is part of its name"
        )
        assertParseError("a = 1\n\na = 2", "line 3, column 1: duplicate key 'a' (first defined on line 1)")
        assertParseError("[t]\nx = 1\n[t]", "line 3, column 1: table [t] is already defined on line 1")
        assertParseError("[a.b]\n[a]\n[a]", "line 3, column 1: table [a] is already defined on line 2")
        assertParseError("a = 1\n[a]", "line 2, column 1: 'a' is already defined on line 1 as an integer, not a table")
        assertParseError(
            "a = { b = 1 }\n[a.c]",
            "line 2, column 1: cannot add to 'a': it is an inline table (line 1), which is complete as written")
        assertParseError("[a.b]\n[a]\nb = 1", "line 3, column 1: duplicate key 'b' (first defined on line 1)")
        assertParseError("[[items]]", "line 1, column 1: arrays of tables ([[...]]) are not supported")
        assertParseError("[t", "line 1, column 3: expected ']' to close the table header, found end of file")
        assertParseError("[]", "line 1, column 2: expected a key, found ']'")
        assertParseError("[t] x = 1", "line 1, column 5: expected end of line after table header, found 'x'")
        assertParseError("a = 1 2", "line 1, column 7: expected end of line after value, found '2'")
        assertParseError("a =", "line 1, column 4: expected a value, found end of file")
        assertParseError("a = # nothing", "line 1, column 5: expected a value, found '#'")
        // Strings
        assertParseError("a = \"open", "line 1, column 5: unterminated string: missing closing '\"' on this line")
        assertParseError(
            "a = \"two\nlines\"", "line 1, column 5: unterminated string: missing closing '\"' on this line")
        assertParseError("a = 'open", "line 1, column 5: unterminated string: missing closing \"'\" on this line")
        assertParseError("a = \"\"\"long\"\"\"", "line 1, column 5: multi-line strings are not supported")
        assertParseError("a = '''long'''", "line 1, column 5: multi-line strings are not supported")
        assertParseError("a = \"bad \\q\"", "line 1, column 10: invalid escape '\\q' (use \\\" \\\\ \\n \\t \\uXXXX)")
        assertParseError(
            "a = \"line end \\\nnext\"", "line 1, column 5: unterminated string: missing closing '\"' on this line")
        assertParseError("a = \"\\", "line 1, column 5: unterminated string: missing closing '\"' on this line")
        assertParseError("a = 'bell\u{07}'", "line 1, column 10: control characters are not allowed in literal strings")
        assertParseError("a = \"\\u12\"", "line 1, column 6: '\\u' needs exactly 4 hexadecimal digits")
        assertParseError(
            "a = \"\\uD800\"", "line 1, column 6: '\\u' escape is not a Unicode scalar value (surrogate or too large)")
        assertParseError("a = \"bell\u{07}\"", "line 1, column 10: control characters must be escaped in strings")
        assertParseError("a = 1 # bell\u{07}", "line 1, column 13: control characters are not allowed in comments")
        assertParseError("a = 1\rb = 2", "line 1, column 6: expected end of line after value, found U+000D")
        // Bare values this subset refuses
        assertParseError("a = accent", "line 1, column 5: expected a value, found 'accent' (strings need quotes)")
        assertParseError("a = 1.5", "line 1, column 5: floats are not supported, found '1.5'")
        assertParseError("a = -inf", "line 1, column 5: floats are not supported, found '-inf'")
        assertParseError("a = 0x1F", "line 1, column 5: only decimal integers are supported, found '0x1F'")
        assertParseError("a = 1979-05-27", "line 1, column 5: dates and times are not supported")
        assertParseError("a = 007", "line 1, column 5: invalid integer '007'")
        assertParseError("a = 1__0", "line 1, column 5: invalid integer '1__0'")
        assertParseError("a = 99999999999999999999", "line 1, column 5: integer '99999999999999999999' is out of range")
        // Arrays
        assertParseError("a = [1, 2", "line 1, column 5: array is never closed with ']'")
        assertParseError("a = [\n  1,\n  2\n", "line 1, column 5: array is never closed with ']'")
        assertParseError("a = [1 2]", "line 1, column 8: expected ',' or ']' in array, found '2'")
        assertParseError("a = [1,,2]", "line 1, column 8: expected a value, found ','")
        // Inline tables
        assertParseError(
            "a = { b = 1,\n c = 2 }", "line 1, column 5: inline table must be closed with '}' on the same line")
        assertParseError("a = { b = 1", "line 1, column 5: inline table must be closed with '}' on the same line")
        assertParseError("a = { b = 1, }", "line 1, column 12: trailing comma is not allowed in an inline table")
        assertParseError("a = { b = 1 c = 2 }", "line 1, column 13: expected ',' or '}' in inline table, found 'c'")
        assertParseError("a = { b = 1, b = 2 }", "line 1, column 14: duplicate key 'b' (first defined on line 1)")
        assertParseError("a = { b 1 }", "line 1, column 9: expected '=' after key")
        assertParseError(
            "a = { b.c = 1 }",
            "line 1, column 8: dotted keys are only supported in [table] headers; quote the key if the dot is part of its name"
        )
    }

    private func assertParseError(
        _ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        do {
            let document = try TOMLDocument.parse(source)
            XCTFail("expected an error, parsed \(document)", file: file, line: line)
        } catch {
            XCTAssertEqual(String(describing: error), expected, file: file, line: line)
        }
    }

    func testErrorCarriesLineAndColumnAsFields() {
        XCTAssertThrowsError(try TOMLDocument.parse("a = 1\n\n[t]\n  x  y")) { error in
            XCTAssertEqual(
                error as? TOMLSyntaxError, TOMLSyntaxError(line: 4, column: 6, message: "expected '=' after key"))
        }
    }
}
