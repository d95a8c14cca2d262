import Foundation
import RapportCore
import RapportForecast
@testable import RapportStore
import XCTest

/// Many copies of a real store, each damaged at random: every one is refused at opening or
/// found by the integrity check and kept read-only (or, when the damage fell on bytes SQLite
/// never reads, works as before), with no crash, no hang, and its folder as it was.
final class DamagedStoreCorpusTests: XCTestCase {
    let basis = TestClock.basis

    /// How a copy is damaged.
    enum Damage: CaseIterable {
        case scatteredBytes, zeroedPage, scribbledPage, truncated, swappedPages
    }

    func testRandomlyDamagedCopies() throws {
        let copies = Int(ProcessInfo.processInfo.environment["RAPPORT_DAMAGED_COPIES"] ?? "") ?? 120
        let seed = UInt64(ProcessInfo.processInfo.environment["RAPPORT_DAMAGE_SEED"] ?? "") ?? 2026
        let directory = try TemporaryDirectory()
        let original = directory.file("original.sqlite")
        let setup = try AppDatabase.open(path: original, basis: basis)
        try setup.writeDemoBook(DemoBook(seed: 5, accountCount: 30, today: TestClock.today))
        try setup.close()
        let pristine = try XCTUnwrap(bytes(of: original))
        let pageSize = 4096
        let pages = pristine.count / pageSize

        var generator = SeededGenerator(seed: seed)
        var tally: [String: Int] = [:]
        for number in 0..<copies {
            let damage = Damage.allCases[generator.int(in: 0...(Damage.allCases.count - 1))]
            let folder = directory.file("copy-\(number)")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            let path = folder + "/store.sqlite"
            let damaged = damaging(pristine, with: damage, pageSize: pageSize, pages: pages, generator: &generator)
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: damaged, attributes: [.posixPermissions: 0o600]))
            let before = FolderSnapshot(folder)
            let label = "copy \(number) (\(damage), seed \(seed))"
            tally[try open(path, label: label), default: 0] += 1
            XCTAssertEqual(FolderSnapshot(folder), before, "\(label): the folder is as it was")
        }
        let summary = tally.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        print("damaged stores: \(copies) copies (seed \(seed)): \(summary); 0 crashes, 0 hangs, 0 changed")
        XCTAssertEqual(tally.values.reduce(0, +), copies)
    }

    /// Opens a damaged copy the dashboard's way, reads what the first screens read, tries a
    /// write, and closes; returns what happened.
    private func open(_ path: String, label: String) throws -> String {
        let database: AppDatabase
        do {
            database = try AppDatabase.open(path: path, basis: basis, options: .dashboard)
        } catch let error as StoreError {
            let message = "\(error)"
            XCTAssertFalse(message.contains("\n"), "\(label): one line: \(message)")
            XCTAssertTrue(message.contains(path), "\(label): names the file: \(message)")
            return "refused at opening"
        }
        defer { try? database.close() }
        let problem = database.completeIntegrityCheck()
        // Reading may fail on damaged pages, but only with an error
        let reads: [StoreQuery] = [.kpis, .accountPage(AccountPageRequest(sort: .name, anchor: .first, limit: 40))]
        var failedReads = 0
        for query in reads {
            do { _ = try database.fetch(query) } catch is StoreError { failedReads += 1 }
        }
        if let ids = try? database.accountPage(AccountPageRequest(sort: .name, anchor: .first, limit: 5)).entries.map(\.summary.id) {
            for id in ids { if (try? database.fetch(.accountDetail(accountID: id, metric: "revenue"))) == nil { failedReads += 1 } }
        }
        guard problem != nil else {
            XCTAssertEqual(failedReads, 0, "\(label): the check passed, so reads work")
            return "damage SQLite never reads"
        }
        XCTAssertThrowsError(try database.addAccount("Must not be written"), label) { error in
            guard case .readOnly = error as? StoreError else { return XCTFail("\(label): \(error)") }
        }
        return "read-only after the check"
    }

    private func damaging(_ pristine: Data, with damage: Damage, pageSize: Int, pages: Int, generator: inout SeededGenerator) -> Data {
        var bytes = [UInt8](pristine)
        // Page 1's first 100 bytes are the file header: damage there is "not a store", tested
        // elsewhere; everything after it is fair game.
        func randomPage() -> Int { generator.int(in: 0...(pages - 1)) }
        switch damage {
        case .scatteredBytes:
            for _ in 0..<generator.int(in: 1...24) {
                bytes[generator.int(in: 100...(bytes.count - 1))] = UInt8(generator.int(in: 0...255))
            }
        case .zeroedPage:
            let page = max(1, randomPage())
            for offset in (page * pageSize)..<((page + 1) * pageSize) { bytes[offset] = 0 }
        case .scribbledPage:
            let page = randomPage()
            for offset in max(100, page * pageSize)..<((page + 1) * pageSize) { bytes[offset] = UInt8(generator.int(in: 0...255)) }
        case .truncated:
            bytes = Array(bytes.prefix(generator.int(in: 1...(pages - 1)) * pageSize))
        case .swappedPages:
            let first = max(1, randomPage())
            let second = max(1, randomPage())
            for offset in 0..<pageSize { bytes.swapAt(first * pageSize + offset, second * pageSize + offset) }
        }
        return Data(bytes)
    }
}
