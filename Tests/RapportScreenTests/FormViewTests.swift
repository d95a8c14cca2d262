import Foundation
import RapportCore
import RapportScreen
import RapportViewModel
import XCTest

final class FormViewTests: XCTestCase {
    /// The form's bottom line, as the open form view gives it: from the keymap.
    static let hint = Keymap.standard.hints(for: [.form]).map(\.text).joined(separator: " · ")

    /// A contact form after a refused save: three messages, and the focus on a long note.
    static func formWithErrors() -> FormState<String> {
        var form = FormState<String>(title: "New contact · Northwind Traders", fields: [
            FormField(id: "name", label: "Name", kind: .text(TextFieldState("")), rule: .required),
            FormField(id: "email", label: "Email", kind: .text(TextFieldState("ada@example")), rule: .email),
            FormField(id: "influence", label: "Influence (1–5)", kind: .text(TextFieldState("7")), rule: .integer(1...5)),
            FormField(id: "title", label: "Title", kind: .text(TextFieldState("東京支社 営業部長 👩\u{200D}💼")), rule: .none),
            FormField(id: "role", label: "Role", kind: .choice(options: ["sponsor", "decision maker", "champion"], selected: 1)),
            FormField(id: "main", label: "Main contact", kind: .toggle(true)),
            FormField(id: "notes", label: "Notes", kind: .text(TextFieldState(
                "Met at the Q3 business review; wants the renewal quote before the board meets in December")), rule: .none),
            FormField(id: "followUp", label: "Next follow-up", kind: .text(TextFieldState("next blursday")), rule: .date),
        ])
        XCTAssertFalse(form.validate(today: DemoScreen.today))
        form.setError("not a date: try 2026-12-15, +7d or fri", for: "followUp")
        form.focus("notes")
        return form
    }

    func render(_ form: FormState<String>, width: Int, height: Int, theme: Theme = TestThemes.plain) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        FormView(form: form, hint: Self.hint).render(in: buffer.area, into: &buffer, theme: theme)
        return buffer
    }

    func testFormWithErrorsAt80x24() {
        let buffer = render(Self.formWithErrors(), width: 80, height: 24)
        assertSnapshot(buffer.lines, named: "form-errors-80x24")
    }

    func testFormRolesAt80x24() {
        let buffer = render(Self.formWithErrors(), width: 80, height: 24, theme: TestThemes.roles)
        assertSnapshot(TestThemes.roleRuns(buffer), named: "form-errors-80x24-roles")
    }

    /// The focused field scrolls so the cursor cell shows, reversed, and only there.
    func testCursorCellIsReversedAndInView() throws {
        let form = Self.formWithErrors()
        let buffer = render(form, width: 80, height: 24)
        let reversed = (0..<24).flatMap { y in (0..<80).compactMap { x in buffer[x, y].style.attributes.contains(.reverse) ? (x, y) : nil } }
        XCTAssertEqual(reversed.count, 1, "one cursor cell: \(reversed)")
        let (x, y) = try XCTUnwrap(reversed.first)
        XCTAssertEqual(buffer[x, y].text, " ", "the cursor sits after the last character of the note")
        XCTAssertTrue(buffer.lines[y].contains("December"), buffer.lines[y])
        XCTAssertTrue(buffer.lines[y].contains("→"), "the focused row is marked")
    }

    func testVisibleRangeKeepsTheCursorInView() {
        let text = Array("abcdefghij")
        XCTAssertEqual(TextField.visibleRange(of: text, cursor: 0, width: 4), 0..<4)
        XCTAssertEqual(TextField.visibleRange(of: text, cursor: 3, width: 4), 0..<4)
        XCTAssertEqual(TextField.visibleRange(of: text, cursor: 4, width: 4), 1..<5)
        XCTAssertEqual(TextField.visibleRange(of: text, cursor: 10, width: 4), 7..<10, "three characters and the cursor cell")
        let wide = Array("東京大阪")
        XCTAssertEqual(TextField.visibleRange(of: wide, cursor: 4, width: 5), 2..<4)
        XCTAssertEqual(TextField.visibleRange(of: wide, cursor: 1, width: 5), 0..<2)
        XCTAssertEqual(TextField.visibleRange(of: wide, cursor: 2, width: 1), 2..<3, "a wide cursor character still shows in one column")
        XCTAssertEqual(TextField.visibleRange(of: [], cursor: 0, width: 4), 0..<0)
        XCTAssertEqual(TextField.visibleRange(of: text, cursor: 3, width: 0), 0..<0)
    }

    func testFitsAt60x18WithTheFocusedFieldAndTheHint() {
        var form = Self.formWithErrors()
        form.focus("followUp")
        let buffer = render(form, width: 60, height: 18)
        let screen = buffer.lines.joined(separator: "\n")
        XCTAssertTrue(buffer.lines.allSatisfy { DisplayWidth.of($0) == 60 }, screen)
        XCTAssertTrue(screen.contains(Self.hint), screen)
        XCTAssertTrue(screen.contains("next blursday"), "the focused field is on screen:\n\(screen)")
        XCTAssertTrue(screen.contains("not a date"), "and so is its message:\n\(screen)")
    }

    /// Short messages sit beside their fields; one too long for that sends them all below.
    func testErrorsGoBesideWhenAllFitElseBelow() {
        var form = FormState<String>(title: "Edit", fields: [
            FormField(id: "name", label: "Name", kind: .text(TextFieldState("")), rule: .required),
            FormField(id: "email", label: "Email", kind: .text(TextFieldState("x")), rule: .email),
        ])
        XCTAssertFalse(form.validate(today: DemoScreen.today))
        var lines = render(form, width: 80, height: 12).lines
        XCTAssertTrue(lines.contains { $0.contains("Name *") && $0.contains("required") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.contains("Email") && $0.contains("not an email address") }, lines.joined(separator: "\n"))
        form.setError("not an email address: it needs a host after the @", for: "email")
        lines = render(form, width: 80, height: 12).lines
        XCTAssertFalse(lines.contains { $0.contains("Name *") && $0.contains("required") }, lines.joined(separator: "\n"))
        guard let nameRow = lines.firstIndex(where: { $0.contains("Name *") }), nameRow + 1 < lines.count else {
            return XCTFail("no name row:\n\(lines.joined(separator: "\n"))")
        }
        XCTAssertEqual(lines[nameRow + 1].trimmingCharacters(in: CharacterSet(charactersIn: " ┃")), "required")
    }

    func testHostileTextCannotEscapeItsCell() {
        var form = FormState<String>(title: "Evil\u{1B}[2J title", fields: [
            FormField(id: "a", label: "La\u{1B}]0;x\u{07}bel\u{202E}", kind: .choice(options: ["op\u{9B}2Jtion\n"], selected: 0)),
        ])
        form.setError("bad\u{1B}[31m\r\nnews", for: "a")
        let buffer = render(form, width: 80, height: 24)
        XCTAssertFalse(buffer.cells.contains { $0.text.unicodeScalars.contains { TextSafety.isUnsafe($0) } })
        XCTAssertTrue(buffer.lines.allSatisfy { DisplayWidth.of($0) == 80 }, buffer.lines.joined(separator: "\n"))
    }

    func testRendersSafelyInTinyAreas() {
        for (width, height) in [(0, 0), (1, 1), (2, 2), (3, 1), (1, 3), (8, 4), (20, 3)] {
            let buffer = render(Self.formWithErrors(), width: width, height: height)
            XCTAssertEqual(buffer.lines.count, height)
            XCTAssertTrue(buffer.lines.allSatisfy { DisplayWidth.of($0) == width }, "\(width)×\(height): \(buffer.lines)")
        }
        var buffer = Buffer(width: 1, height: 1)
        TextField(state: TextFieldState("東京"), focused: true).render(in: buffer.area, into: &buffer, style: .plain)
        XCTAssertEqual(buffer.lines, [" "], "a wide character that cannot fit becomes a space")
        let empty = render(FormState<String>(title: "", fields: []), width: 40, height: 10)
        XCTAssertTrue(empty.lines.joined().contains("Tab next field"))
    }
}

/// A form's title keeps its action whole and shortens the names after it.
final class FormTitleFitTests: XCTestCase {
    let title = FormTitle(action: "Edit contact", subjects: ["Ana Ruiz", "Copper Materials Holdings"])

    func testTheWholeTitleWhenItFits() {
        XCTAssertEqual(FormView<Int>.fittedTitle(title, width: 80), "Edit contact · Ana Ruiz · Copper Materials Holdings")
    }

    func testTheAccountNameIsShortenedFirstAndTheActionNever() {
        let fitted = FormView<Int>.fittedTitle(title, width: 40)
        XCTAssertTrue(fitted.hasPrefix("Edit contact · Ana Ruiz · "), fitted)
        XCTAssertTrue(fitted.hasSuffix("…"), fitted)
        XCTAssertLessThanOrEqual(DisplayWidth.of(fitted), 40)
        XCTAssertEqual(FormView<Int>.fittedTitle(title, width: 24), "Edit contact · Ana Ruiz", "no room for a useful part of the account")
        XCTAssertEqual(FormView<Int>.fittedTitle(title, width: 8), "Edit contact", "the action is never cut here (the border shortens it last)")
    }

    func testAFormSnapshotShowsTheTitle() throws {
        let screen = try DemoScreen.demo(width: 80, height: 24)
        screen.press(.char("l"))
        let name = try XCTUnwrap(screen.state.focused.overview?.account.name)
        let lines = screen.lines
        assertSnapshot(lines, named: "form-title-log-interaction-80x24")
        XCTAssertTrue(lines.contains { $0.contains("Log an interaction · \(name)") }, lines.joined(separator: "\n"))
    }
}
