import Foundation
import LeadModel

enum Fixtures {
    static func url(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
        }
        return url
    }

    static func tree(_ name: String) throws -> JSONValue {
        try WireCoding.decode(JSONValue.self, from: Data(contentsOf: url(name)))
    }
}

extension CalendarDate {
    /// A fixed "today" so date rules give the same answers every day.
    static let testToday = CalendarDate(year: 2025, month: 6, day: 15)!
}
