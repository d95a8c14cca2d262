/// The coefficients as one line of text, so a store can record which coefficients its ranked
/// agenda was computed with and a process can tell whether that ranking is its own.
extension AgendaCoefficients {
    /// Every coefficient, defaults included, as `name=value` sorted by name: the same
    /// coefficients always give the same text, whichever of them a config file changed.
    public var storedText: String {
        AgendaCoefficient.allCases.map(\.rawValue).sorted().compactMap { name in
            AgendaCoefficient(rawValue: name).map { "\(name)=\(self[$0])" }
        }.joined(separator: ";")
    }

    /// Reads `storedText` back; nil when any part is not a known coefficient with a number
    /// (a store written by a later release with more coefficients, or damaged).
    public init?(storedText: String) {
        var values: [AgendaCoefficient: Double] = [:]
        for part in storedText.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, let coefficient = AgendaCoefficient(rawValue: String(pair[0])),
                  let value = Double(pair[1]), value.isFinite else { return nil }
            values[coefficient] = value
        }
        guard values.count == AgendaCoefficient.allCases.count else { return nil }
        self.init(values)
    }
}
