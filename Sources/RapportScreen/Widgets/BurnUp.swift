import RapportCore

/// An initiative's progress over time against the straight line from its start to its due
/// date, as rows of text: columns of block characters (eighths of a row) for the progress on
/// each column's day, `·` for the line where no bar covers it. Day by day from the start to
/// the later of the due date and today.
struct BurnUp: Equatable {
    /// A progress level from a day on.
    struct Step: Equatable {
        var day: Day
        var progress: Int
    }

    let start: Day
    let due: Day
    let today: Day
    /// The progress at the start, then each change, oldest first.
    let steps: [Step]

    static let eighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// From an initiative and its history (newest first, as read); nil without a start and a
    /// due date, or when the due date is not after the start.
    init?(initiative: Initiative, history: [ProgressUpdate], today: Day) {
        let oldestFirst = history.reversed()
        guard let due = initiative.dueDate, let start = initiative.startDate ?? oldestFirst.first?.day, start < due else { return nil }
        self.start = start
        self.due = due
        self.today = today
        var steps = [Step(day: start, progress: oldestFirst.first?.previousProgress ?? initiative.progress)]
        for update in oldestFirst { steps.append(Step(day: max(start, update.day), progress: update.progress)) }
        self.steps = steps
    }

    /// The progress on `day`: the last step on or before it.
    func progress(on day: Day) -> Int {
        steps.last { $0.day <= day }?.progress ?? steps.first?.progress ?? 0
    }

    /// `height` rows of `width` characters, top row first; empty when there is no room.
    func rows(width: Int, height: Int) -> [String] {
        guard width > 0, height > 0 else { return [] }
        let end = max(due, today)
        let span = max(1, start.days(until: end))
        let lastColumn = max(1, width - 1)
        let idealSpan = max(1, start.days(until: due))
        var grid = Array(repeating: Array(repeating: Character(" "), count: width), count: height)
        for column in 0..<width {
            let day = start.adding(days: column * span / lastColumn)
            // Bars only up to today: the future has no progress yet.
            if day <= today {
                var eighths = progress(on: day) * height * 8 / 100
                for row in stride(from: height - 1, through: 0, by: -1) where eighths > 0 {
                    grid[row][column] = Self.eighths[min(8, eighths)]
                    eighths -= 8
                }
            }
            let ideal = min(100, max(0, start.days(until: day) * 100 / idealSpan))
            let idealRow = height - 1 - min(height - 1, ideal * height / 100)
            if ideal > 0 || column == 0, grid[idealRow][column] == " " { grid[idealRow][column] = "·" }
        }
        return grid.map { String($0) }
    }
}
