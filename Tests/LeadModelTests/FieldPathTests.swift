import Testing
@testable import LeadModel

struct FieldPathTests {
    @Test func parsesAndPrintsConcreteAndPatternPaths() throws {
        let p = try #require(FieldPath(parsing: "relatives[1].passport.no"))
        #expect(p.components == [.key("relatives"), .index(1), .key("passport"), .key("no")])
        #expect(p.description == "relatives[1].passport.no")
        #expect(p.pattern.description == "relatives[].passport.no")
        #expect(FieldPath(parsing: "addressData.attributes.*")?.description == "addressData.attributes.*")
    }

    @Test(arguments: ["", ".a", "a..b", "[0]", "a[x]", "a]"])
    func malformedPathsAreRefused(_ text: String) {
        #expect(FieldPath(parsing: text) == nil)
    }

    @Test func setCreatesIntermediatesAndGetReadsBack() throws {
        var tree = JSONValue.object([:])
        let path = try #require(FieldPath(parsing: "relatives[2].passport.seria"))
        tree.set(.string("4510"), at: path)
        #expect(tree[path] == .string("4510"))
        #expect(tree[FieldPath(parsing: "relatives")!]?.arrayValue?.count == 3)
        tree.set(nil, at: path)
        #expect(tree[path] == nil)
        #expect(tree.leaves().map(\.0.description).contains("relatives[0]"))
    }

    @Test func catalogLooksUpConcreteAndMapPaths() throws {
        #expect(FieldCatalog.spec(for: try #require(FieldPath(parsing: "relatives[3].passport.no")))?.maxLength == 25)
        #expect(FieldCatalog.spec(for: try #require(FieldPath(parsing: "addresses[0].attributes.floor")))?.jsonType == .string)
        #expect(FieldCatalog.spec(for: try #require(FieldPath(parsing: "addressData.counryId"))) == nil)
    }
}
