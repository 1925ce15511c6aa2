/// How the parser's relations are grouped for its action perceptron.
///
/// The action perceptron chooses shift, or a left or right arc together with a group of relations; the label
/// perceptron then chooses the relation within the group (no choice when the group has one member). With a
/// group per relation this is a parser with labelled transitions; with one group for all (but `root`), a
/// parser that chooses the relation after the move. Finer groups give the moves more to go on, at the price of
/// more classes to score. `root` is always a group of its own, the only one a left arc from the root makes.
struct RelationGroups: Sendable, Equatable {
    /// The group of each relation number.
    let groupOf: [Int]
    /// The relation numbers of each group.
    let members: [[Int]]
    /// The group of `root`.
    let rootGroup: Int

    /// The groups given by `groupOf` (numbers from 0, every one used), with `rootLabel` alone in its group.
    init?(groupOf: [Int], rootLabel: Int) {
        guard let largest = groupOf.max(), groupOf.indices.contains(rootLabel) else { return nil }
        var members = [[Int]](repeating: [], count: largest + 1)
        for (label, group) in groupOf.enumerated() {
            guard group >= 0 else { return nil }
            members[group].append(label)
        }
        let rootGroup = groupOf[rootLabel]
        guard members.allSatisfy({ !$0.isEmpty }), members[rootGroup] == [rootLabel], members.count >= 2 else {
            return nil
        }
        self.groupOf = groupOf
        self.members = members
        self.rootGroup = rootGroup
    }

    /// The number of groups.
    var count: Int { members.count }

    /// The number of classes of the action perceptron: shift, then a left and a right arc per group.
    var classCount: Int { 1 + 2 * count }
}

/// A move of the arc-hybrid system with the group of relations of its arc, as a class number of the action
/// perceptron: 0 is shift, 1 + 2g a left arc of group g, 2 + 2g a right arc of group g.
struct Move: Hashable, Sendable {
    /// The class number.
    let code: Int

    /// Shift.
    static let shift = Move(code: 0)

    /// An arc of `action` (`.left` or `.right`) and group `group`.
    init(_ action: Action, group: Int) {
        code = action == .shift ? 0 : (action == .left ? 1 : 2) + 2 * group
    }

    init(code: Int) { self.code = code }

    /// The kind of move.
    var action: Action { code == 0 ? .shift : (code & 1 == 1 ? .left : .right) }
    /// The group of an arc's relation (meaningless for shift).
    var group: Int { (code - 1) >> 1 }
}
