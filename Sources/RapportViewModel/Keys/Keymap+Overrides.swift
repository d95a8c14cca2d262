extension Keymap {
    /// The binding that gives the action named `action` (`Command.actionName`) in `context`.
    public func binding(named action: String, in context: KeyContext) -> KeyBinding? {
        bindings.first { $0.context == context && $0.command.actionName == action }
    }

    /// The action names bound in `context`, in the keymap's order.
    public func actionNames(in context: KeyContext) -> [String] {
        var seen = Set<String>()
        return bindings(in: context).compactMap(\.command.actionName).filter { seen.insert($0).inserted }
    }

    /// The same keymap with `keys` in place of the keys of `action` in `context` (unchanged when
    /// there is no such binding).
    public func replacingKeys(of action: String, in context: KeyContext, with keys: [Key]) -> Keymap {
        Keymap(bindings: bindings.map { binding in
            guard binding.context == context, binding.command.actionName == action else { return binding }
            return KeyBinding(keys, binding.command, binding.context, binding.help, hint: binding.hint)
        })
    }
}
