import RapportCore
import RapportViewModel
import XCTest

final class FormStateTests: XCTestCase {
    enum Field: Hashable, Sendable {
        case name, email, influence, role, main, date, other
    }

    let today = Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)

    /// A contact form: required name, optional email, influence 1–5, role, main-contact toggle.
    func contactForm(name: String = "", email: String = "", influence: String = "") -> FormState<Field> {
        FormState(title: "New contact", fields: [
            FormField(id: .name, label: "Name", kind: .text(TextFieldState(name, maxLength: 40)), rule: .required),
            FormField(id: .email, label: "Email", kind: .text(TextFieldState(email)), rule: .email),
            FormField(id: .influence, label: "Influence", kind: .text(TextFieldState(influence)), rule: .integer(1...5)),
            FormField(id: .role, label: "Role", kind: .choice(options: ["sponsor", "champion", "user"], selected: 0)),
            FormField(id: .main, label: "Main contact", kind: .toggle(false)),
        ])
    }

    func testTabAndShiftTabWrapAround() {
        var form = contactForm()
        XCTAssertEqual(form.focusedIndex, 0)
        XCTAssertEqual(form.apply(.backTab), .edited)
        XCTAssertEqual(form.focusedIndex, 4, "Shift-Tab from the first field goes to the last")
        XCTAssertEqual(form.apply(.tab), .edited)
        XCTAssertEqual(form.focusedIndex, 0, "Tab from the last field goes to the first")
        for expected in [1, 2, 3, 4, 0] {
            XCTAssertEqual(form.apply(.tab), .edited)
            XCTAssertEqual(form.focusedIndex, expected)
        }
        XCTAssertEqual(form.apply(.down), .edited)
        XCTAssertEqual(form.apply(.up), .edited)
        XCTAssertEqual(form.apply(.up), .edited)
        XCTAssertEqual(form.focusedField?.id, .main)
        var expected = contactForm()
        expected.focusPrevious()
        XCTAssertEqual(form, expected, "moving focus changes nothing else")
    }

    func testEnterSubmitsAndEscCancelsWithoutChangingTheForm() {
        var form = contactForm(name: "Ada")
        let before = form
        XCTAssertEqual(form.apply(.enter), .submit)
        XCTAssertEqual(form.apply(.escape), .cancel)
        XCTAssertEqual(form, before)
    }

    func testTypingGoesToTheFocusedTextField() {
        var form = contactForm()
        for character in "Zoë 周" { XCTAssertEqual(form.apply(.char(character)), .edited) }
        XCTAssertEqual(form.apply(.backspace), .edited)
        form.focusNext()
        XCTAssertEqual(form.apply(.char("a")), .edited)
        XCTAssertEqual(form.value(.name), "Zoë", "trailing space trimmed from the saved value")
        XCTAssertEqual(form.value(.email), "a")
        XCTAssertEqual(form.apply(.ctrl("r")), .ignored, "keys a field has no use for pass through")
        XCTAssertEqual(form.apply(.pageDown), .ignored)
    }

    func testValidationGivesEachBuiltInRuleItsMessageAndFocusesTheFirst() {
        var form = contactForm(name: "  ", email: "ada@example", influence: "7")
        form.focusNext()
        form.focusNext()
        form.focusNext()
        XCTAssertFalse(form.validate(today: today))
        XCTAssertEqual(form.error(for: .name), "required")
        XCTAssertEqual(form.error(for: .email), "not an email address")
        XCTAssertEqual(form.error(for: .influence), "a whole number from 1 to 5")
        XCTAssertNil(form.error(for: .role))
        XCTAssertNil(form.error(for: .main))
        XCTAssertEqual(form.focusedIndex, 0, "focus goes to the first field to fix")
        XCTAssertTrue(form.hasErrors)
    }

    func testValidValuesPassAndClearOldMessages() {
        var form = contactForm(name: "Ada Lovelace", email: " ada@example.co.uk\n", influence: "+5")
        form.setError("old news", for: .email)
        form.setError("ignored", for: .other)
        XCTAssertTrue(form.validate(today: today))
        XCTAssertFalse(form.hasErrors)
        XCTAssertEqual(form.value(.email), "ada@example.co.uk")
        var minimal = contactForm(name: "x")
        XCTAssertTrue(minimal.validate(today: today), "blank optional fields pass their rules")
    }

    func testEmailShapes() {
        for good in ["a@b.co", "first.last+tag@sub.example.com", "周@例子.中国"] {
            var form = contactForm(name: "x", email: good)
            XCTAssertTrue(form.validate(today: today), good)
        }
        for bad in ["ada", "ada@", "@example.com", "ada@example", "ada@@example.com", "ada@example..com", "ada@.example.com", "ada @example.com", "ada@example.com."] {
            var form = contactForm(name: "x", email: bad)
            XCTAssertFalse(form.validate(today: today), bad)
            XCTAssertEqual(form.error(for: .email), "not an email address", bad)
        }
    }

    func testIntegerRange() {
        for (text, valid) in [("1", true), ("5", true), ("0", false), ("6", false), ("-1", false), ("2.5", false), ("three", false), ("99999999999999999999999", false)] {
            var form = contactForm(name: "x", influence: text)
            XCTAssertEqual(form.validate(today: today), valid, text)
        }
        var form = FormState(title: "t", fields: [FormField(id: Field.other, label: "N", kind: .text(TextFieldState("-20")), rule: .integer(-10...10))])
        XCTAssertFalse(form.validate(today: today))
        XCTAssertEqual(form.error(for: .other), "a whole number from -10 to 10")
    }

    func testDatesAreReadAgainstTodayAndARequiredDateMayNotBeBlank() {
        var form = FormState(title: "Log interaction", fields: [
            FormField(id: Field.date, label: "Date", kind: .text(TextFieldState("next blursday")), rule: .date, isRequired: true)
        ])
        XCTAssertFalse(form.validate(today: today))
        XCTAssertEqual(form.error(for: .date), "'next blursday' is not a date — use 2026-12-15, +7d, fri or next month")
        XCTAssertNil(form.day(.date, today: today), "an invalid date reads as none")
        XCTAssertEqual(form.apply(.ctrl("u")), .edited)
        XCTAssertNil(form.error(for: .date), "editing clears the message")
        for character in "+7d" { _ = form.apply(.char(character)) }
        XCTAssertTrue(form.validate(today: today))
        XCTAssertEqual(form.day(.date, today: today), today.adding(days: 7))
        _ = form.apply(.ctrl("u"))
        XCTAssertFalse(form.validate(today: today))
        XCTAssertEqual(form.error(for: .date), "required", "a required date is still checked for blank")
    }

    func testMonthMoneyMetricFigureAndMetricNameRules() {
        XCTAssertNil(FieldRule.month.problem(with: "2026-11", today: today))
        XCTAssertEqual(FieldRule.month.problem(with: "Nov", today: today), "'Nov' is not a month; use 2026-11")
        XCTAssertNil(FieldRule.money.problem(with: "$12,400.50", today: today))
        XCTAssertEqual(FieldRule.money.problem(with: "12.345", today: today), "at most 2 decimals (cents)")
        XCTAssertNil(FieldRule.metricFigure(.count).problem(with: "1.5k", today: today))
        XCTAssertEqual(FieldRule.metricFigure(.count).problem(with: "-3", today: today), "cannot be negative")
        XCTAssertNil(FieldRule.metricFigure(.score).problem(with: "-3", today: today), "a score may go below zero")
        XCTAssertNil(FieldRule.metricName.problem(with: "Active users", today: today))
        XCTAssertEqual(FieldRule.metricName.problem(with: "users/day", today: today), "letters, digits, spaces and hyphens, at most 40")
        XCTAssertNotNil(FieldRule.metricName.problem(with: String(repeating: "a", count: 41), today: today))
        XCTAssertNil(FieldRule.money.problem(with: "", today: today), "blank is the field's business, not the rule's")
    }

    func testChoiceCyclesWithArrowsAndSpaceAndWraps() {
        var form = contactForm()
        form.focus(.role)
        XCTAssertEqual(form.apply(.left), .edited)
        XCTAssertEqual(form.choice(.role), 2, "← from the first option wraps to the last")
        XCTAssertEqual(form.value(.role), "user")
        XCTAssertEqual(form.apply(.right), .edited)
        XCTAssertEqual(form.choice(.role), 0)
        XCTAssertEqual(form.apply(.char(" ")), .edited)
        XCTAssertEqual(form.value(.role), "champion")
        XCTAssertEqual(form.apply(.char("x")), .ignored, "typing does not change a choice")
        XCTAssertEqual(form.choice(.role), 1)
        XCTAssertEqual(form.choice(.name), 0, "not a choice")
        XCTAssertEqual(form.choice(.other), 0)
        XCTAssertEqual(form.value(.other), "")
    }

    func testChoiceIndexFromStoredDataIsClamped() {
        let field = FormField(id: Field.role, label: "Tier", kind: .choice(options: ["gold", "silver"], selected: 9))
        XCTAssertEqual(field.kind, .choice(options: ["gold", "silver"], selected: 1))
        var required = FormState(title: "t", fields: [FormField(id: Field.role, label: "C", kind: .choice(options: [], selected: 0), rule: .required)])
        XCTAssertEqual(required.apply(.right), .edited)
        XCTAssertFalse(required.validate(today: today))
        XCTAssertEqual(required.error(for: .role), "required")
    }

    func testToggleFlipsWithSpaceAndARequiredToggleMustBeOn() {
        var form = contactForm()
        form.focus(.main)
        XCTAssertEqual(form.apply(.char(" ")), .edited)
        XCTAssertTrue(form.isOn(.main))
        XCTAssertEqual(form.value(.main), "yes")
        XCTAssertEqual(form.apply(.right), .ignored)
        XCTAssertEqual(form.apply(.char(" ")), .edited)
        XCTAssertFalse(form.isOn(.main))

        var consent = FormState(title: "t", fields: [FormField(id: Field.main, label: "I confirm", kind: .toggle(false), isRequired: true)])
        XCTAssertFalse(consent.validate(today: today))
        XCTAssertEqual(consent.apply(.char(" ")), .edited)
        XCTAssertNil(consent.error(for: .main), "changing the value clears its message")
        XCTAssertTrue(consent.validate(today: today))
    }

    func testEditingClearsTheFieldsMessageButMovingTheCursorDoesNot() {
        var form = contactForm()
        XCTAssertFalse(form.validate(today: today))
        XCTAssertEqual(form.apply(.left), .edited)
        XCTAssertEqual(form.error(for: .name), "required", "a cursor move changes no value")
        XCTAssertEqual(form.apply(.char("A")), .edited)
        XCTAssertNil(form.error(for: .name))
    }

    func testOverlongInputIsRefusedWithAMessage() {
        var form = contactForm(name: String(repeating: "n", count: 40))
        XCTAssertEqual(form.apply(.char("x")), .edited)
        XCTAssertEqual(form.value(.name).count, 40)
        XCTAssertEqual(form.error(for: .name), "at most 40 characters")
        var tiny = FormState(title: "t", fields: [FormField(id: Field.name, label: "Initial", kind: .text(TextFieldState("A", maxLength: 1)))])
        _ = tiny.apply(.char("B"))
        XCTAssertEqual(tiny.error(for: .name), "at most 1 character")
    }

    func testAnEmptyFormIgnoresFieldKeysButStillSubmitsAndCancels() {
        var form = FormState<Field>(title: "Nothing", fields: [])
        XCTAssertNil(form.focusedField)
        XCTAssertEqual(form.apply(.tab), .ignored)
        XCTAssertEqual(form.apply(.char("a")), .ignored)
        XCTAssertEqual(form.apply(.enter), .submit)
        XCTAssertEqual(form.apply(.escape), .cancel)
        XCTAssertTrue(form.validate(today: today))
        XCTAssertFalse(form.focus(.name))
    }
}
