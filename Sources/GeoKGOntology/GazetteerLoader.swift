/// Reads and checks the four files of `gazetteer/` into a `Gazetteer`.
struct GazetteerLoader {
    /// The ontology folder.
    let folder: String
    /// The ids of the Organization subclasses of `classes.tsv`, the allowed organization kinds.
    let organizationKinds: [String]

    /// The file names, relative to the ontology folder, in the order they are read.
    static let countriesFile = "gazetteer/countries.tsv"
    static let organizationsFile = "gazetteer/organizations.tsv"
    static let peopleFile = "gazetteer/people.tsv"
    static let commoditiesFile = "gazetteer/commodities.tsv"

    /// Every entity id met so far, across files.
    private var ids = IDRegistry()
    /// The countries' entity ids by ISO3 code.
    private var countryIDByISO3: [String: String] = [:]
    /// The organizations' countries (entity ids, `nil` for international bodies) by organization id.
    private var countryByOrganization: [String: String?] = [:]

    init(folder: String, organizationKinds: [String]) {
        self.folder = folder
        self.organizationKinds = organizationKinds
    }

    /// Reads the countries, organizations, people and commodities, in that order.
    /// - Throws: `OntologyError` for the first missing file or wrong line.
    mutating func load() throws(OntologyError) -> Gazetteer {
        var entries = try loadCountries()
        entries += try loadOrganizations()
        entries += try loadPeople()
        entries += try loadCommodities()
        return Gazetteer(entries: entries)
    }

    private mutating func loadCountries() throws(OntologyError) -> [GazetteerEntry] {
        let file = try TSVFile(
            Self.countriesFile, in: folder,
            columns: ["id", "name", "aliases", "demonyms", "capital", "metonyms", "iso2", "iso3", "wikidata"])
        var forms = AliasRegistry(capacity: file.rows.count * 4)
        var lineByISO2: [String: Int] = [:]
        var lineByISO3: [String: Int] = [:]
        var entries: [GazetteerEntry] = []
        entries.reserveCapacity(file.rows.count)
        for row in file.rows {
            let id = try row.id(0)
            try ids.register(id, on: row)
            let name = try row.required(1)
            let aliases = try row.list(2)
            let demonyms = try row.list(3)
            let metonyms = try row.list(5)
            try forms.claim([name] + aliases + demonyms + metonyms, for: id, on: row)
            guard let iso2 = try row.code(6, letters: 2) else { throw row.error("empty iso2; it is required") }
            guard let iso3 = try row.code(7, letters: 3) else { throw row.error("empty iso3; it is required") }
            if let line = lineByISO2[iso2] { throw row.error("duplicate iso2 '\(iso2)' (first on line \(line))") }
            if let line = lineByISO3[iso3] { throw row.error("duplicate iso3 '\(iso3)' (first on line \(line))") }
            lineByISO2[iso2] = row.line
            lineByISO3[iso3] = row.line
            countryIDByISO3[iso3] = id
            entries.append(
                GazetteerEntry(
                    id: id, name: name, type: .country, aliases: aliases, demonyms: demonyms, metonyms: metonyms,
                    capital: row.optional(4), iso2: iso2, iso3: iso3, wikidata: try row.wikidata(8)))
        }
        return entries
    }

    private mutating func loadOrganizations() throws(OntologyError) -> [GazetteerEntry] {
        let file = try TSVFile(
            Self.organizationsFile, in: folder, columns: ["id", "name", "kind", "aliases", "country", "wikidata"])
        var forms = AliasRegistry(capacity: file.rows.count * 4)
        var entries: [GazetteerEntry] = []
        entries.reserveCapacity(file.rows.count)
        for row in file.rows {
            let id = try row.id(0)
            try ids.register(id, on: row)
            let name = try row.required(1)
            let kind = try row.choice(2, of: organizationKinds)
            let aliases = try row.list(3)
            try forms.claim([name] + aliases, for: id, on: row)
            var country: String?
            if let iso3 = row.optional(4) {
                guard let countryID = countryIDByISO3[iso3] else {
                    throw row.error("country '\(iso3)' is not the iso3 of a country of \(Self.countriesFile)")
                }
                country = countryID
            }
            countryByOrganization[id] = country
            entries.append(
                GazetteerEntry(
                    id: id, name: name, type: .organization, kind: kind, aliases: aliases, country: country,
                    wikidata: try row.wikidata(5)))
        }
        return entries
    }

    /// A person being gathered from their rows.
    private struct Person {
        let id: String
        let name: String
        let wikidata: String?
        let line: Int
        var aliases: [String]
        var offices: [OfficeTerm] = []
        var country: String?
    }

    private mutating func loadPeople() throws(OntologyError) -> [GazetteerEntry] {
        let file = try TSVFile(
            Self.peopleFile, in: folder, columns: ["id", "name", "aliases", "role", "of", "start", "end", "wikidata"])
        var forms = AliasRegistry(capacity: file.rows.count * 4)
        var people: [Person] = []
        var indexByID: [String: Int] = [:]
        for row in file.rows {
            let id = try row.id(0)
            let name = try row.required(1)
            let aliases = try row.list(2)
            let wikidata = try row.wikidata(7)
            try forms.claim([name] + aliases, for: id, on: row)
            let index: Int
            if let existing = indexByID[id] {
                index = existing
                let person = people[index]
                guard person.name == name else {
                    throw row.error("person \(id) is named '\(name)' here but '\(person.name)' on line \(person.line)")
                }
                guard person.wikidata == wikidata else {
                    let (here, there) = (wikidata ?? "", person.wikidata ?? "")
                    throw row.error("person \(id) has wikidata '\(here)' here but '\(there)' on line \(person.line)")
                }
                for alias in aliases where !person.aliases.contains(alias) { people[index].aliases.append(alias) }
            } else {
                try ids.register(id, on: row)
                index = people.count
                indexByID[id] = index
                people.append(Person(id: id, name: name, wikidata: wikidata, line: row.line, aliases: aliases))
            }
            let role = try row.required(3)
            let (of, country) = try resolveOffice(try row.required(4), on: row)
            let start = try row.date(5)
            let end = try row.date(6)
            if let start, let end, end < start {
                throw row.error("end \(end) is before start \(start)")
            }
            let office = OfficeTerm(role: role, of: of, start: start, end: end)
            guard !people[index].offices.contains(office) else {
                throw row.error("duplicate office '\(role)' of \(of) for person \(id)")
            }
            people[index].offices.append(office)
            if people[index].country == nil { people[index].country = country }
        }
        return people.map { person in
            GazetteerEntry(
                id: person.id, name: person.name, type: .person, aliases: person.aliases, country: person.country,
                offices: person.offices, wikidata: person.wikidata)
        }
    }

    /// The entity id an office's `of` names (a country's iso3 or an organization id) and the country it
    /// belongs to, if any.
    /// - Throws: `OntologyError` on `row` when `of` names nothing, or both a country and an organization.
    private func resolveOffice(_ of: String, on row: TSVRow) throws(OntologyError) -> (of: String, country: String?) {
        let country = countryIDByISO3[of]
        let organization = countryByOrganization[of]
        switch (country, organization) {
        case (let country?, nil):
            return (country, country)
        case (nil, let organizationCountry?):
            return (of, organizationCountry)
        case (.some, .some):
            throw row.error("of '\(of)' is both a country's iso3 and an organization id; it is ambiguous")
        case (nil, nil):
            throw row.error(
                "of '\(of)' is neither the iso3 of a country of \(Self.countriesFile) "
                    + "nor an id of \(Self.organizationsFile)")
        }
    }

    private mutating func loadCommodities() throws(OntologyError) -> [GazetteerEntry] {
        let file = try TSVFile(Self.commoditiesFile, in: folder, columns: ["id", "name", "aliases", "wikidata"])
        var forms = AliasRegistry(capacity: file.rows.count * 4)
        var entries: [GazetteerEntry] = []
        entries.reserveCapacity(file.rows.count)
        for row in file.rows {
            let id = try row.id(0)
            try ids.register(id, on: row)
            let name = try row.required(1)
            let aliases = try row.list(2)
            try forms.claim([name] + aliases, for: id, on: row)
            entries.append(
                GazetteerEntry(id: id, name: name, type: .commodity, aliases: aliases, wikidata: try row.wikidata(3)))
        }
        return entries
    }
}
