/// The theme `ThemeLoader.defaultTheme` falls back to if the embedded default theme cannot be
/// parsed: a hard-coded copy of `themes/mono.toml`'s styles, because attributes alone work on
/// every terminal and need no palette that could itself be broken. A test keeps it equal to
/// the mono file.
enum FallbackTheme {
    static let theme = Theme(
        name: "default",
        styles: [
            .text: Style(),
            .textDim: Style(attributes: [.dim]),
            .textStrong: Style(attributes: [.bold]),
            .background: Style(),
            .header: Style(attributes: [.reverse]),
            .headerTitle: Style(attributes: [.reverse, .bold]),
            .paneBorder: Style(attributes: [.dim]),
            .paneBorderFocused: Style(attributes: [.bold]),
            .paneTitle: Style(),
            .paneTitleFocused: Style(attributes: [.bold, .reverse]),
            .tableHeader: Style(attributes: [.bold, .underline]),
            .selection: Style(attributes: [.reverse, .bold]),
            .selectionUnfocused: Style(attributes: [.underline]),
            .statusPlanned: Style(attributes: [.dim]),
            .statusOnTrack: Style(),
            .statusAtRisk: Style(attributes: [.underline]),
            .statusBlocked: Style(attributes: [.bold, .reverse]),
            .statusDone: Style(attributes: [.dim, .italic]),
            .overdue: Style(attributes: [.bold, .underline]),
            .healthGood: Style(),
            .healthWatch: Style(attributes: [.underline]),
            .healthAtRisk: Style(attributes: [.bold, .reverse]),
            .kpiLabel: Style(attributes: [.dim]),
            .kpiValue: Style(attributes: [.bold]),
            .kpiGood: Style(attributes: [.bold]),
            .kpiWarn: Style(attributes: [.bold, .underline]),
            .kpiBad: Style(attributes: [.bold, .reverse]),
            .progressFilled: Style(attributes: [.reverse]),
            .progressEmpty: Style(attributes: [.dim]),
            .sparkline: Style(),
            .statusBar: Style(attributes: [.reverse]),
            .statusBarKey: Style(attributes: [.reverse, .bold]),
            .messageInfo: Style(),
            .messageSuccess: Style(attributes: [.bold]),
            .messageError: Style(attributes: [.bold, .underline]),
            .filter: Style(attributes: [.underline]),
            .helpKey: Style(attributes: [.bold]),
            .helpText: Style(),
            .helpSection: Style(attributes: [.bold, .underline]),
        ])
}
