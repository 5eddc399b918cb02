extension Substring {
    /// The text without leading and trailing white space (header values, media types).
    var trimmingWhitespace: String {
        var text = self
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
