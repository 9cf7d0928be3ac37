import Testing
import TerminalUI

/// Issue 15, point 4: a code list takes its choice the way a heads-down typist expects.
@Suite struct SelectTypeAheadTests {
    let countries = ["Russia", "Sweden", "Switzerland", "Belarus", "Estonia", "United Arab Emirates"]
        .enumerated().map { SelectOption(id: "\($0.offset)", label: $0.element) }

    @Test func tabTakesTheHighlightedChoiceAsEnterDoes() {
        var select = SelectState(options: countries)
        _ = select.handle(.character("e"))
        #expect(select.handle(.tab) == .filled)
        #expect(select.selected?.label == "Estonia" && !select.isOpen)
    }

    @Test func prefixMatchesRankBeforeWordAndSubstringMatches() {
        var select = SelectState(options: countries)
        for c in "ar" { _ = select.handle(.character(c)) }
        // "United Arab Emirates" has a word starting "ar", "Belarus" only contains it.
        #expect(select.matches.map { countries[$0].label } == ["United Arab Emirates", "Belarus"])
        var again = SelectState(options: countries)
        _ = again.handle(.character("s"))
        #expect(Array(again.matches.map { countries[$0].label }.prefix(2)) == ["Sweden", "Switzerland"])
    }

    @Test func aRussianLetterOnALatinListIsTheKeyItSitsOn() {
        // ЙЦУКЕН "ыц" is QWERTY "sw".
        var select = SelectState(options: countries)
        for c in "ыц" { _ = select.handle(.character(c)) }
        #expect(select.filter == "ыц")
        #expect(select.matches.map { countries[$0].label } == ["Sweden", "Switzerland"])
        // And the other way: Latin keys typed on a Russian list.
        let russian = ["Россия", "Швеция"].enumerated().map { SelectOption(id: "\($0.offset)", label: $0.element) }
        var ru = SelectState(options: russian)
        for c in "id" { _ = ru.handle(.character(c)) }
        #expect(ru.matches.map { russian[$0].label } == ["Швеция"])
    }

    @Test func aSingleMatchIsTakenAtOnceOnlyWhenAsked() {
        var plain = SelectState(options: countries)
        for c in "swe" { _ = plain.handle(.character(c)) }
        #expect(plain.isOpen && plain.selected == nil)

        var quick = SelectState(options: countries)
        quick.acceptsSingleMatch = true
        #expect(quick.handle(.character("s")) == .moved)
        #expect(quick.handle(.character("w")) == .moved, "two matches left: nothing is taken")
        #expect(quick.handle(.character("e")) == .filled)
        #expect(quick.selected?.label == "Sweden" && !quick.isOpen)
        // The first letter alone can be enough.
        var first = SelectState(options: countries)
        first.acceptsSingleMatch = true
        #expect(first.handle(.character("z")) == .filled && first.selected?.label == "Switzerland")
    }

    /// Issue 16.3: a code read off a paper form or another system (the wire id) finds its
    /// choice, first; the list still shows names, never the code.
    @Test func aChoiceIsFoundByItsCodeToo() {
        let kinship = [("102141", "Жена"), ("102142", "Муж"), ("102143", "Дочь")].map { SelectOption(id: $0.0, label: $0.1) }
        var select = SelectState(options: kinship)
        for c in "102142" { _ = select.handle(.character(c)) }
        #expect(select.matches.map { kinship[$0].label } == ["Муж"])
        #expect(select.handle(.enter) == .filled)
        #expect(select.selected?.label == "Муж")
        // An enum's wire value, in any case.
        let units = [("DAYS", "дни"), ("MONTHS", "месяцы")].map { SelectOption(id: $0.0, label: $0.1) }
        var unit = SelectState(options: units)
        for c in "months" { _ = unit.handle(.character(c)) }
        #expect(unit.matches.map { units[$0].label } == ["месяцы"])
    }
}
