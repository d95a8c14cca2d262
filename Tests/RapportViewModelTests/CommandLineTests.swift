import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// `:` opens a command line in the status bar: typing edits it, Tab completes the command and
/// its argument, ↑/↓ walk this session's commands, Enter runs, Esc leaves.
final class CommandLineTests: XCTestCase {
    /// The dashboard with `text` typed after `:`.
    private func typed(_ text: String, in dashboard: Dashboard) {
        dashboard.driver.key(.char(":"))
        dashboard.driver.type(text)
    }

    func testColonOpensTheLineWhichTakesEveryKey() throws {
        let dashboard = try Dashboard()
        var expected = dashboard.state
        let open = step(dashboard.viewModel, key: .char(":"))
        expected.prompt = CommandPrompt()
        XCTAssertEqual(open.state, expected)
        XCTAssertEqual(open.effects, [])
        XCTAssertEqual(open.state.keyContexts, [.command])

        dashboard.driver.key(.char(":"))
        // `q` and `j` are text here, not quit and move.
        dashboard.driver.type("qj")
        XCTAssertEqual(dashboard.state.prompt?.text, "qj")
        XCTAssertFalse(dashboard.driver.quit)
        dashboard.driver.keys(.left, .backspace)
        XCTAssertEqual(dashboard.state.prompt?.text, "j")
        dashboard.driver.send(.key(.paste("sort")))
        XCTAssertEqual(dashboard.state.prompt?.text, "sortj")
        dashboard.driver.key(.ctrl("u"))
        XCTAssertEqual(dashboard.state.prompt?.text, "j")
    }

    func testEscClosesTheLineAndChangesNothing() throws {
        let dashboard = try Dashboard()
        let before = dashboard.state
        typed("sort renewal", in: dashboard)
        let escaped = step(dashboard.viewModel, key: .escape)
        XCTAssertEqual(escaped.state, before)
        XCTAssertEqual(escaped.effects, [])
        // Backspace on an empty line leaves it too, as in vim.
        dashboard.driver.keys(.escape, .char(":"))
        XCTAssertEqual(step(dashboard.viewModel, key: .backspace).state, before)
    }

    func testSortRenewalSortsAndSelectsTheFirstRow() throws {
        let dashboard = try Dashboard()
        dashboard.driver.key(.down)
        typed("sort ren", in: dashboard)
        var expected = dashboard.state
        let run = step(dashboard.viewModel, key: .enter)
        expected.prompt = nil
        expected.commandHistory.add("sort ren")
        expected.accounts.sort = .renewal
        expected.message = StatusMessage("Sorted by renewal", kind: .info)
        XCTAssertEqual(run.state, expected)
        XCTAssertEqual(run.effects, [.load(.accountPage(AccountPageRequest(sort: .renewal, anchor: .first, limit: standardPageLimit)))])

        dashboard.driver.key(.enter)
        XCTAssertEqual(dashboard.state.accountNames.first, "Bluefin Analytics", "renews in 10 days, the soonest")
        XCTAssertEqual(dashboard.state.accounts.selected, 0)
    }

    func testSortByFollowUpAndByRisk() throws {
        let dashboard = try Dashboard()
        // Given Cedar has a follow-up due and Müller one later; the others none
        for (accountID, days) in [(try XCTUnwrap(dashboard.book.cedar.id), 3), (try XCTUnwrap(dashboard.book.muller.id), 9)] {
            _ = try dashboard.database.apply(
                .logInteraction(
                    Interaction(accountID: accountID, kind: .call, date: BookFixture.today, summary: "Call", nextStep: ""),
                    nextFollowUp: BookFixture.today.adding(days: days)),
                at: BookFixture.clockTime)
        }
        typed("sort follow-up", in: dashboard)
        var expected = dashboard.state
        let run = step(dashboard.viewModel, key: .enter)
        expected.prompt = nil
        expected.commandHistory.add("sort follow-up")
        expected.accounts.sort = .followUp
        expected.message = StatusMessage("Sorted by next follow-up", kind: .info)
        XCTAssertEqual(run.state, expected)
        XCTAssertEqual(run.effects, [.load(.accountPage(AccountPageRequest(sort: .followUp, anchor: .first, limit: standardPageLimit)))])
        dashboard.driver.key(.enter)
        XCTAssertEqual(dashboard.state.accountNames, ["Cedar Health", "Müller Präzision GmbH", "Acme Corp", "Bluefin Analytics"], "soonest first, none last")
        // :sort ri → risk: Acme (at risk and overdue) first, then Müller (blocked)
        typed("sort ri", in: dashboard)
        dashboard.driver.key(.enter)
        XCTAssertEqual(dashboard.state.accounts.sort, .risk)
        XCTAssertEqual(dashboard.state.message, StatusMessage("Sorted by risk ↓", kind: .info))
        XCTAssertEqual(dashboard.state.accountNames, ["Acme Corp", "Müller Präzision GmbH", "Bluefin Analytics", "Cedar Health"])
        XCTAssertEqual(dashboard.state.accounts.selectedID, dashboard.book.acme.id, "the most at risk is selected")
    }

    func testSortWithoutAClearOrderSaysWhichThereAre() throws {
        let dashboard = try Dashboard()
        typed("sort zz", in: dashboard)
        var expected = dashboard.state
        let run = step(dashboard.viewModel, key: .enter)
        expected.prompt = nil
        expected.commandHistory.add("sort zz")
        expected.message = StatusMessage("No single order starts with “zz” — one of name, arr, health, renewal, follow-up, risk", kind: .error)
        XCTAssertEqual(run.state, expected)
        XCTAssertEqual(run.effects, [])
    }

    func testQuitTakesThePathOfQ() throws {
        let dashboard = try Dashboard()
        typed("q", in: dashboard)
        XCTAssertEqual(step(dashboard.viewModel, key: .enter).effects, [.quit])
        dashboard.driver.key(.escape)
        typed("quit", in: dashboard)
        dashboard.driver.key(.enter)
        XCTAssertTrue(dashboard.driver.quit)
    }

    func testQuitWithAChangeWaitingAsksFirst() throws {
        let dashboard = try Dashboard()
        dashboard.driver.holdsWrites = true
        dashboard.driver.keys(.tab, .char("+"))
        typed("q", in: dashboard)
        let run = step(dashboard.viewModel, key: .enter)
        XCTAssertEqual(run.effects, [])
        XCTAssertEqual(run.state.message, StatusMessage("A change is still waiting for the store — q again quits without it", kind: .error))
        XCTAssertTrue(run.state.isQuitting)
    }

    func testHelpOpensTheHelpOverlay() throws {
        let dashboard = try Dashboard()
        typed("help", in: dashboard)
        var expected = dashboard.state
        let run = step(dashboard.viewModel, key: .enter)
        expected.prompt = nil
        expected.commandHistory.add("help")
        expected.overlay = .help
        XCTAssertEqual(run.state, expected)
        XCTAssertEqual(run.state.keyContexts, [.help])
    }

    func testThemeAsksTheLoopToLoadItAndSaysHowItWent() throws {
        let dashboard = try Dashboard()
        typed("theme light", in: dashboard)
        let run = step(dashboard.viewModel, key: .enter)
        XCTAssertEqual(run.effects, [.loadTheme("light")])
        XCTAssertNil(run.state.message)

        dashboard.driver.key(.enter)
        XCTAssertEqual(dashboard.driver.themeRequests, ["light"])
        var expected = dashboard.state
        let loaded = step(dashboard.viewModel, .themeLoaded(name: "light", error: nil))
        expected.message = StatusMessage("Theme “light”", kind: .success)
        XCTAssertEqual(loaded.state, expected)
        let failed = step(dashboard.viewModel, .themeLoaded(name: "neon", error: "Unknown theme 'neon' — keeping the current theme"))
        expected = dashboard.state
        expected.message = StatusMessage("Unknown theme 'neon' — keeping the current theme", kind: .error)
        XCTAssertEqual(failed.state, expected)
    }

    func testDumpAsksTheLoopToWriteTheScreenAndSaysWhere() throws {
        let dashboard = try Dashboard()
        typed("dump /tmp/screen.txt", in: dashboard)
        var expected = dashboard.state
        let run = step(dashboard.viewModel, key: .enter)
        expected.prompt = nil
        expected.commandHistory.add("dump /tmp/screen.txt")
        XCTAssertEqual(run.state, expected)
        XCTAssertEqual(run.effects, [.dumpScreen(path: "/tmp/screen.txt")])

        dashboard.driver.key(.enter)
        typed("dump", in: dashboard)
        dashboard.driver.key(.enter)
        XCTAssertEqual(dashboard.driver.dumpRequests, ["/tmp/screen.txt", "rapport-screen.txt"], "no file: the default in the working folder")

        expected = dashboard.state
        expected.message = StatusMessage("Wrote the screen to rapport-screen.txt", kind: .success)
        XCTAssertEqual(step(dashboard.viewModel, .screenDumped(path: "rapport-screen.txt", error: nil)).state, expected)
        expected = dashboard.state
        expected.message = StatusMessage("Could not write /nope/x.txt: no such file or directory", kind: .error)
        XCTAssertEqual(
            step(dashboard.viewModel, .screenDumped(path: "/nope/x.txt", error: "Could not write /nope/x.txt: no such file or directory")).state,
            expected)
    }

    func testReportAsksTheLoopToWriteThePeriodsReportForTheBookOrTheAccountOpen() throws {
        let dashboard = try Dashboard()
        let quarter = Period(size: .quarter, containing: BookFixture.today.yearMonth, calendar: FiscalCalendar())
        typed("report", in: dashboard)
        let run = step(dashboard.viewModel, key: .enter)
        let bookFile = "rapport-report-\(ReportPeriodText.key(of: quarter)).md"
        XCTAssertEqual(run.effects, [.writeReport(ReportRequest(period: quarter, accountID: nil, today: BookFixture.today, path: bookFile))])
        XCTAssertNil(run.state.message)
        dashboard.driver.key(.enter)

        // In an account's detail, the report is that account's, to the file named.
        dashboard.driver.key(.enter)
        let acmeID = try XCTUnwrap(dashboard.book.acme.id)
        XCTAssertEqual(dashboard.state.detail?.scope, .account(acmeID))
        typed("report /tmp/acme.md", in: dashboard)
        dashboard.driver.key(.enter)
        XCTAssertEqual(
            dashboard.driver.reportRequests,
            [ReportRequest(period: quarter, accountID: nil, today: BookFixture.today, path: bookFile),
             ReportRequest(period: quarter, accountID: acmeID, today: BookFixture.today, path: "/tmp/acme.md")])

        var expected = dashboard.state
        expected.message = StatusMessage("Wrote the report to /tmp/acme.md", kind: .success)
        XCTAssertEqual(step(dashboard.viewModel, .reportWritten(path: "/tmp/acme.md", error: nil)).state, expected)
    }

    func testGotoSelectsTheAccountIgnoringCaseAndAccents() throws {
        let dashboard = try Dashboard()
        let mullerID = try XCTUnwrap(dashboard.book.muller.id)
        typed("goto muller", in: dashboard)
        let run = step(dashboard.viewModel, key: .enter)
        XCTAssertEqual(run.effects, [.load(.accountNamed("muller"))])

        dashboard.driver.keys(.char("/"), .char("b"), .enter)
        typed("goto MULLER", in: dashboard)
        dashboard.driver.key(.enter)
        XCTAssertEqual(dashboard.state.accounts.selectedID, mullerID)
        XCTAssertEqual(dashboard.state.accounts.search, "", "a filter that hid it is cleared")
        XCTAssertEqual(dashboard.state.focused.accountID, mullerID)
        XCTAssertEqual(dashboard.state.message, StatusMessage("Went to Müller Präzision GmbH", kind: .info))

        // A name in the middle is the last resort: "health" is only inside "Cedar Health".
        typed("goto health", in: dashboard)
        dashboard.driver.key(.enter)
        XCTAssertEqual(dashboard.state.accounts.selectedID, dashboard.book.cedar.id)
    }

    func testGotoFromTheDetailViewReturnsToTheList() throws {
        let dashboard = try Dashboard()
        dashboard.driver.key(.enter)
        XCTAssertNotNil(dashboard.state.detail)
        typed("goto blue", in: dashboard)
        dashboard.driver.key(.enter)
        XCTAssertNil(dashboard.state.detail)
        XCTAssertEqual(dashboard.state.pane, .accounts)
        XCTAssertEqual(dashboard.state.accounts.selectedID, dashboard.book.bluefin.id)
    }

    func testGotoNothingSaysSoInOneLine() throws {
        let dashboard = try Dashboard()
        let before = dashboard.state
        typed("goto zebra", in: dashboard)
        dashboard.driver.key(.enter)
        var expected = before
        expected.commandHistory.add("goto zebra")
        expected.message = StatusMessage("No account is named like “zebra”", kind: .info)
        XCTAssertEqual(dashboard.state, expected)
    }

    func testUnknownCommandIsOneLineError() throws {
        let dashboard = try Dashboard()
        let before = dashboard.state
        typed("frob now", in: dashboard)
        let run = step(dashboard.viewModel, key: .enter)
        var expected = before
        expected.commandHistory.add("frob now")
        expected.message = StatusMessage("Unknown command ':frob' — :help lists them", kind: .error)
        XCTAssertEqual(run.state, expected)
        XCTAssertEqual(run.effects, [])
    }

    // MARK: Completion

    func testTabCompletesAUniqueCommandAndShowsSeveral() throws {
        let dashboard = try Dashboard()
        typed("so", in: dashboard)
        dashboard.driver.key(.tab)
        XCTAssertEqual(dashboard.state.prompt?.text, "sort ", "a command that takes an argument gets its space")
        XCTAssertEqual(dashboard.state.prompt?.candidates, [])

        dashboard.driver.keys(.ctrl("u"), .char("h"), .tab)
        XCTAssertEqual(dashboard.state.prompt?.text, "help")

        dashboard.driver.keys(.ctrl("u"), .tab)
        XCTAssertEqual(dashboard.state.prompt?.text, "")
        XCTAssertEqual(
            dashboard.state.prompt?.candidates,
            ["agenda", "changes", "dump", "export", "goto", "help", "import", "list", "quit", "report", "snooze", "sort", "theme", "update"])

        dashboard.driver.keys(.char("x"), .tab)
        XCTAssertEqual(dashboard.state.prompt?.noMatch, true)
        dashboard.driver.key(.backspace)
        XCTAssertEqual(dashboard.state.prompt?.noMatch, false, "an edit clears what Tab said")
    }

    func testTabCompletesSortOrdersAndThemes() throws {
        let dashboard = try Dashboard()
        dashboard.driver.offerThemes(["default", "dusk", "light", "mono"])
        typed("so h", in: dashboard)
        dashboard.driver.key(.tab)
        XCTAssertEqual(dashboard.state.prompt?.text, "sort health")

        dashboard.driver.keys(.ctrl("u"))
        dashboard.driver.type("theme d")
        dashboard.driver.key(.tab)
        XCTAssertEqual(dashboard.state.prompt?.text, "theme d")
        XCTAssertEqual(dashboard.state.prompt?.candidates, ["default", "dusk"])
        dashboard.driver.type("u")
        dashboard.driver.key(.tab)
        XCTAssertEqual(dashboard.state.prompt?.text, "theme dusk")
    }

    func testTabCompletesAccountNamesFromTheStore() throws {
        let dashboard = try Dashboard()
        typed("goto mü", in: dashboard)
        let tab = step(dashboard.viewModel, key: .tab)
        XCTAssertEqual(tab.effects, [.load(.accountNames(prefix: "mü", limit: 8))])
        dashboard.driver.key(.tab)
        XCTAssertEqual(dashboard.state.prompt?.text, "goto Müller Präzision GmbH")

        dashboard.driver.keys(.ctrl("u"))
        dashboard.driver.type("goto c")
        dashboard.driver.key(.tab)
        XCTAssertEqual(dashboard.state.prompt?.text, "goto Cedar Health")

        // Names that share a start are offered, the shared part filled in.
        _ = try dashboard.database.apply(
            .addAccount(Account(name: "Cedar Logistics", industry: "", region: "", tier: .midMarket, owner: "", annualRecurringRevenue: .major(1), renewalDate: nil)),
            at: BookFixture.clockTime)
        dashboard.driver.keys(.ctrl("u"))
        dashboard.driver.type("goto c")
        dashboard.driver.key(.tab)
        XCTAssertEqual(dashboard.state.prompt?.text, "goto Cedar ")
        XCTAssertEqual(dashboard.state.prompt?.candidates, ["Cedar Health", "Cedar Logistics"])
    }

    func testAStaleAccountNameReplyIsDropped() throws {
        let dashboard = try Dashboard()
        typed("goto c", in: dashboard)
        let before = dashboard.state
        let late = step(dashboard.viewModel, .loaded(.accountNames(prefix: "a", limit: 8), .success(.accountNames(["Acme Corp"]))))
        XCTAssertEqual(late.state, before)
    }

    // MARK: History

    func testUpAndDownWalkThisSessionsCommandsMostRecentFirst() throws {
        let dashboard = try Dashboard()
        for line in ["sort arr", "sort name", "sort name", "help"] {
            typed(line, in: dashboard)
            dashboard.driver.key(.enter)
            dashboard.driver.key(.escape)
        }
        XCTAssertEqual(dashboard.state.commandHistory.entries, ["help", "sort name", "sort arr"], "no duplicates back to back")

        typed("go", in: dashboard)
        dashboard.driver.key(.up)
        XCTAssertEqual(dashboard.state.prompt?.text, "help")
        dashboard.driver.keys(.up, .up, .up)
        XCTAssertEqual(dashboard.state.prompt?.text, "sort arr", "the oldest stays")
        dashboard.driver.key(.down)
        XCTAssertEqual(dashboard.state.prompt?.text, "sort name")
        dashboard.driver.keys(.down, .down)
        XCTAssertEqual(dashboard.state.prompt?.text, "go", "what was typed comes back")
        XCTAssertNil(dashboard.state.prompt?.historyIndex)
    }

    func testHistoryIsBounded() {
        var history = CommandHistory(limit: 3)
        for line in ["a", "b", "c", "d", "d", ""] { history.add(line) }
        XCTAssertEqual(history.entries, ["d", "c", "b"])
    }
}
