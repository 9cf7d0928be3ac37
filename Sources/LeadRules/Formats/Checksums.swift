/// Check-digit algorithms of the identifiers a lead carries. Each takes the digits only and
/// answers whether the check digits match; lengths are checked by the caller.
public enum Checksums {
    static func digits(_ s: String) -> [Int]? {
        var out: [Int] = []
        out.reserveCapacity(s.utf8.count)
        for b in s.utf8 {
            guard b >= 48, b <= 57 else { return nil }
            out.append(Int(b) - 48)
        }
        return out
    }

    private static func weighted(_ d: [Int], _ w: [Int]) -> Int {
        zip(d, w).reduce(0) { $0 + $1.0 * $1.1 } % 11 % 10
    }

    /// Russian INN: 10 digits (organization, one check digit) or 12 (person, two).
    public static func inn(_ s: String) -> Bool {
        guard let d = digits(s) else { return false }
        switch d.count {
        case 10:
            return weighted(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[9]
        case 12:
            return weighted(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[10]
                && weighted(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[11]
        default:
            return false
        }
    }

    /// SNILS: 11 digits, the last two a check number over the first nine (weights 9…1, mod 101,
    /// 100 and 101 give 00). Numbers up to 001-001-998 were issued before the check existed.
    public static func snils(_ s: String) -> Bool {
        guard let d = digits(s), d.count == 11 else { return false }
        let body = d[0..<9].reduce(0) { $0 * 10 + $1 }
        if body <= 1_001_998 { return true }
        let sum = (0..<9).reduce(0) { $0 + d[$1] * (9 - $1) }
        var check = sum < 100 ? sum : (sum == 100 || sum == 101 ? 0 : sum % 101)
        if check == 100 { check = 0 }
        return check == d[9] * 10 + d[10]
    }

    /// OGRN (13 digits, mod 11) or OGRNIP (15 digits, mod 13); the last digit is the remainder's
    /// last digit.
    public static func ogrn(_ s: String) -> Bool {
        guard let d = digits(s), d.count == 13 || d.count == 15 else { return false }
        let modulus = d.count == 13 ? 11 : 13
        let body = d.dropLast()
        let rem = body.reduce(0) { ($0 * 10 + $1) % modulus }
        return rem % 10 == d[d.count - 1]
    }

    /// Luhn (bank card numbers).
    public static func luhn(_ s: String) -> Bool {
        guard let d = digits(s), !d.isEmpty else { return false }
        var sum = 0
        for (i, digit) in d.reversed().enumerated() {
            var v = digit
            if i % 2 == 1 { v *= 2; if v > 9 { v -= 9 } }
            sum += v
        }
        return sum % 10 == 0
    }

    /// Kazakh IIN/BIN: 12 digits; weights 1…11 mod 11, and when that gives 10 a second pass with
    /// weights 3…11,1,2; a second 10 means the number is not valid.
    public static func kazakhIIN(_ s: String) -> Bool {
        guard let d = digits(s), d.count == 12 else { return false }
        var check = (0..<11).reduce(0) { $0 + d[$1] * ($1 + 1) } % 11
        if check == 10 {
            let w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
            check = (0..<11).reduce(0) { $0 + d[$1] * w[$1] } % 11
            if check == 10 { return false }
        }
        return check == d[11]
    }
}
