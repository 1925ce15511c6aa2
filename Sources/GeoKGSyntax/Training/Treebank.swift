import Foundation

/// One sentence of a CoNLL-U treebank: its words with their gold tags, heads and relations.
package struct TreebankSentence: Sendable, Hashable {
    /// The words (FORM), multiword tokens and empty nodes left out.
    package var words: [String]
    /// The gold parts of speech (UPOS and XPOS).
    package var tags: [PartOfSpeech]
    /// The gold heads, from 0; `nil` for the root.
    package var heads: [Int?]
    /// The gold relations, rare subtypes folded into their main relation.
    package var relations: [DependencyRelation]

    /// A sentence; the four arrays must be as long as each other.
    package init(words: [String], tags: [PartOfSpeech], heads: [Int?], relations: [DependencyRelation]) {
        self.words = words
        self.tags = tags
        self.heads = heads
        self.relations = relations
    }

    /// The gold arcs.
    package var arcs: [Arc] { zip(heads, relations).map { Arc(head: $0, relation: $1) } }
}

/// Reads CoNLL-U files: the ten-column format of Universal Dependencies treebanks.
package enum Treebank {
    /// The sentences of the CoNLL-U file at `path`.
    ///
    /// Multiword-token lines (`3-4`) and empty nodes (`8.1`) are skipped; comment lines are ignored. A
    /// relation whose subtype geokg does not keep is folded into its main relation.
    /// - Throws: `SyntaxModelError` naming the file and line of the first malformed line: not ten fields, an
    ///   unknown tag or relation, a word number out of order, or a head outside the sentence.
    package static func read(_ path: String) throws(SyntaxModelError) -> [TreebankSentence] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SyntaxModelError(file: path, message: "no such file, or it cannot be read")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    /// The sentences of CoNLL-U `text`; `file` names it in errors (whose offsets are line numbers).
    package static func parse(_ text: String, file: String) throws(SyntaxModelError) -> [TreebankSentence] {
        var sentences: [TreebankSentence] = []
        var current = TreebankSentence(words: [], tags: [], heads: [], relations: [])
        var lineNumber = 0
        func failure(_ message: String) -> SyntaxModelError {
            SyntaxModelError(file: "\(file):\(lineNumber)", message: message)
        }
        func finishSentence() throws(SyntaxModelError) {
            guard !current.words.isEmpty else { return }
            for (index, head) in current.heads.enumerated() {
                if let head, head >= current.words.count {
                    throw failure(
                        "word \(index + 1) of the sentence ending here has head \(head + 1), past its last word")
                }
            }
            sentences.append(current)
            current = TreebankSentence(words: [], tags: [], heads: [], relations: [])
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty {
                try finishSentence()
                continue
            }
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 10 else { throw failure("expected 10 tab-separated fields, found \(fields.count)") }
            let id = fields[0]
            if id.contains("-") || id.contains(".") { continue }
            guard let number = Int(id), number == current.words.count + 1 else {
                throw failure("expected word number \(current.words.count + 1), found \(id)")
            }
            guard let upos = UniversalTag(rawValue: String(fields[3])) else {
                throw failure("unknown UPOS tag \(fields[3])")
            }
            guard let xpos = PennTag(rawValue: String(fields[4])) else {
                throw failure("unknown XPOS tag \(fields[4])")
            }
            guard let head = Int(fields[6]), head >= 0 else { throw failure("the head \(fields[6]) is not a number") }
            guard let relation = DependencyRelation(collapsing: fields[7]) else {
                throw failure("unknown relation \(fields[7])")
            }
            current.words.append(String(fields[1]))
            current.tags.append(PartOfSpeech(upos: upos, xpos: xpos))
            current.heads.append(head == 0 ? nil : head - 1)
            current.relations.append(relation)
        }
        try finishSentence()
        return sentences
    }
}

extension Treebank {
    /// CoNLL-U text of `sentences` with the tags `tags` (their own when `nil`): ID, FORM, UPOS, XPOS, HEAD and
    /// DEPREL filled, the other columns `_`.
    package static func text(of sentences: [TreebankSentence], tags: [[PartOfSpeech]]? = nil) -> String {
        var text = ""
        for (index, sentence) in sentences.enumerated() {
            let sentenceTags = tags?[index] ?? sentence.tags
            for word in sentence.words.indices {
                let head = sentence.heads[word].map { $0 + 1 } ?? 0
                let tag = sentenceTags[word]
                text +=
                    "\(word + 1)\t\(sentence.words[word])\t_\t\(tag.upos.rawValue)\t\(tag.xpos.rawValue)\t_\t\(head)\t\(sentence.relations[word].rawValue)\t_\t_\n"
            }
            text += "\n"
        }
        return text
    }
}
