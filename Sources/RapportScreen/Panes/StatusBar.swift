import RapportViewModel

/// The bottom line: the keys that matter where the keyboard is, on the left, and the last
/// message on the right. Both come from the state and the keymap.
///
/// The way to help and out (`? help`, `q quit`) always shows: the other hints give way first,
/// then the message is cut to the room left (it lasts only until the next key anyway).
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
        let hints = shownHints
        let alwaysShown = Set(keymap.hints(for: [.global]))
        func width(_ hint: KeyHint) -> Int { DisplayWidth.of(hint.keys) + DisplayWidth.of(hint.label) + 3 }
        let essentialWidth = hints.filter(alwaysShown.contains).reduce(0) { $0 + width($1) }
        // The message wins the space it needs (up to two thirds), but never the essential hints'.
        let messageRoom = max(0, min(area.width * 2 / 3, area.width - 1 - essentialWidth))
        let messageWidth = message.map { min(DisplayWidth.of($0.0) + 2, messageRoom) } ?? 0
        var x = area.x + 1
        let hintLimit = area.maxX - messageWidth
        var optionalRoom = hintLimit - x - essentialWidth
        for hint in hints {
            if !alwaysShown.contains(hint) {
                // Hints are in order of use: once one does not fit, the later ones go too.
                guard width(hint) <= optionalRoom else {
                    optionalRoom = 0
                    continue
                }
                optionalRoom -= width(hint)
            }
            guard x + width(hint) <= hintLimit else { break }
            x += buffer.write(hint.keys, x: x, y: area.y, style: theme[.statusBar].patched(with: theme[.statusBarKey]))
            x += buffer.write(" \(hint.label)  ", x: x, y: area.y, style: theme[.statusBar])
        }
        if let (text, role) = message, messageWidth > 2 {
            let fitted = TextFit.truncate(text, to: messageWidth - 2)
            buffer.write(fitted, x: area.maxX - 1 - DisplayWidth.of(fitted), y: area.y, style: theme[.statusBar].patched(with: theme[role]))
        }
    }

    /// The keys where the keyboard is. An import's review borrows the question's y / n and the
    /// read view's scrolling, and names them for what they do there.
    private var shownHints: [KeyHint] {
        if case .preview(let preview) = state.overlay {
            return DocumentPreviewView.hints(for: preview, keymap: keymap, scrolls: (state.overlayScroll.measure?.lastTop ?? 0) > 0)
        }
        guard case .importReview(let review) = state.overlay else { return keymap.hints(for: state.keyContexts) }
        let yes = keymap.key(for: .confirmYes, in: .confirm) ?? "y"
        let no = keymap.key(for: .confirmNo, in: .confirm) ?? "n"
        let answers = review.proposal.intent == nil
            ? [KeyHint(keys: no, label: "close")] : [KeyHint(keys: yes, label: "import"), KeyHint(keys: no, label: "cancel")]
        let scrolls = (state.overlayScroll.measure?.lastTop ?? 0) > 0
        return answers + (scrolls ? keymap.hints(for: [.reading]).filter { $0.label == "scroll" } : [])
    }
}
