/// Breaks words into lines for a box of a given width (help, notices, the login's messages).
public enum TextWrap {
    /// `text` broken into lines at most `width` columns wide, at spaces where
    /// possible; explicit line breaks are kept; over-long words are cut.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", lineWidth = 0
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth > width {
                    result.append(line)
                    line = ""
                    lineWidth = 0
                }
                while wordWidth > width {
                    var head = "", headWidth = 0
                    while let c = word.first, headWidth + DisplayWidth.of(c) <= width {
                        head.append(word.removeFirst())
                        headWidth += DisplayWidth.of(c)
                    }
                    result.append(head)
                    wordWidth = DisplayWidth.of(word)
                }
                if lineWidth > 0 {
                    line += " "
                    lineWidth += 1
                }
                line += word
                lineWidth += wordWidth
            }
            result.append(line)
        }
        return result
    }
}
