/// A configuration of the arc-hybrid parser: the stack, the buffer, and the arcs made so far.
///
/// Words are numbered from 0 to n-1; the root is a word numbered n at the end of the buffer, which is
/// never shifted; `none` (n+1) stands for a missing word, so that feature code never branches on it. The
/// buffer is always the words from `buffer` to n, in order. Stack words never have a head yet; a word gets
/// its head when it is popped. With the root last, the one word left on the stack when the buffer holds
/// only the root takes it as head, and the parse ends with an empty stack: one root per sentence.
struct ParserState {
    /// The number of words.
    let count: Int
    /// The stack, bottom first; its first `depth` places are used.
    var stack: [Int32]
    /// The number of words on the stack.
    var depth = 0
    /// The first word of the buffer (`count` when only the root is left).
    var buffer = 0
    /// Each word's head (`count` for the root), or -1.
    var heads: [Int32]
    /// Each word's relation number, valid once it has a head.
    var labels: [UInt8]
    /// Each word's leftmost and second-leftmost, rightmost and second-rightmost dependent, or `none`.
    var left1: [Int32], left2: [Int32], right1: [Int32], right2: [Int32]
    /// Each word's number of left and right dependents.
    var leftCount: [UInt8], rightCount: [UInt8]
    /// Each word's set of relation numbers of its left and right dependents, as bits.
    var leftLabels: [UInt64], rightLabels: [UInt64]

    /// The number standing for "no word".
    var none: Int { count + 1 }
    /// The number of the root.
    var root: Int { count }

    /// The label number given to missing words in features.
    static let noLabel: UInt8 = 255

    /// The start of a parse of `count` words: everything in the buffer.
    init(count: Int) {
        self.count = count
        let none = Int32(count + 1)
        stack = [Int32](repeating: none, count: count + 1)
        heads = [Int32](repeating: -1, count: count + 2)
        labels = [UInt8](repeating: Self.noLabel, count: count + 2)
        left1 = [Int32](repeating: none, count: count + 2)
        left2 = left1
        right1 = left1
        right2 = left1
        leftCount = [UInt8](repeating: 0, count: count + 2)
        rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: count + 2)
        rightLabels = leftLabels
    }

    /// Whether the parse is over.
    var isTerminal: Bool { buffer == count && depth == 0 }

    /// The stack word `index` places from the top (0 is the top), or `none`.
    @inline(__always)
    func stack(_ index: Int) -> Int { index < depth ? Int(stack[depth - 1 - index]) : none }

    /// The buffer word `index` places from its front (0 is the first), or `none` past the root.
    @inline(__always)
    func buffer(_ index: Int) -> Int { buffer + index <= count ? buffer + index : none }

    /// Whether shift may be applied: the first word of the buffer is not the root.
    var canShift: Bool { buffer < count }
    /// Whether a left arc may be applied, and whether it must be the root's (the buffer holds only the root).
    var canLeft: Bool { depth > 0 && (buffer < count || depth == 1) }
    /// Whether a right arc may be applied.
    var canRight: Bool { depth >= 2 }

    /// Whether `action` may be applied.
    func isValid(_ action: Action) -> Bool {
        switch action {
        case .shift: return canShift
        case .left: return canLeft
        case .right: return canRight
        }
    }

    /// The head and the dependent of the arc `action` makes (`.left` or `.right`).
    @inline(__always)
    func arc(_ action: Action) -> (head: Int, dependent: Int) {
        action == .left ? (buffer, stack(0)) : (stack(1), stack(0))
    }

    /// Applies `action`, which must be valid, giving an arc the relation number `label`.
    mutating func apply(_ action: Action, label: Int) {
        switch action {
        case .shift:
            stack[depth] = Int32(buffer)
            depth += 1
            buffer += 1
        case .left:
            depth -= 1
            attach(Int(stack[depth]), to: buffer, label: label)
        case .right:
            depth -= 1
            attach(Int(stack[depth]), to: Int(stack[depth - 1]), label: label)
        }
    }

    /// Whether `move` may be applied: a left arc from the root makes a `root` arc, and no other move does.
    @inline(__always)
    func isValid(_ move: Move, rootGroup: Int) -> Bool {
        switch move.action {
        case .shift: return canShift
        case .left: return canLeft && ((buffer == count) == (move.group == rootGroup))
        case .right: return canRight && move.group != rootGroup
        }
    }

    /// The valid move with the highest of `scores` (the first among equals, by class number); `isAllowed` can
    /// rule out more moves.
    @inline(__always)
    func bestMove<Score: FixedWidthInteger & SignedInteger>(
        scores: UnsafePointer<Score>, groups: RelationGroups, isAllowed: (Move) -> Bool = { _ in true }
    ) -> Move {
        var best = -1
        var bestScore = Score.min
        for code in 0..<groups.classCount {
            let move = Move(code: code)
            if (best < 0 || scores[code] > bestScore) && isValid(move, rootGroup: groups.rootGroup) && isAllowed(move) {
                best = code
                bestScore = scores[code]
            }
        }
        if best >= 0 { return Move(code: best) }
        // Only when `isAllowed` rules everything out: any valid move.
        if canShift { return .shift }
        if buffer == count && depth == 1 { return Move(.left, group: groups.rootGroup) }
        return Move(.right, group: groups.rootGroup == 0 ? 1 : 0)
    }

    /// Records the arc from `head` to `dependent`.
    private mutating func attach(_ dependent: Int, to head: Int, label: Int) {
        heads[dependent] = Int32(head)
        labels[dependent] = UInt8(label)
        if dependent < head {
            // Left dependents arrive nearest first: each new one is the leftmost.
            left2[head] = left1[head]
            left1[head] = Int32(dependent)
            leftCount[head] &+= 1
            leftLabels[head] |= 1 << UInt64(label & 63)
        } else {
            // Right dependents arrive leftmost first: each new one is the rightmost.
            right2[head] = right1[head]
            right1[head] = Int32(dependent)
            rightCount[head] &+= 1
            rightLabels[head] |= 1 << UInt64(label & 63)
        }
    }
}
