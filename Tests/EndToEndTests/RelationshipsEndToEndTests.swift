import Foundation
import RapportCore
import RapportStore
import XCTest

/// Issue 3's walk-through in the real binary: create an account with a contact, log an
/// interaction, undo and redo it, restart, and see everything kept.
final class RelationshipsEndToEndTests: XCTestCase {
    func testCreateAccountAndContactLogInteractionRestartAndUndo() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = scratch.file("book.sqlite")
        let command = "\(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) --today 2026-11-18"
        do {
            let session = try TmuxSession(command: command)
            try session.waitFor("Your book is empty")
            try session.press("n")
            try session.waitFor("New account")
            try session.type("Zephyr Labs")
            try session.press("Enter")
            try session.waitFor("Saved account Zephyr Labs")
            try session.press("Enter")  // open it
            try session.waitFor("Overview")
            try session.press("Tab")
            try session.waitFor("Contacts (0)")
            try session.press("n")
            try session.waitFor("New contact")
            try session.type("Ada Lovelace")
            try session.press("Tab", "Tab")
            try session.type("ada@zephyr.example")
            try session.press("Enter")
            let contacts = try session.waitFor("Saved contact Ada Lovelace")
            XCTAssertTrue(contacts.contains { $0.contains("★ Ada Lovelace") }, contacts.joined(separator: "\n"))
            try session.press("l")
            try session.waitFor("Log an interaction")
            try session.type("Kick-off call")
            try session.press("Enter")
            try session.waitFor("Saved call with Zephyr Labs")
            try session.press("Tab")
            try session.waitFor("Timeline (1)")
            try session.press("u")
            try session.waitFor("Undone: logged call with Zephyr Labs")
            let undone = try session.waitFor("Timeline (0)")
            XCTAssertFalse(undone.contains { $0.contains("Kick-off call") })
            try session.press("C-r")
            try session.waitFor("Redone: logged call with Zephyr Labs")
            try session.waitFor("Timeline (1)")
            try session.press("q")
            _ = try session.waitForScreen { _ in (try? session.format("#{pane_dead}")) != "0" }
        }
        let session = try TmuxSession(command: command)
        try session.waitFor("Accounts (1)")
        try session.press("Enter")
        try session.press("Tab", "Tab")
        let timeline = try session.waitFor("Timeline (1)")
        XCTAssertTrue(timeline.contains { $0.contains("Kick-off call") && $0.contains("Ada Lovelace") }, timeline.joined(separator: "\n"))
        // Undo belongs to the window that made the change: this one made none.
        try session.press("u")
        try session.waitFor("Nothing to undo")
        try session.press("q")

        let database = try openStore(store)
        let account = try XCTUnwrap(try database.accounts().first)
        XCTAssertEqual(try database.contacts(accountID: account.id ?? 0).map(\.email), ["ada@zephyr.example"])
        XCTAssertEqual(try database.interactions(accountID: account.id ?? 0).map(\.summary), ["Kick-off call"])
    }

    func testNotesOpenInTheEditorAndAreSaved() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = scratch.file("book.sqlite")
        XCTAssertEqual(try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "3", "--today", "2026-11-18"]).status, 0)
        // A stand-in editor that appends a line to the file it is given.
        let editor = scratch.file("editor.sh")
        try "#!/bin/sh\nprintf 'Met the CFO in Oslo\\n' >> \"$1\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o700)
        let session = try TmuxSession(
            command: "\(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) --today 2026-11-18", environment: ["EDITOR": editor, "VISUAL": ""])
        try session.waitFor("Accounts (3)")
        try session.press("E")
        try session.waitFor("Saved the notes of")
        try session.press("Enter")
        let overview = try session.waitFor("Met the CFO in Oslo")
        XCTAssertTrue(overview.contains { $0.contains("Notes") }, overview.joined(separator: "\n"))
        XCTAssertEqual(try session.format("#{alternate_on}"), "1", "the dashboard took the screen back")
        // Twice: the line the first edit added keeps its line break (issue 11, bug 1, "E drops
        // the trailing newline" stored both lines as one).
        try session.press("E")
        try session.waitFor("Met the CFO in Oslo ¶ Met the CFO in Oslo")
        try session.press("q")
        _ = try session.waitForScreen { _ in (try? session.format("#{pane_dead}")) != "0" }
        let edited = try openStore(store).accounts().filter { !$0.notes.isEmpty }
        XCTAssertEqual(edited.count, 1, "only the selected account's notes changed")
        let notes = try XCTUnwrap(edited.first?.notes)
        XCTAssertEqual(notes.components(separatedBy: "\n").suffix(2), ["Met the CFO in Oslo", "Met the CFO in Oslo"], notes)
    }

    func testPastedLinesGoIntoTheFieldWithoutSubmittingTheForm() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = scratch.file("book.sqlite")
        let session = try TmuxSession(command: "\(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) --today 2026-11-18")
        try session.waitFor("Your book is empty")
        try session.press("n")
        try session.waitFor("New account")
        try session.tmux(["set-buffer", "-b", "clip", "Nordic Rail\nAS\u{1B}[31m"])
        // -p: bracketed, as a terminal pastes when the program asked for it.
        try session.tmux(["paste-buffer", "-p", "-b", "clip", "-t", session.name])
        let form = try session.waitFor("Nordic Rail AS")
        XCTAssertTrue(form.contains { $0.contains("New account") }, "the paste did not submit the form:\n" + form.joined(separator: "\n"))
        try session.press("Enter")
        try session.waitFor("Saved account Nordic Rail AS")
        try session.press("q")
        _ = try session.waitForScreen { _ in (try? session.format("#{pane_dead}")) != "0" }
        XCTAssertEqual(try openStore(store).accounts().map(\.name), ["Nordic Rail AS"])
    }
}
