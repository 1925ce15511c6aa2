import GeoKGOntology

/// A name the gazetteer lists, and what kind of name it is.
struct GazetteerName: Sendable {
    enum Role: Sendable { case name, metonym }

    let entity: GazetteerEntry
    let role: Role
}

/// A form of a trigger, with its frame compiled into token sequences. A class, though immutable: matches hand
/// out the forms of a phrase at every trigger word, and copying a reference is one retain where copying the
/// fields was one for each of their strings and arrays.
final class TriggerForm: Sendable {
    /// One step of a compiled frame.
    enum Step: Sendable {
        /// One of several token sequences, as the vocabulary numbers of their lower-cased words.
        case words([[Int32]])
        /// The object.
        case object
    }

    let trigger: Trigger
    /// The frame's steps, in order.
    let steps: [Step]
    /// Whether the form is a past participle, which can make a passive.
    let isParticiple: Bool
    /// The steps before the object.
    let stepsBeforeObject: ArraySlice<Step>
    /// The steps after the object.
    let stepsAfterObject: ArraySlice<Step>

    init(trigger: Trigger, steps: [Step], isParticiple: Bool) {
        self.trigger = trigger
        self.steps = steps
        self.isParticiple = isParticiple
        stepsBeforeObject = steps.prefix { if case .object = $0 { false } else { true } }
        stepsAfterObject = steps.drop { if case .object = $0 { false } else { true } }.dropFirst()
    }

    var relation: String { trigger.relation }
    var voice: TriggerVoice { trigger.voice }
    var partOfSpeech: TriggerPartOfSpeech { trigger.partOfSpeech }
}

/// The ontology compiled into the indexes extraction looks words up in. Immutable once built.
final class ExtractionLexicon: @unchecked Sendable {
    let ontology: Ontology
    let tokenizer: Tokenizer
    /// The numbers of every word the indexes hold.
    let vocabulary: Vocabulary
    /// Proper names, aliases and metonyms of countries, organizations and people (case-sensitive).
    let names: PhraseIndex<GazetteerName>
    /// Commodity names, singular and plural (case-insensitive).
    let commodities: PhraseIndex<GazetteerEntry>
    /// Nationality adjectives and demonyms (case-sensitive), to the country.
    let demonyms: PhraseIndex<GazetteerEntry>
    /// Job titles (case-insensitive).
    let titles: PhraseIndex<Title>
    /// Job titles in the plural (`Foreign Ministers`, `Heads of State`), which name groups (case-insensitive).
    let pluralTitles: PhraseIndex<Title>
    /// Trigger forms (case-insensitive).
    let triggers: PhraseIndex<TriggerForm>
    /// Words that make a capitalised phrase an organization, by the exact spelling of their last word.
    let organizationCues: [String: [Cue]]
    /// Titles of one word, lower-cased, to tell title words from names quickly: `Vocabulary.table`.
    private let oneWordTitles: [Bool]
    /// The singulars of the plural nouns that name groups (`individual`, `company`): `Vocabulary.table`.
    private let singularGroupNouns: [Bool]
    /// Lower-case singular nouns that name one body (`company`, `army`, `bank`), by vocabulary number.
    private let bodyNouns: [Bool]
    /// Gazetteer people by surname.
    let peopleBySurname: [String: [GazetteerEntry]]
    /// The titles that lead what they name (`President`, `Prime Minister`), lower-cased.
    let leadingTitles: Set<String>
    /// The family name of each gazetteer person (`familyName(of:)`), by id; `nil` for a name without one.
    let familyNames: [String: String?]
    /// The first words of the gazetteer's personal names written given name first (`Francisco`).
    let givenNames: Set<String>
    /// The family names of the gazetteer's people (`Galvez`).
    let familyNamesKnown: Set<String>
    /// The standing relations, looked up once.
    let leads: RelationType
    let memberOf: RelationType
    /// The closed word classes of `lexicon/word-classes.tsv`.
    let wordClasses: WordClassTable
    /// The relation an obligation states (`X must act`): that of the triggers of the obligation voice.
    let obligationRelation: String?
    /// The relation of threats (CAMEO 13), which an intent on a condition of another actor's act states.
    let threatRelation: String?
    /// `Vocabulary.keyTable` of the title modifiers and of the honorifics.
    private let titleModifierKeys: [Bool]
    private let honorificKeys: [Bool]
    /// The organization cues by the spelling of their last word, the longest first, with their words.
    private let cuesEndingIn: [String: [(cue: Cue, words: [String])]]
    /// `Vocabulary.keyTable` of those last words.
    private let cueLastWordKeys: [Bool]

    init(ontology: Ontology) {
        self.ontology = ontology
        let wordClasses = ontology.lexicon.wordClasses
        self.wordClasses = wordClasses
        let tokenizer = Tokenizer(abbreviations: ontology.lexicon.abbreviations)
        self.tokenizer = tokenizer
        let vocabulary = Vocabulary()
        self.vocabulary = vocabulary
        var names = PhraseIndex<GazetteerName>(caseInsensitive: false, vocabulary: vocabulary)
        var commodities = PhraseIndex<GazetteerEntry>(caseInsensitive: true, vocabulary: vocabulary)
        var demonyms = PhraseIndex<GazetteerEntry>(caseInsensitive: false, vocabulary: vocabulary)
        var surnames: [String: [GazetteerEntry]] = [:]
        var familyNames: [String: String?] = [:]
        var givenNames = Set<String>()
        var familyNamesKnown = Set<String>()
        let familyNameFirst = wordClasses[.familyNameFirst]
        let nameSuffixes = wordClasses[.nameSuffix]
        for entry in ontology.gazetteer.entries {
            if entry.type == .commodity {
                for name in [entry.name] + entry.aliases { commodities.add(name, entry, tokenizer: tokenizer) }
                continue
            }
            // Each distinct name once, in the gazetteer's order: an entry has few names, so a scan of
            // those before it is cheaper than a set, and its order does not change from run to run.
            let entryNames = [entry.name] + entry.aliases
            for (index, name) in entryNames.enumerated() where !entryNames[..<index].contains(name) {
                names.add(name, GazetteerName(entity: entry, role: .name), tokenizer: tokenizer)
            }
            for metonym in entry.metonyms {
                names.add(metonym, GazetteerName(entity: entry, role: .metonym), tokenizer: tokenizer)
            }
            for demonym in entry.demonyms { demonyms.add(demonym, entry, tokenizer: tokenizer) }
            if entry.type == .country {
                for name in [entry.name] + entry.aliases { demonyms.add(name, entry, tokenizer: tokenizer) }
            }
            guard entry.type == .person else { continue }
            let familyName = Self.familyName(of: entry, familyNameFirst: familyNameFirst, suffixes: nameSuffixes)
            if let familyName {
                surnames[familyName, default: []].append(entry)
                familyNamesKnown.insert(familyName)
                let isFamilyNameFirst = entry.country.map(familyNameFirst.contains) ?? false
                // "Erdogan" for "Erdoğan": a family name spelt otherwise in an alias finds the person too.
                if !isFamilyNameFirst {
                    let spellings = Set(
                        entry.aliases.filter { $0.contains(" ") }.compactMap {
                            Self.surname(of: $0, suffixes: nameSuffixes)
                        })
                    for spelling in spellings.sorted() where spelling != familyName {
                        surnames[spelling, default: []].append(entry)
                    }
                }
                if let given = Self.words(of: entry.name).first, entry.name.contains(" "), !isFamilyNameFirst {
                    givenNames.insert(given)
                }
            }
            // The gazetteer's entry for an id is the first one listed.
            if familyNames.index(forKey: entry.id) == nil {
                familyNames[entry.id] = .some(familyName)
            }
        }
        var titles = PhraseIndex<Title>(caseInsensitive: true, vocabulary: vocabulary)
        var pluralTitles = PhraseIndex<Title>(caseInsensitive: true, vocabulary: vocabulary)
        for title in ontology.lexicon.titles {
            titles.add(title.title, title, tokenizer: tokenizer)
            pluralTitles.add(Self.plural(ofTitle: title.title), title, tokenizer: tokenizer)
        }
        var triggers = PhraseIndex<TriggerForm>(caseInsensitive: true, vocabulary: vocabulary)
        for trigger in ontology.lexicon.triggers {
            let steps = trigger.frame.elements.map { Self.step($0, tokenizer: tokenizer, vocabulary: vocabulary) }
            for form in trigger.forms {
                let first = form.split(separator: " ").first.map(String.init) ?? form
                let participle =
                    first.hasSuffix("ed") || first.hasSuffix("en")
                    || wordClasses[.irregularParticiple].contains(first)
                triggers.add(
                    form, TriggerForm(trigger: trigger, steps: steps, isParticiple: participle), tokenizer: tokenizer)
            }
        }
        var organizationCues: [String: [Cue]] = [:]
        var groupNouns = Set<String>()
        // Nouns of people in the agent lexicon, in the plural, name groups too ("soldiers", "officials"); one
        // minister is no group.
        for agent in ontology.lexicon.agentNouns where agent.type == .group {
            for form in agent.forms where !form.contains(" ") && form != agent.noun {
                groupNouns.insert(form.lowercased())
            }
        }
        // Only the agent nouns: a body's cue in lower case often names a place or a thing ("a police post").
        let bodyNouns = Set(
            ontology.lexicon.agentNouns.lazy.filter { $0.type == .organization && !$0.noun.contains(" ") }.map(\.noun))
        for cue in ontology.lexicon.cues {
            if cue.type == .group {
                groupNouns.insert(cue.word.lowercased())
            } else if cue.type == .organization, let last = cue.word.split(separator: " ").last {
                organizationCues[String(last), default: []].append(cue)
            }
        }
        // Sorted, so that words are numbered in the same order in every run.
        for wordClass in WordClass.allCases where wordClass != .familyNameFirst {
            vocabulary.mark(wordClasses[wordClass].sorted(), as: WordClasses(wordClass))
        }
        vocabulary.mark(groupNouns.sorted(), as: .groupNoun)
        singularGroupNouns = vocabulary.table(groupNouns.compactMap(Self.singular(ofPlural:)).sorted())
        self.bodyNouns = vocabulary.table(bodyNouns.sorted())
        self.names = names
        self.commodities = commodities
        self.demonyms = demonyms
        self.titles = titles
        self.pluralTitles = pluralTitles
        self.triggers = triggers
        self.organizationCues = organizationCues
        self.peopleBySurname = surnames
        leadingTitles = Set(
            ontology.lexicon.titles.filter { $0.relation == ontology.relation(.leads).id }.map { $0.title.lowercased() }
        )
        self.familyNames = familyNames
        self.givenNames = givenNames
        self.familyNamesKnown = familyNamesKnown
        obligationRelation = ontology.lexicon.triggers.first { $0.voice == .obligation }?.relation
        threatRelation = ontology.relations.first { $0.cameoCodes.contains { $0.hasPrefix("13") } }?.id
        titleModifierKeys = vocabulary.keyTable(ontology.lexicon.titleModifiers)
        honorificKeys = vocabulary.keyTable(ontology.lexicon.honorifics)
        oneWordTitles = vocabulary.table(
            Set(ontology.lexicon.titles.map { $0.title.lowercased() }.filter { !$0.contains(" ") }))
        cuesEndingIn = organizationCues.mapValues { cues in
            cues.sorted { $0.word.count > $1.word.count }.map { ($0, $0.word.split(separator: " ").map(String.init)) }
        }
        cueLastWordKeys = vocabulary.keyTable(organizationCues.keys)
        leads = ontology.relation(.leads)
        memberOf = ontology.relation(.memberOf)
    }

    /// A frame element compiled into the token sequences it matches, numbered by `vocabulary`.
    private static func step(_ element: TriggerFrame.Element, tokenizer: Tokenizer, vocabulary: Vocabulary)
        -> TriggerForm.Step
    {
        func numbers(_ words: String) -> [Int32] { tokenizer.tokens(words).map { vocabulary.intern($0.lower) } }
        switch element {
        case .object:
            return .object
        case .word(let word):
            return .words([numbers(word)])
        case .choice(let options):
            return .words(options.map(numbers))
        }
    }

    /// The plural of a title: of its first word before "of" (`Heads of State`), else of its last word
    /// (`Foreign Ministers`, `Chairmen`).
    static func plural(ofTitle title: String) -> String {
        var words = title.split(separator: " ").map(String.init)
        let head = words.firstIndex(of: "of").map { max($0 - 1, 0) } ?? words.count - 1
        let word = words[head]
        let lower = word.lowercased()
        if lower.hasSuffix("man") {
            words[head] = String(word.dropLast(3)) + "men"
        } else if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
            words[head] = String(word.dropLast()) + "ies"
        } else if ["s", "x", "ch", "sh"].contains(where: lower.hasSuffix) {
            words[head] = word + "es"
        } else {
            words[head] = word + "s"
        }
        return words.joined(separator: " ")
    }

    /// The singular whose plural (`plural(ofTitle:)`) is `word`, or `nil` when `word` is no such plural.
    static func singular(ofPlural word: String) -> String? {
        let candidates = [String(word.dropLast()), String(word.dropLast(2)), String(word.dropLast(3)) + "y"]
        return candidates.first { !$0.isEmpty && $0 != word && plural(ofTitle: $0) == word }
    }

    /// Whether the lower-cased `token` is the singular of a noun that names groups in the plural (`entity`).
    func isSingularGroupNoun(_ token: Token) -> Bool {
        Self.isListed(token.lowerID, in: singularGroupNouns)
    }

    /// Whether the lower-cased `token` is a singular noun that names one body (`company`, `army`).
    func isBodyNoun(_ token: Token) -> Bool {
        Self.isListed(token.lowerID, in: bodyNouns)
    }

    /// The organization cues whose last word is `token` written with a capital (`ministry` as `Ministry`): what a
    /// lower-case common noun would name as part of a body's name.
    func organizationCues(capitalizing token: Token) -> [Cue]? {
        organizationCues[token.text.prefix(1).uppercased() + token.text.dropFirst()]
    }

    /// Whether `office` heads a country: a leading title (`President`, `Prime Minister`) of a country.
    func headsCountry(_ office: OfficeTerm) -> Bool {
        leadingTitles.contains(office.role.lowercased()) && ontology.gazetteer.entry(id: office.of)?.type == .country
    }

    /// Where a title may start at `index`, past the title modifiers that open no title themselves (`senior`,
    /// `Deputy` before `Foreign Minister`).
    func titleStart(in tokens: [Token], from index: Int) -> Int {
        var start = index
        while start < tokens.count, isTitleModifier(tokens[start]), titles.longestMatch(in: tokens, at: start) == nil {
            start += 1
        }
        return start
    }

    /// Whether `token` is written as a title modifier (`Deputy`).
    func isTitleModifier(_ token: Token) -> Bool {
        Self.isListed(token, keys: titleModifierKeys) && ontology.lexicon.titleModifiers.contains(token.text)
    }

    /// Whether `token` is written as an honorific (`Mr.`).
    func isHonorific(_ token: Token) -> Bool {
        Self.isListed(token, keys: honorificKeys) && ontology.lexicon.honorifics.contains(token.text)
    }

    /// Whether the lower-cased `token` is a title of one word (`president`).
    func isOneWordTitle(_ token: Token) -> Bool {
        Self.isListed(token.lowerID, in: oneWordTitles)
    }

    private static func isListed(_ token: Token, keys: [Bool]) -> Bool {
        isListed(token.keyID, in: keys)
    }

    private static func isListed(_ number: Int32, in table: [Bool]) -> Bool {
        number >= 0 && Int(number) < table.count && table[Int(number)]
    }

    /// The cue whose words end at `index` in `tokens`, the longest first.
    func organizationCue(in tokens: [Token], endingAt index: Int) -> Cue? {
        guard Self.isListed(tokens[index], keys: cueLastWordKeys), let cues = cuesEndingIn[tokens[index].text] else {
            return nil
        }
        return cues.first { _, words in
            guard index + 1 >= words.count else { return false }
            let start = index + 1 - words.count
            return words.indices.allSatisfy { words[$0] == tokens[start + $0].text }
        }?.cue
    }

    /// The name a gazetteer person is called by alone: the first word for names written family name first
    /// (by the person's country), else the last word.
    /// `familyNameFirst` and `suffixes` are the word classes of those names.
    static func familyName(of entry: GazetteerEntry, familyNameFirst: Set<String>, suffixes: Set<String>) -> String? {
        if let country = entry.country, familyNameFirst.contains(country), entry.name.contains(" ") {
            return words(of: entry.name).first
        }
        return surname(of: entry.name, suffixes: suffixes)
    }

    /// The last word of a personal name, skipping suffixes such as Jr. and III (`suffixes`, lower case).
    static func surname(of name: String, suffixes: Set<String>) -> String? {
        words(of: name).last { !suffixes.contains($0.lowercased()) }
    }

    /// The words of `name`, split at spaces as `split(separator: " ")` splits it; by bytes when the name is ASCII
    /// (whose characters are its bytes): the gazetteer's names are split at load, and splitting by characters
    /// costs far more.
    static func words(of name: String) -> [String] {
        var name = name
        let words = name.withUTF8 { bytes -> [String]? in
            func word(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            var words: [String] = []
            var start = 0
            for (index, byte) in bytes.enumerated() where byte >= 0x80 || byte == 0x20 {
                guard byte == 0x20 else { return nil }
                if index > start { words.append(word(start..<index)) }
                start = index + 1
            }
            if bytes.count > start { words.append(word(start..<bytes.count)) }
            return words
        }
        return words ?? name.split(separator: " ").map(String.init)
    }

    /// The last word of a personal name, skipping suffixes such as Jr. and III.
    func surname(of name: String) -> String? {
        Self.surname(of: name, suffixes: wordClasses[.nameSuffix])
    }
}
