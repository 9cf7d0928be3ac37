import Testing
@testable import LeadRules
@Test func builds() { #expect(Bool(true)) }
