import RapportViewModel

/// The open form, of whichever kind, with its save's state: the keys on its bottom line, and
/// when its record changed elsewhere, what changed and the choices.
struct OpenFormView {
    let session: FormSession
    let keymap: Keymap

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let hint = keymap.hints(for: [.form]).map(\.text).joined(separator: " · ")
        switch session.form {
        case .account(let form): FormView(form: form.state, hint: hint, title: session.title).render(in: area, into: &buffer, theme: theme)
        case .contact(let form): FormView(form: form.state, hint: hint, title: session.title).render(in: area, into: &buffer, theme: theme)
        case .initiative(let form): FormView(form: form.state, hint: hint, title: session.title).render(in: area, into: &buffer, theme: theme)
        case .interaction(let form): FormView(form: form.state, hint: hint, title: session.title).render(in: area, into: &buffer, theme: theme)
        case .opportunity(let form): FormView(form: form.state, hint: hint, title: session.title).render(in: area, into: &buffer, theme: theme)
        case .metricMonth(let form): FormView(form: form.state, hint: hint, title: session.title).render(in: area, into: &buffer, theme: theme)
        case .successor(let form): FormView(form: form.state, hint: hint, title: session.title).render(in: area, into: &buffer, theme: theme)
        case .changeNote(let form): FormView(form: form.state, hint: hint, title: session.title).render(in: area, into: &buffer, theme: theme)
        case .milestone(let form): FormView(form: form.state, hint: hint, title: session.title).render(in: area, into: &buffer, theme: theme)
        case .stakeholders(let form): FormView(form: form.state, hint: hint, title: session.title).render(in: area, into: &buffer, theme: theme)
        }
        if let conflict = session.conflict {
            ConflictPrompt(conflict: conflict, keymap: keymap).render(in: area, into: &buffer, theme: theme)
        }
    }
}
