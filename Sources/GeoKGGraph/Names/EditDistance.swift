/// The number of single-character insertions, deletions and substitutions that turn `source` into `target`
/// (their Levenshtein distance), counted over characters, case included.
/// - Complexity: O(*m* × *n*) time and O(*n*) memory, for strings of *m* and *n* characters.
func editDistance(_ source: String, _ target: String) -> Int {
    let target = Array(target)
    var previous = Array(0...target.count)
    var current = previous
    for (row, character) in source.enumerated() {
        current[0] = row + 1
        for column in target.indices {
            let substitution = previous[column] + (character == target[column] ? 0 : 1)
            current[column + 1] = min(substitution, previous[column + 1] + 1, current[column] + 1)
        }
        swap(&previous, &current)
    }
    return previous[target.count]
}
