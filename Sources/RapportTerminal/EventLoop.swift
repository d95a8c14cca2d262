import Foundation
import RapportScreen
import RapportViewModel

/// Read a key, resolve it, perform it, render: until the view model says quit.
///
/// Everything runs on the calling thread, so ncurses is only ever used from one thread.
public final class EventLoop {
    let viewModel: ViewModel
    let backend: NcursesBackend
    let theme: Theme
    let storePath: String

    public init(viewModel: ViewModel, backend: NcursesBackend, theme: Theme, storePath: String) {
        self.viewModel = viewModel
        self.backend = backend
        self.theme = theme
        self.storePath = storePath
    }

    public func run() {
        render()
        while !viewModel.state.shouldQuit {
            // The timeout lets the loop tick even when no key comes.
            guard let key = backend.readKey(timeoutMilliseconds: 100) else { continue }
            switch key {
            case .resize:
                backend.invalidate()
            case .ctrl("z"):
                backend.suspend()
            case .ctrl("l"):
                backend.invalidate()
            default:
                viewModel.handle(key)
            }
            if let request = viewModel.state.editorRequest {
                let text = ExternalEditor(environment: ProcessInfo.processInfo.environment).edit(request, using: backend)
                viewModel.perform(.editorFinished(text))
            }
            render()
        }
    }

    /// Lays out for the current size, tells the view model its viewport, draws the frame.
    func render() {
        let (width, height) = backend.size
        var buffer = Buffer(width: width, height: height)
        if DashboardLayout.fits(width: width, height: height) {
            let layout = DashboardLayout(area: buffer.area, initiativeCount: viewModel.state.initiatives.count)
            let viewport = layout.viewport(for: viewModel.state)
            if viewport != viewModel.state.viewport {
                viewModel.perform(.setViewport(accountRows: viewport.accountRows, initiativeRows: viewport.initiativeRows))
            }
        }
        DashboardView(state: viewModel.state, theme: theme, keymap: viewModel.keymap, storePath: storePath).render(into: &buffer)
        backend.draw(buffer)
    }
}
