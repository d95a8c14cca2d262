import RapportCore
import XCTest

/// What the importer reads back from Rapport's own exports, and the names it suggests.
final class ImportSuggestionTests: XCTestCase {
    func testTheFormulaGuardAnExportAddsIsTakenOffAndOtherApostrophesStay() throws {
        XCTAssertEqual(try ImportValues.text("'+1 555 0100"), "+1 555 0100")
        XCTAssertEqual(try ImportValues.text("'=SUM(A1)"), "=SUM(A1)")
        XCTAssertEqual(try ImportValues.text("'@acme"), "@acme")
        XCTAssertEqual(try ImportValues.text("'Tis the season"), "'Tis the season")
        XCTAssertEqual(try ImportValues.notes("'-- call them first"), "-- call them first")
    }

    func testSuggestionsAreTheNearestNamesAndOnlyNearOnes() {
        let names = ["Acme Corp", "Acme Group", "Beta Industries", "Müller GmbH", "Zeta"]
        XCTAssertEqual(NameSuggestions.closest(to: "Acme Crop", among: names), ["Acme Corp", "Acme Group"])
        XCTAssertEqual(NameSuggestions.closest(to: "muller gmbh", among: names), ["Müller GmbH"])
        XCTAssertEqual(NameSuggestions.closest(to: "Beta", among: names), ["Beta Industries", "Zeta"], "a name that begins with what was typed, and one a letter away")
        XCTAssertEqual(NameSuggestions.closest(to: "Completely Different Ltd", among: names), [])
    }
}
