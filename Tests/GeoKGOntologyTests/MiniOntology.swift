import Foundation
import GeoKGOntology
import GeoKGTestSupport

/// A small, valid ontology folder written to a temporary folder, with files to replace for error tests.
struct MiniOntology {
    /// File contents by path relative to the folder.
    var files: [String: String] = [
        "classes.tsv": """
        id\tlabel\tparent\tcomment
        Country\tcountry\t\tA state.
        Person\tperson\t\tA human.
        Organization\torganization\t\tA body.
        Group\tgroup\t\tA group.
        Location\tlocation\t\tA place.
        Commodity\tcommodity\t\tA good.
        GovernmentBody\tgovernment body\tOrganization\tA ministry.
        InternationalOrganization\tinternational organization\tOrganization\tA body of states.

        """,
        "relations.tsv": """
        id\tlabel\tcameo\tgoldstein\tsymmetric\tkind\tdomain\trange\tcomment
        meets\tmeets with\t040|041\t1.0\ttrue\tevent\tCountry|Person\tCountry|Person\tActors meet.
        sanctions\tsanctions\t163\t-8.0\tfalse\tevent\tCountry\tCountry|Person|Organization\tSanctions.
        leads\tleads\t\t0\tfalse\tstanding\tPerson\tCountry|Organization\tLeads.
        memberOf\tmember of\t\t0\tfalse\tstanding\tPerson|Organization\tCountry|Organization\tBelongs.

        """,
        "gazetteer/countries.tsv": """
        id\tname\taliases\tdemonyms\tcapital\tmetonyms\tiso2\tiso3\twikidata
        China\tChina\tPRC\tChinese\tBeijing\tBeijing\tCN\tCHN\tQ148
        UnitedStates\tUnited States\tU.S.|US\tAmerican|Americans\tWashington\tWashington|White House\tUS\tUSA\tQ30

        """,
        "gazetteer/organizations.tsv": """
        id\tname\tkind\taliases\tcountry\twikidata
        UnitedNations\tUnited Nations\tInternationalOrganization\tUN|U.N.\t\tQ1065
        USDepartmentOfState\tU.S. Department of State\tGovernmentBody\tState Department\tUSA\t

        """,
        "gazetteer/people.tsv": """
        id\tname\taliases\trole\tof\tstart\tend\twikidata
        AntonyBlinken\tAntony Blinken\tTony Blinken\tSecretary of State\tUSA\t2021-01-26\t2025-01-20\t
        WangYi\tWang Yi\t\tForeign Minister\tCHN\t2013-03-16\t2022-12-30\t
        AntonyBlinken\tAntony Blinken\tAntony J. Blinken\tSpokesperson\tUSDepartmentOfState\t2015\t\t

        """,
        "gazetteer/commodities.tsv": """
        id\tname\taliases\twikidata
        RareEarths\trare earths\trare earth|REE\t

        """,
        "gazetteer/international-bodies.tsv": """
        id\tname\tkind\taliases\tcountry\twikidata
        WorldFoodProgramme\tWorld Food Programme\tInternationalOrganization\tWFP|World Food Program\t\t

        """,
        "gazetteer/nonstate-groups.tsv": """
        id\tname\tkind\taliases\tcountry\twikidata
        ShiningPath\tShining Path\tInternationalOrganization\tSendero Luminoso\tUSA\t

        """,
        "gazetteer/officials.tsv": """
        id\tname\taliases\trole\tof\tstart\tend\twikidata
        LiKeqiang\tLi Keqiang\t\thead of state or government\tCHN\t2013-03-15\t2023-03-11\t
        JohnKerry\tJohn Kerry\tJohn F. Kerry\tlegislator\tUSA\t1985-01-03\t2013-02-01\t
        JohnKerry\tJohn Kerry\t\tSecretary of State\tUSA\t2013-02-01\t\t
        WFPDirector\tErtharin Cousin\t\tExecutive Director\tWorldFoodProgramme\t2012-04-05\t2017-04-04\t

        """,
        "lexicon/triggers.tsv": """
        relation\tpos\tlemma\tforms\tframe\tsubject\tobject\tvoice\tcameo
        meets\tverb\tmeet\tmeet|meets|met\twith *\t\t-InternationalOrganization\tactive\t
        sanctions\tverb\tface\tface|faced\t{sanctions} from *\t\t\tobject-first\t163

        """,
        "lexicon/cameo-verbs.tsv": """
        relation\tpos\tlemma\tforms\tframe\tsubject\tobject\tvoice\tcameo
        meets\tverb\thost\thost|hosts|hosted\t*\t\tPerson\tactive\t043

        """,
        "lexicon/word-classes.tsv": MiniOntology.bundledWordClasses,
        "lexicon/titles.tsv": """
        title\trelation\tscope\tnote
        President\tleads\tcountry|body\t

        """,
        "lexicon/cues.tsv": """
        word\tclass\tkind\tposition
        Ministry\tOrganization\tGovernmentBody\tany
        delegation\tGroup\t\thead

        """,
        "lexicon/abbreviations.txt": """
        U.S.
        Mr.

        """,
        "lexicon/honorifics.txt": """
        Colonel
        Dr.

        """,
        "lexicon/title-modifiers.txt": """
        Deputy

        """,
        "lexicon/past-office-words.txt": """
        former

        """,
        "lexicon/new-office-words.txt": """
        newly

        """,
        "confidence.tsv": """
        pattern\tmodality\tstated\tright\tconfidence
        verbal\tasserted\t8\t7\t0.8
        title\tplanned\t0\t0\t0.5

        """,
        "lexicon/agents.tsv": """
        noun\tforms\tclass\tsector
        soldier\tsoldier|soldiers\tGroup\tmilitary
        ministry\tministry|ministries\tOrganization\tgovernment
        police\tpolice\tOrganization\tpolice

        """,
    ]

    /// The bundled `lexicon/word-classes.tsv`: every class the code names must have its row.
    static let bundledWordClasses =
        (try? String(
            contentsOf: RepositoryPaths.root.appendingPathComponent("Ontology/lexicon/word-classes.tsv"),
            encoding: .utf8))
        ?? ""

    /// Replaces line `number` (from 1) of `file`.
    mutating func replaceLine(_ number: Int, of file: String, with line: String) {
        var lines = (files[file] ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[number - 1] = line
        files[file] = lines.joined(separator: "\n")
    }

    /// Writes the files to a new temporary folder and loads it.
    func load() throws -> Ontology {
        let folder = try TemporaryFolder()
        try write(to: folder)
        return try Ontology.load(from: folder.url.path)
    }

    /// Writes the files to a new temporary folder and returns the load error, or `nil` when it loads.
    func loadError() throws -> OntologyError? {
        let folder = try TemporaryFolder()
        try write(to: folder)
        do {
            _ = try Ontology.load(from: folder.url.path)
            return nil
        } catch {
            return error
        }
    }

    /// Writes the files (as UTF-8) into `folder`, making `gazetteer/` and `lexicon/`.
    func write(to folder: TemporaryFolder) throws {
        for sub in ["gazetteer", "lexicon"] {
            try FileManager.default.createDirectory(
                at: folder.url.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        for (path, text) in files { try folder.write(text, to: path) }
    }
}
