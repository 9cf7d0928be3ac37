import Testing
@testable import leadterm

/// `[lists]`: the loan specialists and money-getting methods picked by name (issue 15.8).
struct ListsConfigTests {
    @Test func listsAreReadAsIdAndName() throws {
        let file = try ConfigFile.parse("""
            [lists.loan-specialists]
            1018 = "Петров Б. В."
            1017 = "Иванова А. П."
            [lists.money-methods]
            1 = "Наличными в кассе"
            """, path: "c.toml")
        #expect(file.lists["loan-specialists"] == [ListsConfig.Entry(id: 1017, name: "Иванова А. П."),
                                                   ListsConfig.Entry(id: 1018, name: "Петров Б. В.")])
        #expect(file.lists["money-methods"] == [ListsConfig.Entry(id: 1, name: "Наличными в кассе")])
        #expect(try ConfigFile.parse("", path: "c.toml").lists.isEmpty)
    }

    @Test func aWrongListSaysWhere() {
        #expect(throws: ConfigFile.Problem.self) { try ConfigFile.parse("[lists.managers]\n1 = \"x\"\n", path: "c.toml") }
        #expect(throws: ConfigFile.Problem.self) { try ConfigFile.parse("[lists.money-methods]\nx = \"y\"\n", path: "c.toml") }
        #expect(throws: ConfigFile.Problem.self) { try ConfigFile.parse("[lists.money-methods]\n1 = 2\n", path: "c.toml") }
    }
}
