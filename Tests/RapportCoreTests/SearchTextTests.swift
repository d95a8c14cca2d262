import RapportCore
import XCTest

/// The rule `/` matches by, in Swift: word prefixes, case and accents folded (the store's FTS5
/// index applies the same rule).
final class SearchTextTests: XCTestCase {
    func testWordsAreRunsOfLettersAndDigitsFolded() {
        XCTAssertEqual(SearchText.words("North-West Müller & Sons, 2026"), ["north", "west", "muller", "sons", "2026"])
        XCTAssertEqual(SearchText.words("  "), [])
        XCTAssertEqual(SearchText.words(""), [])
    }

    func testPunctuationSplitsWords() {
        XCTAssertEqual(SearchText.words("Siobhán O'Brien"), ["siobhan", "o", "brien"])
        XCTAssertEqual(SearchText.words("ada@acme.com"), ["ada", "acme", "com"])
        XCTAssertEqual(SearchText.words("e-mail/phone_call"), ["e", "mail", "phone", "call"])
        XCTAssertEqual(SearchText.words("Zoë's Bakeries 🥐"), ["zoe", "s", "bakeries"], "an emoji is no word")
    }

    func testFoldingRemovesCaseAndAccents() {
        XCTAssertEqual(SearchText.fold("MÜLLER"), "muller")
        XCTAssertEqual(SearchText.fold("Ålesund"), "alesund")
        XCTAssertEqual(SearchText.fold("Präzision"), "prazision")
        XCTAssertEqual(SearchText.fold("São"), "sao")
        XCTAssertEqual(SearchText.fold("ACME"), "acme")
    }

    func testCJKAndHangulRunsAreWords() {
        XCTAssertEqual(SearchText.words("東京精密 KK"), ["東京精密", "kk"])
        XCTAssertEqual(SearchText.words("서울 물류"), ["서울", "물류"])
        XCTAssertEqual(SearchText.words("東京・大阪"), ["東京", "大阪"], "the middle dot is punctuation")
    }

    func testQueryMatchesWordPrefixes() {
        XCTAssertTrue(SearchQuery("nor").matches(["Northwind Traders"]))
        XCTAssertTrue(SearchQuery("trad nor").matches(["Northwind Traders"]), "in any order")
        XCTAssertFalse(SearchQuery("wind").matches(["Northwind Traders"]), "a prefix of a word, not any substring")
        XCTAssertTrue(SearchQuery("nor hosp").matches(["Northwind", "Hospitality"]), "words may come from different texts")
        XCTAssertFalse(SearchQuery("nor xyz").matches(["Northwind", "Hospitality"]), "every word must match")
        XCTAssertEqual(SearchQuery("nor xyz").unmatched(in: ["Northwind"]), ["xyz"])
        XCTAssertFalse(SearchQuery("acme").matches([]))
    }

    func testQueryFoldsAccentsBothWays() {
        XCTAssertTrue(SearchQuery("muller").matches(["Müller Präzision GmbH"]))
        XCTAssertTrue(SearchQuery("MÜL").matches(["Muller"]))
        XCTAssertTrue(SearchQuery("sao paulo").matches(["São Paulo Agro SA"]))
        XCTAssertTrue(SearchQuery("ålesund").matches(["Alesund Fiskeri"]))
    }

    func testQueryOnCJK() {
        XCTAssertTrue(SearchQuery("東京").matches(["東京精密 KK"]))
        XCTAssertFalse(SearchQuery("精密").matches(["東京精密 KK"]), "a run of CJK is one word, matched from its start")
        XCTAssertTrue(SearchQuery("물류").matches(["서울 물류"]))
    }

    func testQueryWordsAreFoldedAndKeptOnce() {
        XCTAssertEqual(SearchQuery("Acme acme ACME").words, ["acme"])
        XCTAssertEqual(SearchQuery("O'Brien").words, ["o", "brien"])
        XCTAssertTrue(SearchQuery("  ").isEmpty)
        XCTAssertTrue(SearchQuery("&&").isEmpty, "punctuation alone searches for nothing")
        XCTAssertFalse(SearchQuery("a").isEmpty)
    }
}
