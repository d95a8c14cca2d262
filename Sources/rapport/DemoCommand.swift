import ArgumentParser
import Foundation
import RapportCore
import RapportStore

/// `rapport demo`: writes a deterministic demo book into a store.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write a deterministic demo book of accounts into a store (by default the demo store).")

    @Option(name: .long, help: "How many accounts.")
    var accounts = DemoBook.defaultAccountCount

    @Option(name: .long, help: "Seed: the same seed (and --today) gives the same book.")
    var seed: UInt64 = 1

    @Flag(name: .long, help: "Replace what the store holds instead of refusing a store that has accounts.")
    var replace = false

    @Option(
        name: .long,
        help: ArgumentHelp("The store file (default: the demo's own store, $XDG_DATA_HOME/rapport/demo.sqlite; never $RAPPORT_STORE).", valueName: "path"))
    var store: String?

    @OptionGroup var todayOption: TodayOption

    func validate() throws {
        guard (0...1_000_000).contains(accounts) else {
            throw ValidationError("--accounts: \(accounts) is outside 0–1000000")
        }
    }

    func run() throws {
        do {
            let today = try todayOption.resolvedToday()
            let path = store ?? StoreLocation.demoStore(environment: processEnvironment)
            let database = try AppDatabase.open(path: path, basis: SummaryBasis(today: today))
            let existing = try database.accountCount()
            if existing > 0 && !replace {
                throw CommandFailure("\(path) already holds \(existing) accounts; pass --replace to replace them with the demo book")
            }
            let started = Date()
            let written = try database.writeDemoBook(DemoBook(seed: seed, accountCount: accounts, today: today), replacingExisting: replace)
            let seconds = Date().timeIntervalSince(started)
            try database.close()
            say("wrote \(written) demo accounts (seed \(seed)) to \(path) in \(String(format: "%.2f", seconds)) s")
        } catch let error as ValidationError {
            throw error
        } catch {
            throw fail(error)
        }
    }
}
