import Foundation
import RapportCore
import RapportStore
import XCTest

/// The HTML report in a real browser: headless Chromium (Debian's package, installed by
/// .ci/run) renders it with no console message, draws a page that is not blank, keeps hostile
/// names as text in the DOM, and prints it to PDF one section a page.
final class ReportInBrowserTests: XCTestCase {
    private func chromium() throws -> String {
        for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"] where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        throw XCTSkip("Chromium is not installed (apt-get install chromium; .ci/run installs it), so the report is not checked in a browser")
    }

    /// Runs headless Chromium on `file` with `arguments`; its stderr, where console messages
    /// are logged as `:CONSOLE` lines.
    private func browse(_ browser: String, _ file: String, _ arguments: [String]) throws -> CommandResult {
        let profile = FileManager.default.temporaryDirectory.path + "/rapport-chromium-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let result = try runCommand(
            "/usr/bin/timeout",
            ["120", browser, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--user-data-dir=\(profile)",
             "--enable-logging=stderr", "--v=0"] + arguments + ["file://" + file],
            environment: ["HOME": profile])
        XCTAssertEqual(result.status, 0, result.standardError)
        return result
    }

    private func consoleLines(_ result: CommandResult) -> [String] {
        result.standardError.split(separator: "\n").map(String.init).filter { $0.contains(":CONSOLE") || $0.contains("Uncaught") }
    }

    /// A book whose names would run script or load images if the report interpreted them,
    /// each with the most overdue blocked initiative, so the report names them.
    private func hostileStore(_ scratch: Scratch) throws -> String {
        let store = scratch.file("demo.sqlite")
        let demo = try runCommand(RapportBinary.path, ["demo", "--store", store, "--today", "2026-12-01"])
        XCTAssertEqual(demo.status, 0, demo.standardError)
        let database = try openStore(store)
        let clock = Date(timeIntervalSince1970: 1_795_000_000)
        for name in ["<script>console.error('xss-script')</script>", "<img src=x onerror=\"console.error('xss-img')\">", "[x](javascript:alert(1))"] {
            guard case .saved(let summary) = try database.apply(
                .addAccount(Account(name: name, industry: "", region: "", tier: .enterprise, owner: "", annualRecurringRevenue: .zero, renewalDate: nil)), at: clock),
                let id = summary.focusAccountID
            else { throw XCTSkip("could not add a hostile account") }
            _ = try database.apply(
                .addInitiative(Initiative(accountID: id, title: name, objective: "", owner: "", status: .blocked, progress: 5, dueDate: Day(year: 2020, month: 1, day: 1))), at: clock)
        }
        try database.close()
        return store
    }

    private func htmlReport(_ scratch: Scratch, store: String) throws -> String {
        let file = scratch.file("report.html")
        let result = try runCommand(
            RapportBinary.path, ["report", "--store", store, "--period", "2026-Q3", "--format", "html", "--output", file, "--today", "2026-12-01"])
        XCTAssertEqual(result.status, 0, result.standardError)
        return file
    }

    func testTheConsoleCheckSeesAPageThatLogs() throws {
        let browser = try chromium()
        let scratch = try Scratch()
        let page = scratch.file("logs.html")
        try Data("<!DOCTYPE html><p>x</p><script>console.error('seen'); missingFunction();</script>".utf8).write(to: URL(fileURLWithPath: page))
        let lines = consoleLines(try browse(browser, page, ["--dump-dom"]))
        XCTAssertTrue(lines.contains { $0.contains("seen") }, "the check would miss a console error: \(lines)")
        XCTAssertTrue(lines.contains { $0.contains("Uncaught ReferenceError") }, "\(lines)")
    }

    func testTheReportRendersWithNoConsoleMessageAndKeepsHostileNamesAsText() throws {
        let browser = try chromium()
        let scratch = try Scratch()
        let file = try htmlReport(scratch, store: try hostileStore(scratch))
        let result = try browse(browser, file, ["--dump-dom"])
        XCTAssertEqual(consoleLines(result), [])
        let dom = result.standardOutput
        XCTAssertTrue(dom.contains("<h1>Book report — Q3 2026</h1>"), String(dom.prefix(400)))
        XCTAssertFalse(dom.contains("<script"), "no script element in the page")
        XCTAssertFalse(dom.contains("<img"), "no image element in the page")
        XCTAssertFalse(dom.contains("<a "), "no link in the page")
        XCTAssertTrue(dom.contains("&lt;script&gt;console.error('xss-script')&lt;/script&gt;"), "the name is shown as text")
        XCTAssertTrue(dom.contains("&lt;img src=x onerror=\"console.error('xss-img')\"&gt;"), "the name is shown as text")
    }

    func testTheScreenshotIsNotBlankAndShowsTheCharts() throws {
        let browser = try chromium()
        let scratch = try Scratch()
        let store = scratch.file("demo.sqlite")
        XCTAssertEqual(try runCommand(RapportBinary.path, ["demo", "--store", store, "--today", "2026-12-01"]).status, 0)
        let file = try htmlReport(scratch, store: store)
        let png = scratch.file("report.png")
        let result = try browse(browser, file, ["--screenshot=\(png)", "--window-size=1000,1400", "--hide-scrollbars"])
        XCTAssertEqual(consoleLines(result), [])
        let decoded = try runCommand("/usr/bin/env", ["python3", "-c", Self.pngSummary, png])
        XCTAssertEqual(decoded.status, 0, decoded.standardError)
        let figures = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(decoded.standardOutput.utf8)) as? [String: Int])
        XCTAssertEqual(figures["width"], 1000)
        XCTAssertGreaterThan(figures["inked"] ?? 0, (figures["pixels"] ?? 0) / 50, "more than 2% of the page is drawn on")
        XCTAssertGreaterThan(figures["chartBlue"] ?? 0, 5_000, "the revenue bars (#2f81f7) are drawn")
        XCTAssertGreaterThan(figures["blockedRed"] ?? 0, 200, "the blocked part of the status bar (#cf222e) is drawn")
    }

    func testPrintingToPDFGivesOnePagePerSection() throws {
        let browser = try chromium()
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo") else {
            throw XCTSkip("pdfinfo (poppler-utils) is not installed; .ci/run installs it")
        }
        let scratch = try Scratch()
        let store = scratch.file("demo.sqlite")
        XCTAssertEqual(try runCommand(RapportBinary.path, ["demo", "--store", store, "--today", "2026-12-01"]).status, 0)
        let file = try htmlReport(scratch, store: store)
        let pdf = scratch.file("report.pdf")
        _ = try browse(browser, file, ["--print-to-pdf=\(pdf)", "--no-pdf-header-footer"])
        let info = try runCommand("/usr/bin/pdfinfo", [pdf])
        XCTAssertEqual(info.status, 0, info.standardError)
        let pages = info.standardOutput.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last.map(String.init)
        // Six sections: the title with the client base, revenue, forecast, initiatives,
        // accounts needing attention, movers; each starts a page and fits on it.
        XCTAssertEqual(pages, "6")
    }

    /// Decodes a PNG with Python's zlib (8-bit RGB or RGBA, no interlace: what Chromium writes)
    /// and counts the pixels that are not white and those of two chart colours.
    static let pngSummary = #"""
        import json, struct, sys, zlib
        data = open(sys.argv[1], 'rb').read()
        assert data[:8] == b'\x89PNG\r\n\x1a\n'
        pos, idat = 8, b''
        while pos < len(data):
            length, kind = struct.unpack('>I4s', data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            if kind == b'IHDR':
                width, height, depth, colour, _, _, interlace = struct.unpack('>IIBBBBB', body)
            elif kind == b'IDAT':
                idat += body
            pos += 12 + length
        assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour, interlace)
        bpp = 3 if colour == 2 else 4
        raw = zlib.decompress(idat)
        stride = width * bpp
        previous = bytearray(stride)
        inked = blue = red = 0
        for y in range(height):
            start = y * (stride + 1)
            kind = raw[start]
            line = bytearray(raw[start + 1:start + 1 + stride])
            for x in range(stride):
                a = line[x - bpp] if x >= bpp else 0
                b = previous[x]
                c = previous[x - bpp] if x >= bpp else 0
                if kind == 1: line[x] = (line[x] + a) & 255
                elif kind == 2: line[x] = (line[x] + b) & 255
                elif kind == 3: line[x] = (line[x] + (a + b) // 2) & 255
                elif kind == 4:
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            for x in range(0, stride, bpp):
                r, g, bl = line[x], line[x + 1], line[x + 2]
                if r < 240 or g < 240 or bl < 240: inked += 1
                if abs(r - 0x2f) < 12 and abs(g - 0x81) < 12 and abs(bl - 0xf7) < 12: blue += 1
                if abs(r - 0xcf) < 12 and abs(g - 0x22) < 12 and abs(bl - 0x2e) < 12: red += 1
            previous = line
        print(json.dumps({'width': width, 'height': height, 'pixels': width * height, 'inked': inked, 'chartBlue': blue, 'blockedRed': red}))
        """#
}
