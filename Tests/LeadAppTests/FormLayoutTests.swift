import Testing
import LeadModel
@testable import LeadApp

struct FormLayoutTests {
    /// Catalog patterns reachable from the layout: fields, list items, map entries, and the
    /// containers that hold them.
    static func reachablePatterns() -> Set<String> {
        var out: Set<String> = []
        func insertContainers(of path: FieldPath) {
            var parent = path.parent
            while let p = parent {
                if p.components.last != .anyIndex { out.insert(p.description) }
                parent = p.parent
            }
        }
        func walk(_ items: [FormItem], base: [FieldPath.Component]) {
            for item in items {
                switch item {
                case .field(let path, _):
                    let full = FieldPath(base + path.components)
                    out.insert(full.description)
                    insertContainers(of: full)
                case .group(_, let inner, _):
                    walk(inner, base: base)
                case .list(let spec):
                    let listPath = FieldPath(base + spec.path.components)
                    out.insert(listPath.description)
                    insertContainers(of: listPath)
                    if spec.isMap {
                        out.insert(listPath.appending("*").description)
                    } else {
                        walk(spec.itemFields, base: base + spec.path.components + [.anyIndex])
                    }
                }
            }
        }
        for section in FormLayout.sections { walk(section.items, base: []) }
        return out
    }

    @Test func everyCatalogPathIsReachableFromSomeScreen() {
        let reachable = Self.reachablePatterns()
        let missing = FieldCatalog.all.map(\.path.description).filter { !reachable.contains($0) }
        #expect(missing.isEmpty, "not on any screen: \(missing)")
    }

    @Test func layoutNamesNoPathOutsideTheCatalog() {
        let catalog = Set(FieldCatalog.all.map(\.path.description))
        let stray = Self.reachablePatterns().filter { !catalog.contains($0) }
        #expect(stray.isEmpty, "layout paths unknown to the catalog: \(stray.sorted())")
    }

    @Test func sectionsAreTheTenStaffSections() {
        #expect(FormLayout.sections.map(\.id) == SectionID.allCases)
    }
}
