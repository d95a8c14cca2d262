/// How broad a search is: how many accounts it matches, and what share of the book that is.
/// It decides how a page of the search is read (see `AccountIndexWalk`).
struct SearchBreadth: Equatable {
    let matches: Int
    let share: Double

    init(matches: Int, book: Int) {
        self.matches = matches
        share = Double(matches) / Double(max(1, book))
    }
}
