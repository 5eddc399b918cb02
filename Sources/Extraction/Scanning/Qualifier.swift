/// How a figure is hedged by the words around it (约, 不超过, 以上 …).
public enum Qualifier: String, Sendable, Codable, CaseIterable {
    /// Approximate: 约, 近, 左右, 余, 多.
    case approx
    /// A maximum: 不超过, 最高, 以内.
    case max
    /// A minimum: 超过, 逾, 以上, 不少于.
    case min
}
