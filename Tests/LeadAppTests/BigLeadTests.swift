import LeadModel
import LeadRules
import Testing
@testable import LeadApp

/// A lead read from a core can hold thousands of rows: every step of moving through it
/// must cost work in proportion to the lead, never to a power of it (counted, not timed).
struct BigLeadTests {
    let context = Fixture.context()

    static func lead(relatives: Int, extraFields: Int) throws -> Lead {
        var lead = try Fixture.correctedSample()
        lead.relatives = (0..<relatives).map { i in
            Relative(collateralRelId: 101261, lastName: "Родственников\(i)", firstName: "Пётр",
                     telephone: "7905\(1_000_000 + i)")
        }
        lead.extraFields = (0..<extraFields).map { ExtraField(key: "field\($0)", value: "значение \($0)") }
        return lead
    }

    /// A sequence that counts how many elements are read from it.
    final class CountingPaths: Sequence {
        let paths: [FieldPath]
        private(set) var reads = 0
        init(_ paths: [FieldPath]) { self.paths = paths }
        func makeIterator() -> AnyIterator<FieldPath> {
            var inner = paths.makeIterator()
            return AnyIterator { [self] in
                guard let next = inner.next() else { return nil }
                reads += 1
                return next
            }
        }
    }

    /// The old compaction scanned every value path for every row of every list for every
    /// value (cubic): the index reads each path once, so a 10× lead costs 10× the reads.
    @Test func rowCompactionReadsEachValuePathOnce() throws {
        var reads: [Int] = []
        for rows in [100, 1_000] {
            let form = EntryForm(lead: try Self.lead(relatives: rows, extraFields: rows), context: context)
            let paths = CountingPaths(Array(form.values.keys))
            let compaction = RowCompaction(values: paths)
            #expect(paths.reads == form.values.count)
            reads.append(paths.reads)
            // And it still compacts: an empty row before a filled one moves it up.
            #expect(compaction.compacted("relatives[3].lastName") == "relatives[3].lastName")
        }
        #expect(reads[1] <= reads[0] * 11, "reads for 100 and 1,000 rows: \(reads)")
    }

    @Test func emptyRowsAreDroppedWithTheIndex() {
        let paths: [FieldPath] = ["relatives[0].lastName", "relatives[2].lastName", "relatives[2].passport.no",
                                  "relatives[5].firstName", "goods[1].name"]
        let compaction = RowCompaction(values: paths)
        #expect(compaction.compacted("relatives[2].passport.no") == "relatives[1].passport.no")
        #expect(compaction.compacted("relatives[5].firstName") == "relatives[2].firstName")
        #expect(compaction.compacted("goods[1].name") == "goods[0].name")
    }

    /// Moving on from a field that was not changed runs no whole-lead check at all (in a
    /// 5,000-row lead that check is the one cost that grows with the lead); a change does.
    @Test func leavingAnUnchangedFieldDoesNoWholeLeadWork() throws {
        var form = EntryForm(lead: try Self.lead(relatives: 50, extraFields: 20), context: context)
        form.revalidate(context: context)
        let marker = Problem(path: "firstName", code: "test.marker", message: LocalizedText(ru: "м", en: "m"))
        form.leadProblems = [marker]
        form.focusNext(context: context)
        form.focusNext(context: context)
        form.show(.relatives, context: context)
        #expect(form.leadProblems == [marker], "an unchanged lead was checked again")
        form.setText("Петров", at: "lastName", context: context)
        form.focusNext(context: context)
        #expect(!form.leadProblems.contains(marker), "a change was not checked on leaving the field")
    }

    /// The big lead of issue 18 opens, builds back into the same lead, and keeps its rows.
    @Test func aFiveThousandRowLeadRoundTrips() throws {
        let lead = try Self.lead(relatives: 5_000, extraFields: 2_000)
        var form = EntryForm(lead: lead, context: context)
        #expect(form.rowCount("relatives") == 5_000)
        form.focusNext(context: context)
        let built = form.buildLead(context: context)
        #expect(built.lead?.relatives?.count == 5_000)
        #expect(built.lead?.extraFields?.count == 2_000)
        #expect(built.lead?.relatives?[4_321].lastName == "Родственников4321")
    }
}
