import RapportViewModel

/// The bottom line: the keys that matter where the keyboard is, on the left, and the last
/// message on the right. Both come from the state and the keymap.
struct StatusBar {
    let state: AppState
    let keymap: Keymap

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: theme[.statusBar])
        let message = state.message.map { message -> (String, ThemeRole) in
            switch message.kind {
            case .info: return (message.text, .messageInfo)
            case .success: return (message.text, .messageSuccess)
            case .error: return (message.text, .messageError)
            }
        }
        // The message wins the space it needs (up to two thirds); the hints get the rest.
        let messageWidth = message.map { min(DisplayWidth.of($0.0) + 2, area.width * 2 / 3) } ?? 0
        var x = area.x + 1
        let hintLimit = area.maxX - messageWidth
        for hint in keymap.hints(for: state.keyContexts) {
            let width = DisplayWidth.of(hint.keys) + DisplayWidth.of(hint.label) + 3
            guard x + width <= hintLimit else { break }
            x += buffer.write(hint.keys, x: x, y: area.y, style: theme[.statusBar].patched(with: theme[.statusBarKey]))
            x += buffer.write(" \(hint.label)  ", x: x, y: area.y, style: theme[.statusBar])
        }
        if let (text, role) = message, messageWidth > 2 {
            let fitted = TextFit.truncate(text, to: messageWidth - 2)
            buffer.write(fitted, x: area.maxX - 1 - DisplayWidth.of(fitted), y: area.y, style: theme[.statusBar].patched(with: theme[role]))
        }
    }
}
