/// Key bindings as data: one source for resolving keys, the help overlay, every hint line and
/// the README's key table.
public struct Keymap: Hashable, Sendable {
    public let bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    public func bindings(in context: KeyContext) -> [KeyBinding] { bindings.filter { $0.context == context } }

    /// The command for `key` in `contexts`, most specific first.
    public func command(for key: Key, in contexts: [KeyContext]) -> Command? {
        // A form takes every key itself (its bindings here are for help and hints).
        if contexts.first == .form { return .formKey(key) }
        if contexts.first == .command { return .commandKey(key) }
        for context in contexts {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return binding.command
            }
        }
        // While filtering, any other printable character is text for the filter.
        if contexts.first == .filter, case .char(let character) = key { return .filterInput(character) }
        return nil
    }

    /// The hints of `contexts`, most specific first; a key a more specific context already
    /// uses is not offered again. Neighbouring bindings with the same hint share it ("↑↓ move").
    public func hints(for contexts: [KeyContext]) -> [KeyHint] {
        var taken = Set<Key>()
        var hints: [KeyHint] = []
        for context in contexts {
            var previousLabel: String?
            for binding in bindings(in: context) {
                guard let hint = binding.hint, let key = binding.keys.first(where: { !taken.contains($0) }) else {
                    previousLabel = nil
                    continue
                }
                if hint == previousLabel, let last = hints.last {
                    hints[hints.count - 1] = KeyHint(keys: last.keys + key.displayName, label: hint)
                } else {
                    hints.append(KeyHint(keys: key.displayName, label: hint))
                }
                previousLabel = hint
            }
            for binding in bindings(in: context) { taken.formUnion(binding.keys) }
        }
        return hints
    }

    /// Ctrl-L and Ctrl-Z (or what the config binds them to) act on the terminal whatever has
    /// the keys, a form or the command line included, so the loop asks for them first.
    public func terminalCommand(for key: Key) -> Command? {
        guard let command = bindings(in: .global).first(where: { $0.keys.contains(key) })?.command,
            command == .redraw || command == .suspend
        else { return nil }
        return command
    }

    /// The first key that gives `command` in `context` ("n"), for text that names a key.
    public func key(for command: Command, in context: KeyContext) -> String? {
        bindings(in: context).first { $0.command == command }?.keys.first?.displayName
    }

    /// The help overlay's sections for `contexts`: what each key really does there (a key bound
    /// in a more specific context hides the same key further down).
    public func helpSections(for contexts: [KeyContext]) -> [(title: String, bindings: [KeyBinding])] {
        var taken = Set<Key>()
        var sections: [(title: String, bindings: [KeyBinding])] = []
        for context in contexts {
            var visible: [KeyBinding] = []
            for binding in bindings(in: context) {
                let keys = binding.keys.filter { !taken.contains($0) }
                if !keys.isEmpty { visible.append(KeyBinding(keys, binding.command, binding.context, binding.help, hint: binding.hint)) }
            }
            for binding in bindings(in: context) { taken.formUnion(binding.keys) }
            if !visible.isEmpty { sections.append((context.title, visible)) }
        }
        if contexts.first == .accounts { sections.append((KeyContext.filter.title, bindings(in: .filter))) }
        return sections
    }

    /// The README's key table, generated so it can never drift from the bindings.
    public var markdownTable: String {
        var lines = ["| Where | Keys | What it does |", "| --- | --- | --- |"]
        for context in KeyContext.allCases {
            for binding in bindings(in: context) {
                let keys = binding.keys.map { "`\($0.displayName)`" }.joined(separator: " ")
                lines.append("| \(context.title) | \(keys) | \(binding.help) |")
            }
        }
        return lines.joined(separator: "\n")
    }
}
