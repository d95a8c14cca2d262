import RapportCore
import RapportViewModel

/// The top line: the product, the store's name, whether it is read-only, and today's date.
struct HeaderBar {
    let state: AppState

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: theme[.header])
        let title = " Rapport "
        let used = buffer.write(title, x: area.x, y: area.y, style: theme[.header].patched(with: theme[.headerTitle]))
        let date = "\(Format.longDate(state.today)) "
        let dateWidth = DisplayWidth.of(date)
        // A damaged store stays read-only for the whole session: the warning in the status bar
        // goes, this mark stays.
        let readOnlyMark = state.readOnlyReason == nil ? "" : " READ-ONLY: damaged store "
        let markWidth = area.width - used - dateWidth - DisplayWidth.of(readOnlyMark) > 12 ? DisplayWidth.of(readOnlyMark) : 0
        if markWidth > 0 {
            buffer.write(readOnlyMark, x: area.maxX - dateWidth - markWidth - 1, y: area.y, style: theme[.header].patched(with: theme[.messageError]))
        }
        let storeRoom = area.width - used - dateWidth - markWidth - 2
        if storeRoom > 3 {
            buffer.write(TextFit.truncate("· \(state.storeName)", to: storeRoom), x: area.x + used, y: area.y, style: theme[.header])
        }
        if area.width > dateWidth {
            buffer.write(date, x: area.maxX - dateWidth, y: area.y, style: theme[.header])
        }
    }
}
