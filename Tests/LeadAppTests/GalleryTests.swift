import LeadModel
import LeadRules
import TerminalUI
import Testing
@testable import LeadApp

/// `leadterm gallery` is the app's own entry screen on the sample lead, driven in memory.
struct GalleryTests {
    static func gallery(language: Language = .ru) throws -> Gallery {
        let loader = ThemeLoader(environment: [:])
        let themes = try BuiltinThemes.names.map { try loader.load($0) }
        return Gallery(themes: themes, language: language, today: Fixture.today)
    }

    @Test func itShowsTheLeadFormOnTheSampleLead() throws {
        var gallery = try Self.gallery()
        let backend = MemoryBackend()
        gallery.run(on: backend)
        let screen = backend.text
        #expect(screen.contains("Новая заявка"), "\(screen)")
        for shown in ["Фамилия", "Иванов", "29.07.1987", "+7 (905) 735-70-14", "Мужской", "Галерея: тема default"] {
            #expect(screen.contains(shown), "no «\(shown)» in:\n\(screen)")
        }
        guard case .entry = gallery.screen.model.screen else { Issue.record("not the entry screen"); return }
    }

    @Test func f8CyclesTheBuiltInThemesAndF10Quits() throws {
        var gallery = try Self.gallery()
        let backend = MemoryBackend()
        backend.feed(.key(.function(8)))
        gallery.run(on: backend)
        #expect(gallery.themeName == "high-contrast")
        #expect(backend.text.contains("Галерея: тема high-contrast"), "\(backend.text)")
        for _ in BuiltinThemes.names { _ = gallery.handle(.key(.function(8))) }
        #expect(gallery.themeName == "high-contrast", "the cycle comes round")

        #expect(gallery.running)
        _ = gallery.handle(.key(.function(10)))
        #expect(!gallery.running)
    }

    /// Typing goes through the app's router into the focused field, the model takes it, and
    /// Esc (the app's way back to the menu) opens the sample again: there is no menu here.
    @Test func typingReachesTheModelAndEscOpensTheSampleAgain() throws {
        var gallery = try Self.gallery(language: .en)
        let backend = MemoryBackend()
        backend.feed(.key(.end))
        backend.type("a")
        gallery.run(on: backend)
        #expect(backend.text.contains("Ивановa"), "\(backend.text)")
        guard case .entry(let entry) = gallery.screen.model.screen else { Issue.record("not the entry screen"); return }
        #expect(entry.form.text("lastName") == "Ивановa")
        #expect(backend.text.contains("Gallery: theme default"), "\(backend.text)")

        _ = gallery.handle(.key(.escape))
        guard case .entry(let again) = gallery.screen.model.screen else { Issue.record("left the form"); return }
        #expect(again.form.text("lastName") == "Иванов")
        #expect(gallery.running)
    }
}
