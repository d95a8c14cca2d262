import RapportCore
import RapportViewModel
import XCTest

/// `[agenda]` in the config file: the urgency's coefficients. A bad coefficient is a one-line
/// problem naming the file and key, and keeps its default; the good ones still apply.
final class AgendaConfigTests: XCTestCase {
    let file = "/home/u/.config/rapport/config.toml"

    func read(_ text: String) -> (config: Config, problems: [String]) {
        let (config, problems) = ConfigReader.read(text, file: file)
        return (config, problems.map(\.description))
    }

    func testCoefficientsMayBeWholeOrFractionalAndThresholdsAreDays() {
        let result = read("[agenda]\nfollow_up = 10\nweak_health = 2.5\nkey_contact_days = 60\n")
        XCTAssertEqual(result.problems, [])
        var expected = AgendaCoefficients.standard
        expected[.followUp] = 10
        expected[.weakHealth] = 2.5
        expected[.keyContactDays] = 60
        XCTAssertEqual(result.config.agenda, expected)
        XCTAssertEqual(result.config.agenda.keyContactDays, 60)
    }

    func testBadCoefficientsAreNamedAndKeepTheirDefaults() {
        let result = read("""
            [agenda]
            folow_up = 3
            renewal = "high"
            overdue = 1000
            key_contact_days = 1.5
            arr = 5
            """)
        XCTAssertEqual(result.problems, [
            "\(file): [agenda] folow_up: no such coefficient — try follow_up",
            "\(file): [agenda] key_contact_days: expected a whole number of days, found a floating-point number",
            "\(file): [agenda] overdue: 1000 is out of range: -100 to 100",
            "\(file): [agenda] renewal: expected a number, found a string",
        ])
        var expected = AgendaCoefficients.standard
        expected[.revenue] = 5
        XCTAssertEqual(result.config.agenda, expected)
        XCTAssertEqual(result.config.agenda[.renewal], 6)
        XCTAssertEqual(result.config.agenda[.overdue], 6)
    }

    func testAgendaMustBeATable() {
        let result = read("agenda = 3\n")
        XCTAssertEqual(result.problems, ["\(file): agenda: expected a table such as [agenda] follow_up = 10, found an integer"])
        XCTAssertEqual(result.config.agenda, .standard)
    }
}
