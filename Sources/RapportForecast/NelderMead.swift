/// Derivative-free minimisation for the handful of smoothing parameters and initial states of a
/// model. Bounds are the caller's business: it reparameterises (logistic maps) so that every
/// point of the search space is a valid model.
///
/// Standard coefficients (reflection 1, expansion 2, contraction 1/2, shrink 1/2) as in
/// Lagarias et al. (1998), plus restarts: a fresh simplex around the best point found, which
/// frees the method when its simplex has collapsed onto a subspace.
struct NelderMead {
    var maxEvaluations = 1_000
    /// Stop when the values at the simplex's vertices agree to this relative tolerance...
    var relativeTolerance = 1e-8
    /// ... or to this absolute one (log-likelihoods near zero).
    var absoluteTolerance = 1e-9
    /// Extra runs from the best point; each stops early when it does not improve.
    var restarts = 1

    struct Minimum {
        var point: [Double]
        var value: Double
        var evaluations: Int
    }

    func minimize(start: [Double], steps: [Double], _ objective: ([Double]) -> Double) -> Minimum {
        var best = run(start: start, steps: steps, budget: maxEvaluations, objective)
        var used = best.evaluations
        var restart = 0
        while restart < restarts, used < maxEvaluations {
            restart += 1
            let again = run(start: best.point, steps: steps.map { $0 * 0.5 }, budget: maxEvaluations - used, objective)
            used += again.evaluations
            let improved = again.value < best.value - relativeTolerance * abs(best.value) - absoluteTolerance
            if again.value < best.value { best = Minimum(point: again.point, value: again.value, evaluations: used) }
            if !improved { break }
        }
        best.evaluations = used
        return best
    }

    private func run(start: [Double], steps: [Double], budget: Int, _ objective: ([Double]) -> Double) -> Minimum {
        let dimension = start.count
        guard dimension > 0 else { return Minimum(point: start, value: objective(start), evaluations: 1) }
        var evaluations = 0
        func evaluate(_ point: [Double]) -> Double {
            evaluations += 1
            let value = objective(point)
            // NaN would poison every comparison; treat it as the worst possible value.
            return value.isNaN ? .infinity : value
        }

        var vertices: [[Double]] = [start]
        for axis in 0..<dimension {
            var vertex = start
            vertex[axis] += steps[axis]
            vertices.append(vertex)
        }
        var values = vertices.map(evaluate)
        var centroid = [Double](repeating: 0, count: dimension)
        var trial = [Double](repeating: 0, count: dimension)
        var second = [Double](repeating: 0, count: dimension)

        while evaluations < budget {
            // Only the best, the worst and the second worst matter: one scan instead of a sort.
            var bestIndex = 0
            var worstIndex = 0
            for index in 1...dimension {
                if values[index] < values[bestIndex] { bestIndex = index }
                if values[index] >= values[worstIndex] { worstIndex = index }
            }
            if bestIndex == worstIndex { worstIndex = bestIndex == 0 ? 1 : 0 }
            var nextWorstValue = -Double.infinity
            for index in 0...dimension where index != worstIndex { nextWorstValue = max(nextWorstValue, values[index]) }
            let bestValue = values[bestIndex]
            let worstValue = values[worstIndex]
            if worstValue - bestValue <= relativeTolerance * abs(bestValue) + absoluteTolerance { break }

            for axis in 0..<dimension { centroid[axis] = 0 }
            for index in 0...dimension where index != worstIndex {
                for axis in 0..<dimension { centroid[axis] += vertices[index][axis] }
            }
            for axis in 0..<dimension { centroid[axis] /= Double(dimension) }

            let worst = vertices[worstIndex]
            for axis in 0..<dimension { trial[axis] = centroid[axis] + (centroid[axis] - worst[axis]) }
            let reflected = evaluate(trial)

            if reflected < bestValue {
                for axis in 0..<dimension { second[axis] = centroid[axis] + 2 * (centroid[axis] - worst[axis]) }
                let expanded = evaluate(second)
                if expanded < reflected {
                    vertices[worstIndex] = second
                    values[worstIndex] = expanded
                } else {
                    vertices[worstIndex] = trial
                    values[worstIndex] = reflected
                }
                continue
            }
            if reflected < nextWorstValue {
                vertices[worstIndex] = trial
                values[worstIndex] = reflected
                continue
            }
            let outside = reflected < worstValue
            for axis in 0..<dimension {
                second[axis] =
                    outside
                    ? centroid[axis] + 0.5 * (trial[axis] - centroid[axis])
                    : centroid[axis] + 0.5 * (worst[axis] - centroid[axis])
            }
            let contracted = evaluate(second)
            if contracted < (outside ? reflected : worstValue) {
                vertices[worstIndex] = second
                values[worstIndex] = contracted
                continue
            }
            // Shrink every vertex towards the best one.
            let anchor = vertices[bestIndex]
            for index in 0...dimension where index != bestIndex {
                for axis in 0..<dimension {
                    vertices[index][axis] = anchor[axis] + 0.5 * (vertices[index][axis] - anchor[axis])
                }
                values[index] = evaluate(vertices[index])
            }
        }
        let bestIndex = values.indices.min { values[$0] < values[$1] } ?? 0
        return Minimum(point: vertices[bestIndex], value: values[bestIndex], evaluations: evaluations)
    }
}
