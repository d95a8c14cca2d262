/// The average of stored integers as a stored integer: rounded half away from zero, exactly,
/// without passing through Double.
public enum WholeAverage {
    public static func of(total: Int64, count: Int64) -> Int64 {
        let quotient = total / count
        let remainder = total % count
        if 2 * abs(remainder) >= count { return quotient + (total < 0 ? -1 : 1) }
        return quotient
    }
}
