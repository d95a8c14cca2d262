import RapportCore
import RapportViewModel

/// The top line: the product, the store's name, and today's date.
struct HeaderBar {
    let state: AppState

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: theme[.header])
        let title = " Rapport "
        let used = buffer.write(title, x: area.x, y: area.y, style: theme[.header].patched(with: theme[.headerTitle]))
        let date = "\(Format.longDate(state.today)) "
        let dateWidth = DisplayWidth.of(date)
        let storeRoom = area.width - used - dateWidth - 1
        if storeRoom > 3 {
            buffer.write(TextFit.truncate("· \(state.storeName)", to: storeRoom), x: area.x + used, y: area.y, style: theme[.header])
        }
        if area.width > dateWidth {
            buffer.write(date, x: area.maxX - dateWidth, y: area.y, style: theme[.header])
        }
    }
}
