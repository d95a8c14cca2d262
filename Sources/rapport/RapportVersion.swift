/// The version `rapport --version` prints. Raised with each release; the store's schema has its
/// own history (its migrations), so this number is for people, not for compatibility checks.
enum RapportVersion {
    static let current = "0.10.0"
}
