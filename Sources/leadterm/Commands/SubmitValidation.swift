import Foundation
import LeadModel
import LeadRules

/// The checks `submit` makes before anything goes to the core: the file must be a lead JSON
/// object and `LeadValidator` must find no errors (warnings are printed and let through).
enum SubmitValidation {
    static func check(file: String, rules: RuleOptions,
                      today: CalendarDate = .today(), limits: LeadLimits = .standard) -> Result<Lead, CommandFailure> {
        let language = rules.language
        let countryProfile: any CountryProfile, requirements: RequirementProfile
        switch rules.resolve() {
        case .success(let resolved): (countryProfile, requirements) = resolved
        case .failure(let failure): return .failure(failure)
        }
        let tree: JSONValue
        switch LeadFileInput.tree(file: file, limit: limits.leadFileBytes, limits: limits, language: language) {
        case .success(let read): tree = read
        case .failure(let failure): return .failure(failure)
        }

        let problems = LeadValidator(profile: requirements, country: countryProfile, today: today, limits: limits).validate(json: tree)
        for p in problems {
            FileHandle.standardError.write(Data((ValidateOutput.line(p, language: language) + "\n").utf8))
        }
        if problems.hasErrors {
            let count = problems.filter(\.isError).count
            return .failure(CommandFailure(LocalizedText(ru: "лид не отправлен: ошибок — \(count)",
                                                         en: "the lead was not sent: \(count) error(s)").text(in: language),
                                           exit: .refused))
        }
        do {
            return .success(try WireCoding.value(Lead.self, from: tree))
        } catch let error as DecodingError {
            let (path, reason) = error.pathAndReason
            return .failure(CommandFailure("\(file): \(path): \(reason)", exit: .usage))
        } catch {
            return .failure(CommandFailure("\(file): \(error)", exit: .usage))
        }
    }
}
