/// Ordinary least squares for the few small regressions the heuristics need (a straight line,
/// a line plus one Fourier pair), solved through the normal equations: the designs have at most
/// four well-scaled columns, where that is accurate enough and allocation-light.
enum LeastSquares {
    /// Intercept and slope of `values` against 0, 1, 2, ... (or `firstX`, `firstX + 1`, ...).
    static func line(_ values: ArraySlice<Double>, firstX: Double = 0) -> (intercept: Double, slope: Double) {
        let count = Double(values.count)
        guard values.count > 1 else { return (values.first ?? 0, 0) }
        let meanX = firstX + (count - 1) / 2
        let meanY = values.reduce(0, +) / count
        var covariance = 0.0
        var varianceX = 0.0
        for (offset, value) in values.enumerated() {
            let dx = firstX + Double(offset) - meanX
            covariance += dx * (value - meanY)
            varianceX += dx * dx
        }
        let slope = varianceX > 0 ? covariance / varianceX : 0
        return (meanY - slope * meanX, slope)
    }

    /// Coefficients minimising ‖design·β − y‖², or nil when the columns are (nearly) collinear.
    static func solve(design rows: [[Double]], _ y: [Double]) -> [Double]? {
        guard let width = rows.first?.count, width > 0, rows.count >= width, rows.count == y.count else { return nil }
        // Augmented normal equations [XᵀX | Xᵀy].
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: width + 1), count: width)
        for (row, target) in zip(rows, y) {
            for i in 0..<width {
                for j in 0..<width { matrix[i][j] += row[i] * row[j] }
                matrix[i][width] += row[i] * target
            }
        }
        let scale = matrix.indices.map { abs(matrix[$0][$0]) }.max() ?? 0
        guard scale > 0 else { return nil }
        for column in 0..<width {
            guard let pivot = (column..<width).max(by: { abs(matrix[$0][column]) < abs(matrix[$1][column]) }),
                abs(matrix[pivot][column]) > 1e-12 * scale
            else { return nil }
            matrix.swapAt(column, pivot)
            for row in 0..<width where row != column {
                let factor = matrix[row][column] / matrix[column][column]
                if factor == 0 { continue }
                for entry in column...width { matrix[row][entry] -= factor * matrix[column][entry] }
            }
        }
        let solution = (0..<width).map { matrix[$0][width] / matrix[$0][$0] }
        return solution.allSatisfy(\.isFinite) ? solution : nil
    }
}
