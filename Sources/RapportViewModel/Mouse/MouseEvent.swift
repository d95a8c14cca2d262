/// A mouse report, decoded by the terminal backend: where (0-based cells) and what happened.
/// Only button presses and the wheel are asked of the terminal, never motion, so Shift+drag
/// stays the terminal's own text selection.
public struct MouseEvent: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        /// The left button went down.
        case click
        /// One notch of the wheel.
        case wheelUp
        case wheelDown
        /// A release, another button, or something else that selects nothing.
        case other
    }

    public let column: Int
    public let row: Int
    public let action: Action

    public init(column: Int, row: Int, action: Action) {
        self.column = column
        self.row = row
        self.action = action
    }
}
