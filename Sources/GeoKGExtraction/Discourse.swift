/// Who speaks in an article and for whom, and who acted last: what pronouns of the first person, "the
/// Government" and agentless passives stand for.
struct Discourse {
    /// The person or office that speaks ("I"): from the headline ("Remarks by X"), a transcript label, a
    /// signature line or a quote's attribution.
    var speaker: EntityKey?
    /// The body the article speaks for ("we"): named in the text ("We, the G7 Foreign Ministers",
    /// "on behalf of the EU", "UK statement"), else the speaker's own body.
    var issuer: EntityKey?
    /// Every body a joint text speaks for ("Joint Statement of Ghana and Togo"), when it names more than one;
    /// `issuer` is the first of them.
    var jointIssuers: [EntityKey] = []
    /// The speaker's own body, from a title ("State Department Spokesperson X" speaks for the department).
    var speakerBody: EntityKey?
    /// The first country or organization that acts as a subject in the article.
    var firstActor: EntityKey?
    /// The article's own country (a gazetteer id), from its source address, when that names one.
    let sourceCountry: String?
    /// How often each country was named, to find the article's dominant one.
    private var countryCounts: [String: Int] = [:]
    /// The subject of the last fact stated for each relation, which agentless passives of the same relation
    /// take as their agent ("The UK sanctioned X. Y was also sanctioned").
    private var lastAgents: [String: EntityKey] = [:]

    init(sourceCountry: String?) {
        self.sourceCountry = sourceCountry
    }

    /// Whom "we" stands for: the issuer, else the speaker's body, else the country of the article's source (a
    /// government's site speaks for it), else the first actor.
    var we: EntityKey? {
        quotedWe ?? sourceCountry.map { .known($0) } ?? firstActor
    }

    /// Whom "we" stands for inside a quotation: the body the article speaks for, when it is known; a quote in a
    /// report speaks for its own speaker, not for the report's first actor.
    var quotedWe: EntityKey? {
        issuer ?? speakerBody
    }

    /// The article's own country, for "the Government" and "the Administration": its source's country, else
    /// the country it speaks for (when `isCountry` says "we" is one), else the country it names most.
    func homeCountry(isCountry: (EntityKey) -> Bool) -> EntityKey? {
        if let sourceCountry { return .known(sourceCountry) }
        if let we, isCountry(we) { return we }
        return countryCounts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }.map {
            .known($0.key)
        }
    }

    /// Notes that the country `id` was named.
    mutating func count(country id: String) {
        countryCounts[id, default: 0] += 1
    }

    /// The subject of the last event fact, whom "this act" stands for.
    private(set) var lastActor: EntityKey?

    /// The two parties of the last fact of a symmetric relation (a meeting, an agreement), whom "the two
    /// sides" stand for.
    private(set) var lastParties: [EntityKey] = []

    /// Notes a fact of `relation` between `subject` and `object`; `isSymmetric` when either order holds.
    mutating func noteFact(_ subject: EntityKey, _ relation: String, _ object: EntityKey, isSymmetric: Bool) {
        lastAgents[relation] = subject
        lastActor = subject
        if isSymmetric { lastParties = [subject, object] }
    }

    /// The agent an agentless passive of `relation` takes: the last subject of that relation, else the body the
    /// article speaks for, when it is known (not merely its first actor).
    func implicitAgent(of relation: String) -> EntityKey? {
        lastAgents[relation] ?? issuer ?? speakerBody
    }
}
