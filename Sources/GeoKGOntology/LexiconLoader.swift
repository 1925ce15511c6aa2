/// Reads and checks the files of `lexicon/` into a `Lexicon`.
struct LexiconLoader {
    /// The ontology folder.
    let folder: String
    /// The relations of `relations.tsv` by id.
    let relations: [String: RelationType]
    /// The relation ids in file order, for messages.
    let relationIDs: [String]
    /// The ids of the Organization subclasses of `classes.tsv`.
    let organizationKinds: [String]

    /// The file names, relative to the ontology folder.
    static let triggersFile = "lexicon/triggers.tsv"
    static let cameoVerbsFile = "lexicon/cameo-verbs.tsv"
    static let titlesFile = "lexicon/titles.tsv"
    static let cuesFile = "lexicon/cues.tsv"
    static let abbreviationsFile = "lexicon/abbreviations.txt"
    static let honorificsFile = "lexicon/honorifics.txt"
    static let titleModifiersFile = "lexicon/title-modifiers.txt"
    static let pastOfficeWordsFile = "lexicon/past-office-words.txt"
    static let newOfficeWordsFile = "lexicon/new-office-words.txt"
    static let wordClassesFile = "lexicon/word-classes.tsv"
    static let agentsFile = "lexicon/agents.tsv"

    /// Reads triggers, titles, cues, abbreviations, honorifics, title modifiers and agent nouns, in that order.
    /// - Throws: `OntologyError` for the first missing file or wrong line.
    func load() throws(OntologyError) -> Lexicon {
        Lexicon(
            triggers: try loadAllTriggers(), titles: try loadTitles(), cues: try loadCues(),
            abbreviations: try loadAbbreviations(), honorifics: try loadWords(Self.honorificsFile),
            titleModifiers: try loadWords(Self.titleModifiersFile),
            pastOfficeWords: try loadWords(Self.pastOfficeWordsFile),
            newOfficeWords: try loadWords(Self.newOfficeWordsFile),
            wordClasses: try loadWordClasses(),
            agentNouns: try loadAgentNouns())
    }

    /// The relation of column `index` of `row`, checked to exist and to be an event relation or not.
    /// - Throws: `OntologyError` on `row` naming the known relations, or saying which kind was expected.
    private func relation(_ index: Int, of row: TSVRow, event: Bool) throws(OntologyError) -> String {
        let id = row[index]
        guard let relation = relations[id] else {
            throw row.error("unknown relation '\(id)'; known relations: \(relationIDs.joined(separator: ", "))")
        }
        guard relation.isEvent == event else {
            let (found, expected) = event ? ("a standing", "an event") : ("an event", "a standing")
            throw row.error("relation '\(id)' is \(found) relation; expected \(expected) relation")
        }
        return id
    }

    /// The hand-written triggers, then the CAMEO ones for the lemmas the hand-written file does not list: a lemma
    /// listed by hand keeps only the frames written for it there.
    private func loadAllTriggers() throws(OntologyError) -> [Trigger] {
        let written = try loadTriggers(Self.triggersFile)
        let decided = Set(written.map { "\($0.relation)\t\($0.partOfSpeech.rawValue)\t\($0.lemma)" })
        let carried = try loadTriggers(Self.cameoVerbsFile).filter {
            !decided.contains("\($0.relation)\t\($0.partOfSpeech.rawValue)\t\($0.lemma)")
        }
        return written + carried
    }

    /// The triggers of one trigger file (`triggers.tsv`, written by hand, or `cameo-verbs.tsv`, carried over
    /// from CAMEO): both have the same columns, and a key may appear once in each.
    private func loadTriggers(_ name: String) throws(OntologyError) -> [Trigger] {
        let file = try TSVFile(
            name, in: folder,
            columns: ["relation", "pos", "lemma", "forms", "frame", "subject", "object", "voice", "cameo"])
        var seen: [String: Int] = [:]
        var triggers: [Trigger] = []
        triggers.reserveCapacity(file.rows.count)
        for row in file.rows {
            let relation = try relation(0, of: row, event: true)
            let pos = try row.choice(1, of: TriggerPartOfSpeech.allCases)
            let lemma = try row.required(2)
            let frameText = try row.required(4)
            let frame: TriggerFrame
            do {
                frame = try TriggerFrame(frameText)
            } catch {
                throw row.error("frame '\(frameText)': \(error.message)")
            }
            let voice = try row.choice(7, of: TriggerVoice.allCases)
            let key = "\(relation)\t\(pos.rawValue)\t\(lemma)\t\(frame)\t\(row[5])\t\(row[6])\t\(voice.rawValue)"
            if let line = seen[key] {
                throw row.error(
                    "duplicate trigger \(pos.rawValue) '\(lemma)' with frame '\(frame)', classes and voice for \(relation) (first on line \(line))"
                )
            }
            seen[key] = row.line
            triggers.append(
                Trigger(
                    relation: relation, partOfSpeech: pos, lemma: lemma, forms: try row.requiredList(3), frame: frame,
                    subject: try classes(5, of: row), object: try classes(6, of: row), voice: voice,
                    cameo: try cameoCode(8, of: row)))
        }
        return triggers
    }

    /// The class constraint of column `index`: class ids, each allowed or, after `-`, excluded.
    /// - Throws: `OntologyError` naming the known classes when one is unknown.
    private func classes(_ index: Int, of row: TSVRow) throws(OntologyError) -> ClassConstraint {
        var allowed: [String] = []
        var excluded: [String] = []
        let known = EntityType.allCases.map(\.rawValue) + organizationKinds
        for value in try row.list(index) {
            let isExcluded = value.hasPrefix("-")
            let id = isExcluded ? String(value.dropFirst()) : value
            guard known.contains(id) else {
                throw row.error("unknown class '\(id)'; known classes: \(known.joined(separator: ", "))")
            }
            if isExcluded { excluded.append(id) } else { allowed.append(id) }
        }
        return ClassConstraint(allowed: allowed, excluded: excluded)
    }

    /// The CAMEO code of column `index`: two to four digits, or `nil` when the cell is empty.
    private func cameoCode(_ index: Int, of row: TSVRow) throws(OntologyError) -> String? {
        guard let code = row.optional(index) else { return nil }
        guard (2...4).contains(code.utf8.count), code.utf8.allSatisfy(isASCIIDigit) else {
            throw row.error("CAMEO code '\(code)' is not two to four digits")
        }
        return code
    }

    private func loadTitles() throws(OntologyError) -> [Title] {
        let file = try TSVFile(Self.titlesFile, in: folder, columns: ["title", "relation", "scope", "note"])
        var seen: [String: Int] = [:]
        var titles: [Title] = []
        titles.reserveCapacity(file.rows.count * 2)
        for row in file.rows {
            let title = try row.required(0)
            if let line = seen[title.lowercased()] {
                throw row.error("duplicate title '\(title)' (titles match case-insensitively; first on line \(line))")
            }
            seen[title.lowercased()] = row.line
            let relation = try relation(1, of: row, event: false)
            var scopes: [TitleScope] = []
            for value in try row.requiredList(2) {
                guard let scope = TitleScope(rawValue: value), !scopes.contains(scope) else {
                    throw row.error("scope '\(row[2])' is not one of country, body, country|body")
                }
                scopes.append(scope)
            }
            for scope in scopes { titles.append(Title(title: title, relation: relation, scope: scope)) }
        }
        return titles
    }

    private func loadCues() throws(OntologyError) -> [Cue] {
        let file = try TSVFile(Self.cuesFile, in: folder, columns: ["word", "class", "kind", "position"])
        var seen: [String: Int] = [:]
        var cues: [Cue] = []
        cues.reserveCapacity(file.rows.count)
        for row in file.rows {
            let word = try row.required(0)
            if let line = seen[word] { throw row.error("duplicate cue '\(word)' (first on line \(line))") }
            seen[word] = row.line
            let type = try row.choice(1, of: EntityType.allCases)
            var kind: String?
            if !row[2].isEmpty {
                guard type == .organization else {
                    throw row.error(
                        "kind '\(row[2])' is given for class \(type.rawValue); kinds are for Organization only")
                }
                kind = try row.choice(2, of: organizationKinds)
            }
            cues.append(Cue(word: word, type: type, kind: kind, position: try row.choice(3, of: Cue.Position.allCases)))
        }
        return cues
    }

    /// The classes an agent noun may have.
    private static let agentClasses: [EntityType] = [.group, .organization]

    private func loadAgentNouns() throws(OntologyError) -> [AgentNoun] {
        let file = try TSVFile(Self.agentsFile, in: folder, columns: ["noun", "forms", "class", "sector"])
        var nounLines: [String: Int] = [:]
        var formOwners: [String: (noun: String, line: Int)] = [:]
        var nouns: [AgentNoun] = []
        nouns.reserveCapacity(file.rows.count)
        for row in file.rows {
            let noun = try row.required(0)
            guard noun == noun.lowercased() else { throw row.error("noun '\(noun)' is not lower-case") }
            if let line = nounLines[noun] { throw row.error("duplicate agent noun '\(noun)' (first on line \(line))") }
            nounLines[noun] = row.line
            let forms = try row.requiredList(1)
            guard forms.first == noun else {
                throw row.error("forms '\(row[1])' do not start with the noun '\(noun)'")
            }
            for form in forms {
                if let owner = formOwners[form] {
                    throw row.error("form '\(form)' is already a form of '\(owner.noun)' (line \(owner.line))")
                }
                formOwners[form] = (noun, row.line)
            }
            let type = try row.choice(2, of: Self.agentClasses)
            let sector = try row.required(3)
            let isWordByte = { (byte: UInt8) in
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || byte == UInt8(ascii: "-")
            }
            guard sector.utf8.allSatisfy(isWordByte) else {
                throw row.error("sector '\(sector)' is not a lower-case word")
            }
            nouns.append(AgentNoun(noun: noun, forms: forms, type: type, sector: sector))
        }
        return nouns
    }

    private func loadAbbreviations() throws(OntologyError) -> Set<String> {
        var abbreviations: [String: Int] = [:]
        for (number, text) in try TSVFile.lines(of: Self.abbreviationsFile, in: folder) where !text.isEmpty {
            let token = String(decoding: text, as: UTF8.self)
            guard token.utf8.last == UInt8(ascii: "."), !token.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 }) else {
                throw OntologyError(
                    file: Self.abbreviationsFile, line: number,
                    message: "'\(token)' is not one token ending in a period")
            }
            if let line = abbreviations[token] {
                throw OntologyError(
                    file: Self.abbreviationsFile, line: number,
                    message: "duplicate abbreviation '\(token)' (first on line \(line))")
            }
            abbreviations[token] = number
        }
        return Set(abbreviations.keys)
    }

    /// The word classes, each of `WordClass` once, with its words lower case (gazetteer ids as written).
    private func loadWordClasses() throws(OntologyError) -> WordClassTable {
        let file = try TSVFile(Self.wordClassesFile, in: folder, columns: ["class", "words", "meaning"])
        var lines: [WordClass: Int] = [:]
        var table: [WordClass: Set<String>] = [:]
        for row in file.rows {
            let wordClass = try row.choice(0, of: WordClass.allCases)
            if let line = lines[wordClass] {
                throw row.error("duplicate class '\(wordClass.rawValue)' (first on line \(line))")
            }
            lines[wordClass] = row.line
            let words = try row.requiredList(1)
            if wordClass != .familyNameFirst, let upper = words.first(where: { $0 != $0.lowercased() }) {
                throw row.error("'\(upper)' is not lower case; word classes are matched on lower-cased words")
            }
            table[wordClass] = Set(words)
        }
        if let missing = WordClass.allCases.first(where: { lines[$0] == nil }) {
            throw OntologyError(
                file: Self.wordClassesFile, line: nil,
                message: "class '\(missing.rawValue)' is missing; every class extraction uses needs a row")
        }
        return WordClassTable(table)
    }

    /// A list of single words, one a line, each once.
    private func loadWords(_ file: String) throws(OntologyError) -> Set<String> {
        var words: [String: Int] = [:]
        for (number, text) in try TSVFile.lines(of: file, in: folder) where !text.isEmpty {
            let word = String(decoding: text, as: UTF8.self)
            guard !word.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 }) else {
                throw OntologyError(file: file, line: number, message: "'\(word)' is not one word")
            }
            if let line = words[word] {
                throw OntologyError(
                    file: file, line: number, message: "duplicate word '\(word)' (first on line \(line))")
            }
            words[word] = number
        }
        return Set(words.keys)
    }
}
