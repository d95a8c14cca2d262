import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// `E`: the account's notes in $EDITOR. The view model asks for the editor and takes back the
/// text it left; line breaks are kept, the ones an editor adds at the end are not.
final class EditorFlowTests: XCTestCase {
    func testEAsksForTheEditorWithTheAccountAsItIs() throws {
        let dashboard = try Dashboard()
        let open = step(dashboard.viewModel, key: .char("E"))
        XCTAssertEqual(open.effects, [.openEditor(EditorRequest(account: dashboard.book.acme))])
        var waiting = dashboard.state
        waiting.editing = EditorRequest(account: dashboard.book.acme)
        XCTAssertEqual(open.state, waiting, "only the request is remembered, for the save to compare with")
        XCTAssertEqual(EditorRequest(account: dashboard.book.acme).title, "Acme Corp")
        dashboard.driver.keys(.enter, .char("E"))
        XCTAssertEqual(dashboard.driver.editorRequests, [EditorRequest(account: dashboard.book.acme)], "also from the overview")
        dashboard.driver.key(.tab)
        XCTAssertEqual(step(dashboard.viewModel, key: .char("E")).effects, [], "not in the contacts section")
    }

    func testTheNotesKeepTheirLineBreaksButNotTheEditorsLastOne() throws {
        let dashboard = try Dashboard()
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        dashboard.driver.key(.char("E"))
        let finished = step(dashboard.viewModel, .editorFinished("line1\nline2\n"))
        var edited = dashboard.book.acme
        edited.notes = "line1\nline2"
        XCTAssertEqual(finished.effects, [.write(id: 1, .editAccount(RecordEdit(original: dashboard.book.acme, edited: edited)))])
        var expected = dashboard.state
        expected.editing = nil
        expected.writes.nextID = 2
        expected.writes.inFlight = [1: "notes"]
        XCTAssertEqual(finished.state, expected)

        dashboard.driver.send(.editorFinished("line1\nline2\n"))
        XCTAssertEqual(try dashboard.database.account(id: acmeID)?.notes, "line1\nline2")
        XCTAssertEqual(dashboard.state.focused.overview?.account.notes, "line1\nline2")
        XCTAssertEqual(dashboard.state.message, StatusMessage("Saved the notes of Acme Corp", kind: .success))

        dashboard.driver.key(.char("E"))
        dashboard.driver.send(.editorFinished("Prefers email\u{1B}[31m\n\nCall after 3pm\n\n\n"))
        XCTAssertEqual(try dashboard.database.account(id: acmeID)?.notes, "Prefers email\n\nCall after 3pm", "escape sequences go, blank lines inside stay")
    }

    func testUnchangedTextWritesNothing() throws {
        let dashboard = try Dashboard()
        try dashboard.database.setNotes("line1\nline2", of: dashboard.book.acme)
        dashboard.driver.send(.changedElsewhere)
        dashboard.driver.key(.char("E"))
        for text in ["line1\nline2", "line1\nline2\n", "line1\nline2\n\n"] {
            let finished = step(dashboard.viewModel, .editorFinished(text))
            XCTAssertEqual(finished.effects, [], text)
            var expected = dashboard.state
            expected.editing = nil
            expected.message = StatusMessage("Notes unchanged", kind: .info)
            XCTAssertEqual(finished.state, expected, text)
        }
    }

    func testAFailedEditorAndTooLongNotesChangeNothing() throws {
        let dashboard = try Dashboard()
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        dashboard.driver.key(.char("E"))
        let failed = step(dashboard.viewModel, .editorFinished(nil))
        XCTAssertEqual(failed.effects, [])
        XCTAssertEqual(failed.state.message, StatusMessage("The editor failed or was cancelled — notes unchanged", kind: .error))

        let tooLong = step(dashboard.viewModel, .editorFinished(String(repeating: "x", count: 5_001)))
        XCTAssertEqual(tooLong.effects, [])
        var expected = dashboard.state
        expected.editing = nil
        expected.message = StatusMessage("Notes not saved: at most 5000 characters", kind: .error)
        XCTAssertEqual(tooLong.state, expected)
        XCTAssertEqual(
            step(dashboard.viewModel, .editorFinished(String(repeating: "x", count: 5_000) + "\n")).effects.count, 1,
            "5,000 characters and the editor's line break fit")
        XCTAssertEqual(try dashboard.database.account(id: acmeID)?.notes, "")
    }

    func testNotesSavedFromTheEditorCanBeUndone() throws {
        let dashboard = try Dashboard()
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        dashboard.driver.key(.char("E"))
        dashboard.driver.send(.editorFinished("Prefers email\n"))
        XCTAssertEqual(try dashboard.database.account(id: acmeID)?.notes, "Prefers email")
        dashboard.driver.key(.char("u"))
        XCTAssertEqual(try dashboard.database.account(id: acmeID)?.notes, "")
        XCTAssertEqual(dashboard.state.focused.overview?.account.notes, "")
    }

    func testNotesChangedElsewhereWhileTheEditorRanAreNotOverwritten() throws {
        let dashboard = try Dashboard()
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        dashboard.driver.key(.char("E"))
        try dashboard.database.setNotes("Written elsewhere", of: dashboard.book.acme)
        dashboard.driver.send(.editorFinished("Mine\n"))
        XCTAssertEqual(try dashboard.database.account(id: acmeID)?.notes, "Written elsewhere")
        XCTAssertEqual(dashboard.state.message?.kind, .error)
        XCTAssertEqual(dashboard.state.message?.text.contains("changed elsewhere (notes)"), true, "\(String(describing: dashboard.state.message))")
    }
}
