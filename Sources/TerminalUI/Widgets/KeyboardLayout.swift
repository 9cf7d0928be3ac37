/// The Russian ЙЦУКЕН and the Latin QWERTY layouts key for key: a letter typed with the
/// wrong layout on (`Ыц` for `Sw…`) is read as the one on the same key.
public enum KeyboardLayout {
    private static let latin = Array("qwertyuiop[]asdfghjkl;'zxcvbnm,.`")
    private static let russian = Array("йцукенгшщзхъфывапролджэячсмитьбюё")
    private static let toLatin = Dictionary(uniqueKeysWithValues: zip(russian, latin))
    private static let toRussian = Dictionary(uniqueKeysWithValues: zip(latin, russian))

    /// `text` as it would be with the other layout on: Russian letters become the Latin keys
    /// they sit on and the other way round; anything else stays. Lower case.
    public static func swapped(_ text: String) -> String {
        String(text.lowercased().map { toLatin[$0] ?? toRussian[$0] ?? $0 })
    }
}
