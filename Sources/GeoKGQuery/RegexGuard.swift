/// Spots regular expressions that can take exponential time: a repeated group that itself repeats something,
/// such as `(a+)+` or `(x*y*)*`, which backtracking engines (ICU's among them) try in every split.
enum RegexGuard {
    /// Why `pattern` is refused, or `nil` when it is safe to run.
    static func problem(in pattern: String) -> String? {
        var groupRepeats: [Bool] = []  // for each open group: whether something inside it repeats
        var escaped = false
        var inClass = false
        var lastClosedGroupRepeats = false
        var previousWasGroupEnd = false
        for character in pattern {
            if escaped {
                escaped = false
                previousWasGroupEnd = false
                continue
            }
            switch character {
            case "\\": escaped = true
            case "[": inClass = true
            case "]": inClass = false
            case "(" where !inClass: groupRepeats.append(false)
            case ")" where !inClass:
                lastClosedGroupRepeats = groupRepeats.popLast() ?? false
                previousWasGroupEnd = true
                continue
            case _ where "*+{".contains(character) && !inClass:
                if previousWasGroupEnd && lastClosedGroupRepeats {
                    return "the regular expression repeats a group that itself repeats (as in (a+)+), "
                        + "which can take exponential time; write it without the nested repetition"
                }
                if !groupRepeats.isEmpty { groupRepeats[groupRepeats.count - 1] = true }
            default: break
            }
            // A group holding a repeated group repeats too.
            if previousWasGroupEnd && lastClosedGroupRepeats && !groupRepeats.isEmpty {
                groupRepeats[groupRepeats.count - 1] = true
            }
            previousWasGroupEnd = false
        }
        return nil
    }
}
