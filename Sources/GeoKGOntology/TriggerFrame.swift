/// What must follow a trigger for its relation to hold, and where the object stands: the `frame` column of
/// `lexicon/triggers.tsv`.
///
/// A frame is a sequence of elements: `*` is the object, `{talks|phone call}` one of several words or
/// phrases, and any other word must appear as it is. `with *` takes the object after "with";
/// `{talks} with *` needs "talks" before it ("held talks with X"); `* on {list}` takes the object first
/// ("placed X on the Entity List").
public struct TriggerFrame: Sendable, Hashable, CustomStringConvertible {
    /// One element of a frame.
    public enum Element: Sendable, Hashable {
        /// A word that must appear, lower case (`with`).
        case word(String)
        /// One of several words or phrases, lower case (`talks`, `phone call`).
        case choice([String])
        /// The object.
        case object
    }

    /// The elements in the order they must appear.
    public let elements: [Element]

    /// The frame written `text`, such as `{talks|discussions} with *`.
    /// - Throws: a message saying what is wrong: an unclosed or empty brace, or not exactly one `*`.
    public init(_ text: String) throws(TriggerFrameError) {
        var elements: [Element] = []
        var rest = Substring(text)
        while let first = rest.first {
            if first == " " {
                rest = rest.dropFirst()
            } else if first == "{" {
                guard let close = rest.firstIndex(of: "}") else { throw TriggerFrameError("'{' is not closed") }
                let options = rest[rest.index(after: rest.startIndex)..<close].split(
                    separator: "|", omittingEmptySubsequences: false
                )
                .map { $0.trimmingSpaces.lowercased() }
                guard !options.contains(where: \.isEmpty) else {
                    throw TriggerFrameError("'{...}' holds an empty choice")
                }
                elements.append(.choice(options))
                rest = rest[rest.index(after: close)...]
            } else {
                let end = rest.firstIndex(of: " ") ?? rest.endIndex
                let word = String(rest[..<end])
                guard !word.contains("}"), !word.contains("|") else {
                    throw TriggerFrameError("'\(word)' is not a word")
                }
                elements.append(word == "*" ? .object : .word(word.lowercased()))
                rest = rest[end...]
            }
        }
        guard elements.filter({ $0 == .object }).count == 1 else {
            throw TriggerFrameError("a frame holds exactly one '*', the object")
        }
        self.elements = elements
    }

    /// The elements before the object.
    public var beforeObject: ArraySlice<Element> {
        elements.prefix { $0 != .object }
    }

    /// The elements after the object.
    public var afterObject: ArraySlice<Element> {
        elements.drop { $0 != .object }.dropFirst()
    }

    /// The number of words a match must find besides the object: more is a more specific frame.
    public var specificity: Int { elements.count - 1 }

    /// The frame as written in the file.
    public var description: String {
        elements.map { element in
            switch element {
            case .word(let word): word
            case .choice(let options): "{" + options.joined(separator: "|") + "}"
            case .object: "*"
            }
        }.joined(separator: " ")
    }
}

/// Why a `frame` cell cannot be read.
public struct TriggerFrameError: Error, Sendable {
    /// What is wrong.
    public let message: String

    init(_ message: String) {
        self.message = message
    }
}

extension Substring {
    /// The text without leading and trailing spaces.
    var trimmingSpaces: Substring {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map { index(after: $0) } ?? start
        return self[start..<end]
    }
}
