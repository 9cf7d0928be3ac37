import Foundation
import LeadModel
import LeadRules

/// The checks `submit` makes before anything goes to the core: the file must be a lead JSON
/// object and `LeadValidator` must find no errors (warnings are printed and let through).
enum SubmitValidation {
    static func check(file: String, profile: String, country: String, language: Language,
                      today: CalendarDate = .today(), limits: LeadLimits = .standard) -> Result<Lead, CommandFailure> {
        guard let countryProfile = CountryProfiles.profile(code: country) else {
            return .failure(CommandFailure("unknown country \(country); known: \(CountryProfiles.codes.joined(separator: ", "))", exit: .usage))
        }
        let requirements: RequirementProfile
        do {
            requirements = try RequirementProfile.builtIn(named: profile) ?? RequirementProfile.load(contentsOfFile: profile)
        } catch let error as ProfileError {
            return .failure(CommandFailure(error.message.text(in: language), exit: .usage))
        } catch {
            return .failure(CommandFailure("cannot read profile \(profile): \(error.localizedDescription)", exit: .usage))
        }
        if let size = LimitsConfig.oversize(path: file, limit: limits.leadFileBytes),
           let message = limits.fileTooLarge(bytes: size) {
            return .failure(CommandFailure("\(file): \(message.text(in: language))", exit: .usage))
        }
        let data: Data
        do {
            data = try InputFile.read(file, limit: limits.leadFileBytes)
        } catch {
            return .failure(CommandFailure("\(error)", exit: .usage))
        }
        let tree: JSONValue
        let (parsed, duplicates) = LeadJSON.read(data)
        for duplicate in duplicates {
            FileHandle.standardError.write(Data("\(file): \(ValidateOutput.warning.text(in: language)): \(duplicate.message.text(in: language))\n".utf8))
        }
        switch parsed {
        case .success(let t): tree = t
        case .failure(let failure): return .failure(CommandFailure("\(file): \(failure.message.text(in: language))", exit: .usage))
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
