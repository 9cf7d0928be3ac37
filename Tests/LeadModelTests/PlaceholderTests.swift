import Testing
@testable import LeadModel
@Test func catalogSize() { #expect(LeadModelVersion.catalogPaths == 209) }
