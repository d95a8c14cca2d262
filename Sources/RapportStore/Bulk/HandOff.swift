import Foundation

/// Passes items from one producing thread to the consuming one, with at most `capacity`
/// waiting: a demo book is generated on one core while the other writes it, without the whole
/// book ever being in memory.
final class HandOff<Element: Sendable>: @unchecked Sendable {
    // `items`, `finished` and `cancelled` are only touched under `condition`'s lock, which is
    // what makes this Sendable.
    private let condition = NSCondition()
    private var items: [Element] = []
    private var finished = false
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Waits for room; false when the consumer has given up (stop producing then).
    func put(_ item: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// The producer has no more.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The consumer stops taking (it failed): the producer's next `put` says so.
    func cancel() {
        condition.lock()
        cancelled = true
        items = []
        condition.broadcast()
        condition.unlock()
    }

    /// The next item, waiting for one; nil once the producer has finished and all are taken.
    func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !finished { condition.wait() }
        guard !items.isEmpty else { return nil }
        condition.broadcast()
        return items.removeFirst()
    }
}
