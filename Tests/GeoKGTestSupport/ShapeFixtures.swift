/// The same three facts in the two shapes the read side reads, as N-Triples: Iran meets Oman on 2018-09-28,
/// and Oman appeals to Qatar on 2018-10-02, each read from a source URL.
enum ShapeFacts {
    /// Subject, CAMEO code, object, date and source of each fact.
    static let facts = [
        ("1", "Iran", "036", "Oman", "2018-09-28", "https://example.org/news/1"),
        ("2", "Oman", "020", "Qatar", "2018-10-02", "https://example.org/news/2"),
    ]
    static let actors = ["Iran", "Oman", "Qatar"]
    static let label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    static let type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    static let date = "^^<http://www.w3.org/2001/XMLSchema#date>"
}

/// The facts in the shape of imported event data (actor1, actor2, CAMEO relation IRIs with their codes, dates,
/// source URLs), as `to_ntriples.py` writes it.
public enum EventFixture {
    /// The base of the event data's IRIs.
    public static let base = "http://example.org/geokg/"

    /// The relations' names, by CAMEO code.
    static let names = ["036": "Express intent to meet or negotiate", "020": "Make an appeal or request"]

    /// The fixture as N-Triples.
    public static let ntriples: String = {
        let (label, type, date) = (ShapeFacts.label, ShapeFacts.type, ShapeFacts.date)
        var lines: [String] = []
        for actor in ShapeFacts.actors {
            lines.append("<\(base)actor/\(actor)> \(type) <\(base)ont#Actor> .")
            lines.append("<\(base)actor/\(actor)> \(label) \"\(actor)\" .")
        }
        for (id, subject, code, object, day, source) in ShapeFacts.facts {
            let relation = "<\(base)cameo/\(code)>"
            let event = "<\(base)event/\(id)>"
            lines += [
                "\(relation) \(type) <\(base)ont#Relation> .", "\(relation) \(label) \"\(names[code] ?? code)\" .",
                "\(relation) <\(base)ont#cameoCode> \"\(code)\" .",
                "<\(base)actor/\(subject)> \(relation) <\(base)actor/\(object)> .",
                "\(event) \(type) <\(base)ont#Event> .", "\(event) <\(base)ont#actor1> <\(base)actor/\(subject)> .",
                "\(event) <\(base)ont#actor2> <\(base)actor/\(object)> .",
                "\(event) <\(base)ont#relation> \(relation) .",
                "\(event) <\(base)ont#date> \"\(day)\"\(date) .", "\(event) <\(base)ont#sourceURL> <\(source)> .",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }()
}

/// The facts in geokg's own shape, as ingest writes it: `geo:` entities and relations declared in the ontology,
/// event nodes with `geo:subject`, `geo:relation`, `geo:object`, modality, evidence, `dcterms:date` and
/// `prov:wasDerivedFrom`.
public enum ArticleFixture {
    /// The namespace of geokg's classes and relations.
    public static let geo = "https://w3id.org/geokg/ontology#"
    /// The namespace of geokg's entities.
    public static let entity = "https://w3id.org/geokg/entity/"

    /// The `geo:` relation of each CAMEO code.
    static let relations = ["036": "meets", "020": "requests"]

    /// The fixture as N-Triples.
    public static let ntriples: String = {
        let (label, type, date) = (ShapeFacts.label, ShapeFacts.type, ShapeFacts.date)
        var lines: [String] = []
        for actor in ShapeFacts.actors {
            lines.append("<\(entity)\(actor)> \(type) <\(geo)Country> .")
            lines.append("<\(entity)\(actor)> \(label) \"\(actor)\" .")
        }
        for (id, subject, code, object, day, source) in ShapeFacts.facts {
            let name = relations[code] ?? code
            let relation = "<\(geo)\(name)>"
            let event = "<https://w3id.org/geokg/fact/\(id)>"
            lines += [
                "\(relation) \(type) <http://www.w3.org/2002/07/owl#ObjectProperty> .",
                "\(relation) \(label) \"\(name)\" .",
                "\(relation) <\(geo)cameoCode> \"\(code)\" .",
                "<\(entity)\(subject)> \(relation) <\(entity)\(object)> .",
                "\(event) \(type) <\(geo)Event> .", "\(event) <\(geo)subject> <\(entity)\(subject)> .",
                "\(event) <\(geo)object> <\(entity)\(object)> .", "\(event) <\(geo)relation> \(relation) .",
                "\(event) <\(geo)modality> \"asserted\" .",
                "\(event) <\(geo)evidence> \"\(subject) \(name) \(object).\" .",
                "\(event) <http://purl.org/dc/terms/date> \"\(day)\"\(date) .",
                "\(event) <http://www.w3.org/ns/prov#wasDerivedFrom> <\(source)> .",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    /// The N-Triples of either fixture with its lines in reverse order: the same graph, loaded the other way
    /// round, so that its terms get other ids.
    public static func reversed(_ ntriples: String) -> String {
        ntriples.split(separator: "\n").reversed().joined(separator: "\n") + "\n"
    }
}
