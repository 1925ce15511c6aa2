/// A move of the arc-hybrid transition system.
///
/// `shift` moves the first word of the buffer onto the stack; `left` makes the first word of the buffer the
/// head of the stack's top and pops it; `right` makes the word under the stack's top its head and pops it.
/// The action perceptron chooses a move together with a group of relations (`Move`, `RelationGroups`).
enum Action: Int, CaseIterable, Sendable {
    case shift = 0
    case left = 1
    case right = 2
}
