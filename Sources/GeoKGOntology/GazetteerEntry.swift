/// A known entity: a country, organization, person or commodity of `Ontology/gazetteer/`.
public struct GazetteerEntry: Sendable, Hashable {
    /// The entity id slug (`UnitedStates`, `ScottBessent`, `RareEarths`), unique across the gazetteer.
    public let id: String
    /// The canonical name (`United States`).
    public let name: String
    /// The entity's top class.
    public let type: EntityType
    /// For organizations, the kind (`GovernmentBody`, `InternationalOrganization`, `Company`, `ArmedGroup`,
    /// `Party`, `Media`); `nil` for everything else.
    public let kind: String?
    /// Other names the entity goes by, without `name`, demonyms or metonyms.
    public let aliases: [String]
    /// For countries, adjectives and people forms (`Chinese`, `American|Americans`); empty otherwise.
    public let demonyms: [String]
    /// For countries, the capital and seats of power that stand for the government (`Washington`, `White House`).
    public let metonyms: [String]
    /// For countries, the capital city.
    public let capital: String?
    /// For countries, the ISO 3166-1 alpha-2 code.
    public let iso2: String?
    /// For countries, the ISO 3166-1 alpha-3 code.
    public let iso3: String?
    /// For organizations and people, the entity id of their country; `nil` for international bodies and
    /// for people whose offices belong to no country.
    ///
    /// A person's country is that of their first office (in file order) which belongs to a country,
    /// directly or through an organization that has a country.
    public let country: String?
    /// For people, every office of `people.tsv` in file order, `of` resolved to an entity id.
    public let offices: [OfficeTerm]
    /// The Wikidata Q-id (`Q148`), or `nil` when not certain.
    public let wikidata: String?

    /// Makes an entry; `Ontology.load(from:)` does this for every row of the gazetteer files.
    public init(
        id: String, name: String, type: EntityType, kind: String? = nil, aliases: [String] = [],
        demonyms: [String] = [], metonyms: [String] = [], capital: String? = nil, iso2: String? = nil,
        iso3: String? = nil, country: String? = nil, offices: [OfficeTerm] = [], wikidata: String? = nil
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.kind = kind
        self.aliases = aliases
        self.demonyms = demonyms
        self.metonyms = metonyms
        self.capital = capital
        self.iso2 = iso2
        self.iso3 = iso3
        self.country = country
        self.offices = offices
        self.wikidata = wikidata
    }
}
