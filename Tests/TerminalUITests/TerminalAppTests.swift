import Testing
import TerminalUI

/// A one-field screen driven through the run loop and the memory backend.
private struct NameScreen {
    var form = FormState(rows: [
        .field(FormField(id: "name", label: "Имя", state: .text(TextFieldState(maxLength: 10)))),
    ])
    var resizes = 0

    static var app: TerminalApp<NameScreen> { TerminalApp<NameScreen>(
        noticeTheme: { _ in testTheme },
        update: { state, event in
            switch event {
            case .key(.function(10)): return [.quit]
            case .key(let key): return state.form.handle(key) == .rejected ? [.bell] : []
            case .paste(let text): _ = state.form.paste(text); return []
            case .resize(_, let rows):
                state.resizes += 1
                state.form.setViewport(height: rows)
                return []
            case .terminate: return []  // the loop stops by itself
            }
        },
        view: { state, buffer in state.form.render(into: &buffer, at: buffer.area, theme: testTheme) }) }
}

@Suite struct TerminalAppTests {
    @Test func typedCyrillicShowsOnScreen() {
        let backend = MemoryBackend(size: Size(columns: 80, rows: 24))
        backend.type("Мария")
        let state = NameScreen.app.run(NameScreen(), on: backend)
        #expect(backend.lines[0] == "Имя  Мария")
        #expect(backend.screen.cursor == Point(x: 10, y: 0))
        #expect(state.resizes == 1)
    }

    @Test func tooSmallShowsTheNoticeHoldsKeysAndResizeRestores() {
        let backend = MemoryBackend(size: Size(columns: 80, rows: 24))
        backend.type("Ян")
        backend.feed(.resize(columns: 60, rows: 20))
        backend.type("x")
        let state = NameScreen.app.run(NameScreen(), on: backend)
        #expect(backend.text.contains("Enlarge the terminal"))
        #expect(backend.text.contains("нужно 80×24, сейчас 60×20"))
        #expect(!backend.text.contains("Ян"))
        #expect(backend.bellCount == 1)

        backend.feed(.resize(columns: 100, rows: 30))
        let after = NameScreen.app.run(state, on: backend)
        #expect(backend.lines[0] == "Имя  Ян")
        #expect(backend.screen.size == Size(columns: 100, rows: 30))
        #expect(after.form.focusedField?.id == "name")
    }

    @Test func quitStopsTheLoopAndPasteArrivesWhole() {
        let backend = MemoryBackend()
        backend.feed(.paste("Анна\nМария Петровна"), .key(.function(10)), .key(.character("z")))
        _ = NameScreen.app.run(NameScreen(), on: backend)
        #expect(backend.lines[0] == "Имя  Анна Мария")
        #expect(backend.presentCount == 2)
    }

    @Test func aStopFromOutsideEndsTheLoopWhateverTheScreenSays() {
        let backend = MemoryBackend()
        backend.feed(.key(.character("А")), .terminate, .key(.character("z")))
        _ = NameScreen.app.run(NameScreen(), on: backend)
        #expect(backend.lines[0] == "Имя  А", "keys after the stop are not read")
        #expect(backend.presentCount == 2)
    }

    @Test func noInputMeansNoRedraw() {
        let backend = MemoryBackend()
        _ = NameScreen.app.run(NameScreen(), on: backend)
        #expect(backend.presentCount == 1)
    }
}
