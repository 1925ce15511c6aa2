import GeoKGTestSupport

/// A store in the shape of imported event data (actor1, actor2, CAMEO relation IRIs with their codes, dates,
/// source URLs): Iran meets Oman on 2018-09-28, and Oman appeals to Qatar, by CAMEO codes 036 and 020.
enum EventFixture {
    /// The base of the event data's IRIs.
    static let base = "http://example.org/geokg/"

    /// The fixture as N-Triples.
    static let ntriples: String = {
        let label = "<http://www.w3.org/2000/01/rdf-schema#label>"
        let type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
        var lines: [String] = []
        for actor in ["Iran", "Oman", "Qatar"] {
            lines.append("<\(base)actor/\(actor)> \(type) <\(base)ont#Actor> .")
            lines.append("<\(base)actor/\(actor)> \(label) \"\(actor)\" .")
        }
        let events = [
            ("1", "Iran", "036", "Oman", "Express intent to meet or negotiate", "2018-09-28", "https://example.org/news/1"),
            ("2", "Oman", "020", "Qatar", "Make an appeal or request", "2018-10-02", "https://example.org/news/2"),
        ]
        for (id, subject, code, object, name, date, source) in events {
            let relation = "<\(base)cameo/\(code)>"
            let event = "<\(base)event/\(id)>"
            lines += [
                "\(relation) \(type) <\(base)ont#Relation> .", "\(relation) \(label) \"\(name)\" .",
                "\(relation) <\(base)ont#cameoCode> \"\(code)\" .",
                "<\(base)actor/\(subject)> \(relation) <\(base)actor/\(object)> .",
                "\(event) \(type) <\(base)ont#Event> .", "\(event) <\(base)ont#actor1> <\(base)actor/\(subject)> .",
                "\(event) <\(base)ont#actor2> <\(base)actor/\(object)> .", "\(event) <\(base)ont#relation> \(relation) .",
                "\(event) <\(base)ont#date> \"\(date)\"^^<http://www.w3.org/2001/XMLSchema#date> .",
                "\(event) <\(base)ont#sourceURL> <\(source)> .",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    /// A store in `folder` holding the fixture, by `geokg import`; its path.
    static func store(in folder: TemporaryFolder) throws -> String {
        let db = folder.path("events.sqlite")
        let load = try GeoKG.run(["import", "--db", db, try folder.write(ntriples, to: "events.nt")])
        guard load.status == 0 else { throw FixtureFailure(message: load.stderr) }
        return db
    }
}

/// The fixture could not be loaded; the message says why.
struct FixtureFailure: Error {
    /// What `geokg import` said.
    let message: String
}
