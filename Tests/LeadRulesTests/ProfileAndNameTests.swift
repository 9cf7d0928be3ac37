import Foundation
import Testing
import LeadModel
@testable import LeadRules

@Suite struct RequirementProfiles {
    @Test func builtIns() {
        #expect(RequirementProfile.builtIn(named: "minimal") == .minimal)
        #expect(RequirementProfile.minimal.required == ["firstName", "mobilePhone"])
        let branch = RequirementProfile.branch
        for path: FieldPath in ["lastName", "firstName", "birthDate", "sexId", "passport.seria", "passport.no",
                                "passport.issueDate", "passport.manager", "registrationAddressData",
                                "mobilePhone", "amount", "period", "periodUnit"] {
            #expect(branch.isRequired(path), "\(path)")
        }
        #expect(!branch.isRequired("email"))
    }

    @Test func unknownPathNamesItAndItsLine() {
        #expect(throws: ProfileError(profile: "x", line: 3, path: "adressData.countryId")) {
            try RequirementProfile.parse("# comment\nfirstName\nadressData.countryId\n", name: "x")
        }
        #expect(throws: ProfileError.self) { try RequirementProfile.parse("relatives[0].lastName", name: "x") }
    }

    @Test func patternsApplyToEveryItem() throws {
        let profile = try RequirementProfile.parse("relatives[].lastName  # each relative\n\nfirstName\n", name: "calls")
        #expect(profile.isRequired("relatives[3].lastName"))
        #expect(profile.isRequired("relatives[].lastName"))
        let validator = LeadValidator(profile: profile, today: .testToday)
        var lead = Lead()
        lead.firstName = "Иван"
        #expect(validator.validate(lead).isEmpty)
        lead.relatives = [Relative(lastName: "Петров"), Relative(firstName: "Анна")]
        #expect(validator.validate(lead).map(\.path) == ["relatives[1].lastName"])
    }

    @Test func branchProfileOnTheCorrectedSample() throws {
        let validator = LeadValidator(profile: .branch, today: .testToday)
        let problems = validator.validate(json: try Fixtures.tree("sample-lead-corrected.json"))
        // The vendor's example fills every field the branch profile asks for.
        #expect(problems.filter { $0.code == "required" }.map(\.path) == [])
        var tree = try Fixtures.tree("sample-lead-corrected.json")
        tree.set(nil, at: "registrationAddressData")
        tree.set(.string(" "), at: "lastName")
        let missing = validator.validate(json: tree).filter { $0.code == "required" }.map(\.path)
        #expect(missing == ["lastName", "registrationAddressData"])
    }

    @Test func profileFilesMatchTheBuiltIns() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("profiles")
        for builtIn in RequirementProfile.builtIns {
            let loaded = try RequirementProfile.load(contentsOfFile: dir.appendingPathComponent("\(builtIn.name).profile").path)
            #expect(loaded == builtIn)
        }
    }
}

@Suite struct FieldNameTable {
    @Test func everyCatalogPathIsNamed() {
        #expect(FieldCatalog.all.count == 209)
        for spec in FieldCatalog.all {
            #expect(FieldNames.isNamed(spec.path), "\(spec.path)")
        }
    }

    @Test func staffWording() {
        #expect(FieldNames.name(for: "snils") == LocalizedText(ru: "СНИЛС", en: "SNILS"))
        #expect(FieldNames.name(for: "passport.seria") == LocalizedText(ru: "Серия паспорта", en: "Passport series"))
        #expect(FieldNames.label(for: "passport.seria").ru == "Серия")
        #expect(FieldNames.name(for: "mobilePhone").ru == "Мобильный телефон")
        #expect(FieldNames.name(for: "relatives[1].passport.no").ru == "Родственник 2, номер паспорта")
        #expect(FieldNames.name(for: "relatives[].lastName").ru == "Родственник, фамилия")
        #expect(FieldNames.name(for: "registrationAddressData.postalCode").en == "Registration address, postal code")
        #expect(FieldNames.name(for: "addresses[0].fiasId").ru == "Доп. адрес 1, код ФИАС")
        #expect(!FieldNames.isNamed("addressData.counryId"))
    }
}
