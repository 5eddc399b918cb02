/// An expanded XML name: a namespace URI and a local name.
public struct XMLName: Hashable, Sendable, CustomStringConvertible {
    /// The namespace URI, or the empty string for no namespace.
    public var namespace: String
    /// The local name, without prefix.
    public var local: String

    /// Creates a name.
    public init(namespace: String, local: String) {
        self.namespace = namespace
        self.local = local
    }

    /// `{namespace}local`.
    public var description: String { namespace.isEmpty ? local : "{\(namespace)}\(local)" }
}
