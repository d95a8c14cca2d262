import Foundation

/// A value shared between threads, read and changed only under its lock.
final class Locked<Value>: @unchecked Sendable {
    // Every access to `value` goes through `lock`, which is what makes this Sendable.
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func read<T>(_ body: (Value) throws -> T) rethrows -> T {
        try lock.withLock { try body(value) }
    }

    func update<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        try lock.withLock { try body(&value) }
    }
}
