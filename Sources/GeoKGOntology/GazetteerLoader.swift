/// Reads and checks the files of `gazetteer/` into a `Gazetteer`.
///
/// The hand-written files come first: countries, organizations, people, commodities. Then the files generated
/// from the Phoenix dictionaries by `scripts/import_phoenix_actors.py`: international bodies and non-state groups,
/// shaped and checked like organizations, and officials, shaped and checked like people. A generated file may
/// not use a name or alias of a hand-written file: the hand-written files win, and the generator leaves such
/// forms out.
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
    static let internationalBodiesFile = "gazetteer/international-bodies.tsv"
    static let nonstateGroupsFile = "gazetteer/nonstate-groups.tsv"
    static let officialsFile = "gazetteer/officials.tsv"

    /// Whether a file is written by hand or generated, which decides how its forms are checked.
    enum Source {
        /// Its forms are recorded; a later generated file may not use them.
        case handWritten
        /// Its forms must not be forms of a hand-written file.
        case generated
    }

    /// Every entity id met so far, across files.
    private var ids = IDRegistry()
    /// The countries' entity ids by ISO3 code.
    private var countryIDByISO3: [String: String] = [:]
    /// The organizations' countries (entity ids, `nil` for international bodies) by organization id.
    private var countryByOrganization: [String: String?] = [:]
    /// The organization files read so far, for messages.
    private var organizationFiles: [String] = []
    /// Every form of the hand-written files, with the entry that first claimed it.
    private var handForms = AliasRegistry(capacity: 8192)

    init(folder: String, organizationKinds: [String]) {
        self.folder = folder
        self.organizationKinds = organizationKinds
    }

    /// Reads the hand-written files (countries, organizations, people, commodities) and then the generated ones
    /// (international bodies, non-state groups, officials), in that order.
    ///
    /// The entries are listed by class: countries, organizations (hand-written, then international bodies, then
    /// non-state groups), people (hand-written, then officials), commodities.
    /// - Throws: `OntologyError` for the first missing file or wrong line.
    mutating func load() throws(OntologyError) -> Gazetteer {
        var entries: [GazetteerEntry] = []
        var people: [GazetteerEntry] = []
        var commodities: [GazetteerEntry] = []
        try loadCountries(into: &entries)
        try loadOrganizations(Self.organizationsFile, source: .handWritten, into: &entries)
        try loadPeople(Self.peopleFile, source: .handWritten, into: &people)
        try loadCommodities(into: &commodities)
        try loadOrganizations(Self.internationalBodiesFile, source: .generated, into: &entries)
        try loadOrganizations(Self.nonstateGroupsFile, source: .generated, into: &entries)
        entries += people
        try loadPeople(Self.officialsFile, source: .generated, into: &entries)
        entries += commodities
        return Gazetteer(entries: entries)
    }

    /// Checks the forms of the entry `id` on `row` against the other entries of its file (`registry`) and, for a
    /// generated file, against the hand-written files; records them when the file is hand-written.
    /// - Throws: `OntologyError` on `row` when another entry of the file claims a form, or when a generated row
    ///   uses a form of a hand-written file.
    private mutating func claim(
        _ forms: [String], for id: String, on row: TSVRow, in registry: inout AliasRegistry, source: Source
    ) throws(OntologyError) {
        try registry.claim(forms, for: id, on: row)
        switch source {
        case .handWritten:
            handForms.record(forms, for: id, on: row)
        case .generated:
            for form in forms {
                if let owner = handForms.owner(of: form) {
                    throw row.error(
                        "'\(form)' is a form of \(owner.id) in the hand-written \(owner.file):\(owner.line); "
                            + "a generated file may not use it")
                }
            }
        }
    }

    private mutating func loadCountries(into entries: inout [GazetteerEntry]) throws(OntologyError) {
        let file = try TSVFile(
            Self.countriesFile, in: folder,
            columns: ["id", "name", "aliases", "demonyms", "capital", "metonyms", "iso2", "iso3", "wikidata"])
        var forms = AliasRegistry(capacity: file.rows.count * 4)
        var lineByISO2: [String: Int] = [:]
        var lineByISO3: [String: Int] = [:]
        entries.reserveCapacity(entries.count + file.rows.count)
        for row in file.rows {
            let id = try row.id(0)
            try ids.register(id, on: row)
            let name = try row.required(1)
            let aliases = try row.list(2)
            let demonyms = try row.list(3)
            let metonyms = try row.list(5)
            try claim([name] + aliases + demonyms + metonyms, for: id, on: row, in: &forms, source: .handWritten)
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
    }

    /// Reads a file shaped like `organizations.tsv`.
    private mutating func loadOrganizations(
        _ path: String, source: Source, into entries: inout [GazetteerEntry]
    ) throws(OntologyError) {
        let file = try TSVFile(path, in: folder, columns: ["id", "name", "kind", "aliases", "country", "wikidata"])
        organizationFiles.append(path)
        ids.reserve(file.rows.count)
        countryByOrganization.reserveCapacity(countryByOrganization.count + file.rows.count)
        var forms = AliasRegistry(capacity: file.rows.count * 4)
        entries.reserveCapacity(entries.count + file.rows.count)
        for row in file.rows {
            let id = try row.id(0)
            try ids.register(id, on: row)
            let name = try row.required(1)
            let kind = try row.choice(2, of: organizationKinds)
            let aliases = try row.list(3)
            try claim([name] + aliases, for: id, on: row, in: &forms, source: source)
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

    /// Reads a file shaped like `people.tsv`.
    private mutating func loadPeople(
        _ path: String, source: Source, into entries: inout [GazetteerEntry]
    ) throws(OntologyError) {
        let file = try TSVFile(
            path, in: folder, columns: ["id", "name", "aliases", "role", "of", "start", "end", "wikidata"])
        var forms = AliasRegistry(capacity: file.rows.count * 4)
        var people: [Person] = []
        var indexByID: [String: Int] = Dictionary(minimumCapacity: file.rows.count)
        people.reserveCapacity(file.rows.count)
        ids.reserve(file.rows.count)
        for row in file.rows {
            let id = try row.id(0)
            let name = try row.required(1)
            let aliases = try row.list(2)
            let wikidata = try row.wikidata(7)
            let index: Int
            if let existing = indexByID[id] {
                index = existing
                let (known, line) = (people[index].name, people[index].line)
                guard known == name else {
                    throw row.error("person \(id) is named '\(name)' here but '\(known)' on line \(line)")
                }
                guard people[index].wikidata == wikidata else {
                    let (here, there) = (wikidata ?? "", people[index].wikidata ?? "")
                    throw row.error("person \(id) has wikidata '\(here)' here but '\(there)' on line \(line)")
                }
                // The name and the aliases of earlier rows are claimed already.
                let added = aliases.filter { !people[index].aliases.contains($0) }
                try claim(added, for: id, on: row, in: &forms, source: source)
                people[index].aliases += added
            } else {
                try claim([name] + aliases, for: id, on: row, in: &forms, source: source)
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
        entries.reserveCapacity(entries.count + people.count)
        for person in people {
            entries.append(
                GazetteerEntry(
                    id: person.id, name: person.name, type: .person, aliases: person.aliases, country: person.country,
                    offices: person.offices, wikidata: person.wikidata))
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
                    + "nor an id of \(organizationFiles.joined(separator: ", "))")
        }
    }

    private mutating func loadCommodities(into entries: inout [GazetteerEntry]) throws(OntologyError) {
        let file = try TSVFile(Self.commoditiesFile, in: folder, columns: ["id", "name", "aliases", "wikidata"])
        var forms = AliasRegistry(capacity: file.rows.count * 4)
        entries.reserveCapacity(entries.count + file.rows.count)
        for row in file.rows {
            let id = try row.id(0)
            try ids.register(id, on: row)
            let name = try row.required(1)
            let aliases = try row.list(2)
            try claim([name] + aliases, for: id, on: row, in: &forms, source: .handWritten)
            entries.append(
                GazetteerEntry(id: id, name: name, type: .commodity, aliases: aliases, wikidata: try row.wikidata(3)))
        }
    }
}
