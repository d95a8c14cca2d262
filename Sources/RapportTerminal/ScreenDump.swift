/// `:dump`: the frame on screen as plain text, for pasting into a message — each row with its
/// trailing blanks trimmed, written as `PrivateFile` writes.
enum ScreenDump {
    /// Nil when written, else a one-line reason.
    static func write(_ lines: [String], to path: String) -> String? {
        let text = lines.map { line in String(line.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n") + "\n"
        return PrivateFile.write(text, to: path)
    }
}
