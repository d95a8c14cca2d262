import Foundation
import RapportScreen
import RapportStore
import RapportViewModel

/// Read a key, resolve it, run its effects, render — until the view model says quit.
///
/// ncurses is only ever used from this thread; the store worker's reports are collected here
/// between keys.
public final class EventLoop {
    let runner: EffectRunner
    let backend: NcursesBackend
    var renderer: FrameRenderer
    /// The text of the last frame drawn, for `:dump`.
    var lastFrameLines: [String] = []
    /// The wall clock, for the times in help's message log.
    let clock: () -> Date
    /// Loads a theme by name for `:theme`: the theme, or the one-line error start-up would give.
    let loadTheme: (String) -> Result<Theme, ThemeLoadFailure>

    public init(
        runner: EffectRunner, backend: NcursesBackend, renderer: FrameRenderer, clock: @escaping () -> Date = Date.init,
        loadTheme: @escaping (String) -> Result<Theme, ThemeLoadFailure> = { _ in .failure(ThemeLoadFailure("Themes cannot be changed here")) }
    ) {
        self.runner = runner
        self.backend = backend
        self.renderer = renderer
        self.clock = clock
        self.loadTheme = loadTheme
    }

    public func run() {
        runner.send(.resized(currentSize))
        runner.start()
        render()
        // The full integrity check and today's summaries come after the first frame.
        runner.worker.startMaintenance()
        while !runner.wantsQuit {
            // The timeout lets the loop tick; shorter while the store has work in hand, so its
            // answers show at once.
            let busy = runner.hasPendingWrites || runner.worker.isBusy
            let key = backend.readKey(timeoutMilliseconds: busy ? 15 : 100)
            // A SIGTSTP cuts the wait for a key short.
            var changed = backend.suspendIfStopRequested()
            if let key {
                changed = true
                switch (key, runner.viewModel.keymap.terminalCommand(for: key)) {
                case (.resize, _):
                    backend.invalidate()
                    runner.send(.resized(currentSize))
                case (_, .suspend?):
                    backend.suspend()
                case (_, .redraw?):
                    backend.repaintAll()
                case (.mouse(let mouse), _):
                    runner.send(.mouse(mouse, shown: renderer.scroll.shown))
                default:
                    runner.send(.key(key))
                }
            }
            // A write answers in a few milliseconds unless another program holds the lock:
            // waiting that long lets this frame show what was saved.
            if runner.collectReports(waiting: key == nil ? 0 : 0.05) { changed = true }
            if let request = runner.takeEditorRequest() {
                let text = ExternalEditor(environment: ProcessInfo.processInfo.environment).edit(request, using: backend)
                runner.send(.editorFinished(text))
                runner.collectReports(waiting: 0.05)
                changed = true
            }
            if let name = runner.takeThemeRequest() {
                switchTheme(to: name)
                changed = true
            }
            if let path = runner.takeDumpRequest() {
                // The frame as it stands without the command line that asked for it.
                render()
                runner.send(.screenDumped(path: path, error: ScreenDump.write(lastFrameLines, to: path)))
                changed = true
            }
            if changed { render() }
        }
    }

    /// `:theme`: a theme that loads is drawn with from the next frame; one that does not
    /// leaves the current theme and says why.
    func switchTheme(to name: String) {
        switch loadTheme(name) {
        case .success(let theme):
            renderer.theme = theme
            backend.invalidate()
            runner.send(.themeLoaded(name: name, error: nil))
        case .failure(let failure):
            runner.send(.themeLoaded(name: name, error: failure.message + " — keeping the current theme"))
        }
    }

    var currentSize: ScreenSize {
        let (width, height) = backend.size
        return ScreenSize(width: width, height: height)
    }

    func render() {
        let size = currentSize
        // Messages are stamped with the time of the frame that first shows them.
        runner.stampMessages(at: Self.timeOfDay(clock()))
        let frame = renderer.render(runner.state, width: size.width, height: size.height)
        lastFrameLines = frame.lines
        backend.draw(frame)
        // Only drawing knows how long wrapped text runs: help and read views scroll by it.
        if let measure = renderer.overlayMeasure(news: runner.state) { runner.send(.overlayMeasured(measure)) }
    }

    /// The local time of day of `date`.
    static func timeOfDay(_ date: Date, calendar: Calendar = .current) -> TimeOfDay {
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        return TimeOfDay(hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0)
    }
}
