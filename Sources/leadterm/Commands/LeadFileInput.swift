import ArgumentParser
import Foundation
import LeadModel
import LeadRules

/// The rules `validate` and `submit` check a lead file by.
struct RuleOptions: ParsableArguments {
    @Option(help: "Requirement profile: a built-in name (minimal, branch) or a profile file path.")
    var profile: String = RequirementProfile.minimal.name

    @Option(help: "Country of documents and identifiers: \(CountryProfiles.codes.joined(separator: ", ")).")
    var country: String = CountryProfiles.defaultProfile.code

    @Option(help: "Message language: ru or en.")
    var language: Language = .ru

    /// The country and the requirement profile named, or why not (a usage mistake, status 2).
    func resolve() -> Result<(country: any CountryProfile, requirements: RequirementProfile), CommandFailure> {
        guard let countryProfile = CountryProfiles.profile(code: country) else {
            return .failure(CommandFailure("unknown country \(country); known: \(CountryProfiles.codes.joined(separator: ", "))", exit: .usage))
        }
        do {
            let requirements = try RequirementProfile.builtIn(named: profile) ?? RequirementProfile.load(contentsOfFile: profile)
            return .success((countryProfile, requirements))
        } catch let error as ProfileError {
            return .failure(CommandFailure(error.message.text(in: language), exit: .usage))
        } catch {
            return .failure(CommandFailure("cannot read profile \(profile): \(error.localizedDescription)", exit: .usage))
        }
    }
}

/// How `validate` and `submit` read a lead file: refused before it is read when it is larger
/// than `limit` (a file of any size must not make the check take minutes), duplicate keys
/// warned about on stderr, a file that is not JSON named with its line and column.
enum LeadFileInput {
    static func tree(file: String, limit: Int, limits: LeadLimits, language: Language) -> Result<JSONValue, CommandFailure> {
        read(file: file, limit: limit, limits: limits, language: language).flatMap { data in
            let (parsed, duplicates) = LeadJSON.read(data)
            warn(duplicates, file: file, language: language)
            return parsed.mapError { notALead($0, file: file, language: language) }
        }
    }

    /// The file's bytes, or why it cannot be read (too large, a directory, a device…).
    static func read(file: String, limit: Int, limits: LeadLimits, language: Language) -> Result<Data, CommandFailure> {
        if let refused = refusedForSize(file: file, limit: limit, limits: limits, language: language) { return .failure(refused) }
        do {
            return .success(try InputFile.read(file, limit: limit))
        } catch {
            return .failure(CommandFailure("\(error)", exit: .usage))
        }
    }

    /// The file is larger than `limit`: what to say (with the setting that sets it), else nil.
    static func refusedForSize(file: String, limit: Int, limits: LeadLimits, language: Language) -> CommandFailure? {
        guard let size = LimitsConfig.oversize(path: file, limit: limit), let message = limits.fileTooLarge(bytes: size) else { return nil }
        return CommandFailure("\(file): \(message.text(in: language))", exit: .usage)
    }

    /// Each key given twice, as a warning on stderr.
    static func warn(_ duplicates: [LeadJSON.DuplicateKey], file: String, language: Language) {
        for duplicate in duplicates {
            FileHandle.standardError.write(Data("\(file): \(ValidateOutput.warning.text(in: language)): \(duplicate.message.text(in: language))\n".utf8))
        }
    }

    static func notALead(_ failure: LeadJSON.Failure, file: String, language: Language) -> CommandFailure {
        CommandFailure("\(file): \(failure.message.text(in: language))", exit: .usage)
    }
}
