internal import Extraction

extension Qualifier {
    /// The raw value as text known at compile time, which ``JSONByteWriter/string(literal:)`` writes.
    var staticRawValue: StaticString {
        switch self {
        case .approx: "approx"
        case .max: "max"
        case .min: "min"
        }
    }
}
