import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension AppEndToEndTests {
    /// What the app keeps on disk and what it does when the disk fails it: card data sealed
    /// and gone once sent, a full disk said at once, a damaged database moved aside.
    @Suite struct Storage {
        static let cardNumber = "2200733158940007"
        static let passportNo = "731904"
        static let holder = "ZHUKOVSKAYA OKSANA"
        static let lastName = "Жуковская"
        static let phone = "9161112233"

        /// Each needle in the forms it could be stored in (the card number grouped or not).
        static let needles = [cardNumber, "2200 7331 5894 0007", passportNo, holder, "ZHUKOVSKAYA", lastName, phone]

        /// The names of the files straight in `folder` (database, WAL, shared memory, log, a
        /// moved-aside file) that hold `needle` as bytes.
        static func filesHolding(_ needle: String, in folder: URL) -> [String] {
            let bytes = Data(needle.utf8)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { name in
                var isDirectory: ObjCBool = false
                let path = folder.appendingPathComponent(name).path
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { return false }
                return (try? Data(contentsOf: URL(fileURLWithPath: path)))?.range(of: bytes) != nil
            }
        }

        /// Tab until the cursor is on `label`.
        static func tab(_ app: AppSession, to label: String) throws {
            for _ in 0..<40 {
                if app.cursorLine().line.contains(label) { return }
                try app.tmux.press("Tab")
                Thread.sleep(forTimeInterval: 0.05)
            }
            try app.expectFocus(label, seconds: 2)
        }

        static func keyPerson(_ app: AppSession, lastName: String) throws {
            try app.tmux.press("1")
            try app.fill("Фамилия", lastName, then: "Tab")
            try app.fill("Имя", "Оксана", then: "Tab")
            try tab(app, to: "Мобильный телефон")
            try app.tmux.type(phone)
            try app.expectFocus("Электронная почта")
        }

        /// A lead with a card number, a passport number and a card holder, typed and sent: no
        /// file of the data folder holds any of them in clear while the draft waits, nor after
        /// the core accepted the lead and the app was killed with SIGKILL.
        @Test func cardDataIsSealedAtRestAndGoneOnceSent() throws {
            let app = try AppSession()
            defer { app.close() }
            try app.waitForMenu()
            try app.waitForNewLeadTemplate()
            try Self.keyPerson(app, lastName: Self.lastName)
            try app.tmux.press("M-2")
            try app.fill("Серия", "4510")
            try app.fill("Номер", Self.passportNo)
            try app.tmux.press("M-9")
            try Self.tab(app, to: "Номер карты")
            try app.tmux.type(Self.cardNumber)
            try Self.tab(app, to: "Держатель карты")
            try app.tmux.type(Self.holder)
            try app.tmux.press("Tab")
            _ = try app.tmux.waitFor("the typed holder") { $0.contains(Self.holder) }
            // The card is given in full or not at all.
            try Self.tab(app, to: "Действует до: месяц")
            try app.tmux.type("09")
            try Self.tab(app, to: "Действует до: год")
            try app.tmux.type("29")
            try Self.tab(app, to: "CVC")
            try app.tmux.type("917")
            try app.tmux.press("Tab")
            Thread.sleep(forTimeInterval: 1.5)  // the autosave: within a second
            let rows = try DraftTable.rows(at: app.dataDirectory.appendingPathComponent("leadterm.sqlite"), keyFile: app.storageKeyURL)
            #expect(rows.contains { $0.fields["cardNumber"]?.filter(\.isNumber) == Self.cardNumber },
                    "the draft with the card number never reached the disk, so the test proves nothing")
            for needle in Self.needles {
                #expect(Self.filesHolding(needle, in: app.dataDirectory).isEmpty, "«\(needle)» in clear while the draft waits")
            }

            try app.tmux.press("F2")
            _ = try app.tmux.waitFor("the summary before sending") { $0.contains("Проверьте и отправьте") }
            try app.tmux.press("Enter")
            _ = try app.tmux.waitFor("the core to accept the lead") { $0.contains("принята") }
            let creates = try app.sim.requests().filter { $0.method == "POST" && $0.path == "/bs-core/main/leads" }
            #expect(creates.count == 1)
            #expect(creates.first?.body?.contains(Self.cardNumber) == true,
                    "the core never got the card number, so the test proves nothing")
            _ = try app.killApp()
            for needle in Self.needles {
                #expect(Self.filesHolding(needle, in: app.dataDirectory).isEmpty, "«\(needle)» left on disk after the send and kill -9")
            }
        }

        /// A small tmpfs as the data folder, filled up while the operator types: the title and
        /// the message line say at once that the draft is not being saved; a submit then says
        /// the lead was not saved and the core not contacted (and it was not); once there is
        /// room again the next save clears the warning.
        @Test func aFullDiskIsShownAtOnceAndAtSubmit() throws {
            let mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("leadterm-e2e-tmpfs-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
            let mounted = try ChildProcess.runAndWait(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mountPoint.path],
                                                      environment: ProcessInfo.processInfo.environment, outputPath: "/dev/null")
            try #require(mounted == 0, "mount -t tmpfs failed (status \(mounted)): this test needs root")
            defer {
                _ = try? ChildProcess.runAndWait(["umount", "-l", mountPoint.path],
                                                 environment: ProcessInfo.processInfo.environment, outputPath: "/dev/null")
                try? FileManager.default.removeItem(at: mountPoint)
            }
            let app = try AppSession(dataDirectory: mountPoint)
            defer { app.close() }
            try app.waitForMenu()
            try Self.keyPerson(app, lastName: "Полнова")
            Thread.sleep(forTimeInterval: 1.5)

            let filler = mountPoint.appendingPathComponent("filler")
            let fd = open(filler.path, O_WRONLY | O_CREAT, 0o600)
            try #require(fd >= 0)
            let chunk = [UInt8](repeating: 0x55, count: 4096)
            while chunk.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
            close(fd)

            try app.tmux.type("full@disk.ru")
            let warned = try app.tmux.waitFor("the draft-not-saved warning", seconds: 10) {
                $0.contains("Черновик НЕ сохраняется: диск заполнен") && $0.contains("ЧЕРНОВИК НЕ СОХРАНЁН")
            }
            #expect(warned.contains("full@disk.ru"), "what was typed must stay on the screen")

            try app.tmux.press("F2")
            _ = try app.tmux.waitFor("the summary before sending") { $0.contains("Проверьте и отправьте") }
            try app.tmux.press("Enter")
            let refused = try app.tmux.waitFor("the not-saved message") { $0.contains("НЕ сохранена") }
            #expect(refused.contains("ядро НЕ вызывалось"), "\(refused)")
            #expect(!refused.contains("Ядро не приняло"), "\(refused)")
            #expect(try app.sim.requests().filter { $0.method == "POST" && $0.path == "/bs-core/main/leads" }.isEmpty,
                    "the core was contacted although the lead was not saved")

            try FileManager.default.removeItem(at: filler)
            try app.tmux.press("Enter")  // back to the form
            try app.tmux.type("x")
            let cleared = try app.tmux.waitFor("the warning to clear after a save succeeds", seconds: 10) {
                !$0.contains("ЧЕРНОВИК НЕ СОХРАНЁН") && !$0.contains("Черновик НЕ сохраняется")
            }
            #expect(cleared.contains("full@disk.rux"))
        }

        /// A database whose header was overwritten: the app starts, says on the menu where the
        /// damaged file was moved and what was recovered, and works on a fresh database.
        @Test func aDamagedDatabaseIsMovedAsideAndTheAppStarts() throws {
            let app = try AppSession()
            defer { app.close() }
            try app.waitForMenu()
            try Self.keyPerson(app, lastName: "Битова")
            Thread.sleep(forTimeInterval: 1.5)
            _ = try app.killApp()
            let database = app.dataDirectory.appendingPathComponent("leadterm.sqlite")
            let handle = try FileHandle(forWritingTo: database)
            try handle.seek(toOffset: 0)
            handle.write(Data(repeating: 0x42, count: 100))
            try handle.close()

            try app.restartApp()
            let menu = try app.tmux.waitFor("the menu with the damaged-database report") {
                $0.contains("База данных была повреждена") && $0.contains("Открыть заявку по номеру")
            }
            let moved = (try FileManager.default.contentsOfDirectory(atPath: app.dataDirectory.path))
                .filter { $0.hasPrefix("leadterm.sqlite.damaged-") && !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }
            try #require(moved.count == 1, "moved-aside files: \(moved)")
            #expect(menu.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "").contains(String(moved[0].suffix(15))),
                    "the menu does not say where the file went:\n\(menu)")
            #expect(menu.contains("Восстановлено в новую базу"))
            try app.tmux.press("1")
            try app.expectFocus("Фамилия")
        }
    }
}
