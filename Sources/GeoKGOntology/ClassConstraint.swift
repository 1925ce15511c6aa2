/// The classes an argument of a trigger may have: class ids of `classes.tsv`, top classes or organization
/// kinds, some required and some excluded (`Person|Group`, `-Media`).
public struct ClassConstraint: Sendable, Hashable {
    /// Classes one of which the argument must have; empty: any.
    public let allowed: [String]
    /// Classes the argument must not have.
    public let excluded: [String]

    /// No constraint.
    public static let any = ClassConstraint(allowed: [], excluded: [])

    /// Makes a constraint.
    public init(allowed: [String], excluded: [String] = []) {
        self.allowed = allowed
        self.excluded = excluded
    }

    /// Whether an entity of `type` and organization kind `kind` may stand here.
    public func admits(_ type: EntityType, kind: String?) -> Bool {
        let classes = [type.rawValue] + (kind.map { [$0] } ?? [])
        if classes.contains(where: excluded.contains) { return false }
        return allowed.isEmpty || classes.contains(where: allowed.contains)
    }
}
