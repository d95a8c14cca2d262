import RapportCore
import RapportStore
import RapportTestSupport
import XCTest

/// Rows written straight to the store (as another program would), read back with their ids.
extension AppDatabase {
    @discardableResult
    func addContact(
        _ name: String, to account: Account, role: ContactRole = .user, main: Bool = false, email: String = "", reportsTo: Int64? = nil
    ) throws -> Contact {
        let accountID = try XCTUnwrap(account.id)
        _ = try apply(
            .addContact(Contact(
                accountID: accountID, name: name, title: "", email: email, phone: "", role: role, influence: 3, sentiment: .neutral,
                isMainContact: main, reportsToID: reportsTo)), at: BookFixture.clockTime)
        return try XCTUnwrap(try contacts(accountID: accountID).last { $0.name == name })
    }

    @discardableResult
    func logInteraction(_ interaction: Interaction) throws -> Interaction {
        _ = try apply(.logInteraction(interaction, nextFollowUp: nil), at: BookFixture.clockTime)
        return try XCTUnwrap(try interactions(accountID: interaction.accountID).first { $0.summary == interaction.summary })
    }

    /// The account with its notes replaced.
    func setNotes(_ notes: String, of account: Account) throws {
        let stored = try XCTUnwrap(try self.account(id: XCTUnwrap(account.id)))
        var edited = stored
        edited.notes = notes
        _ = try apply(.editAccount(RecordEdit(original: stored, edited: edited)), at: BookFixture.clockTime)
    }
}
