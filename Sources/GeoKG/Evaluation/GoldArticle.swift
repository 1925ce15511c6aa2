import Foundation
public import GeoKGErrors

/// A gold-annotated article: `NAME.txt` with its gold `NAME.gold.json` beside it, in the format that the README's
/// "Gold annotations" section describes: the entities with their aliases, and the relations between them.
public struct GoldArticle: Sendable {
    /// An entity: its canonical name (`id`) and the other names the article uses for it.
    public struct Entity: Sendable, Decodable {
        public let id: String
        public let aliases: [String]?
    }

    /// A relation between two entities (by id), with its modality (`asserted`, `planned` or `negated`).
    public struct Relation: Sendable, Decodable {
        public let s: String
        public let p: String
        public let o: String
        public let modality: String?
    }

    private struct File: Decodable {
        let entities: [Entity]
        let relations: [Relation]
    }

    /// The article's text file.
    public let textPath: String
    public let entities: [Entity]
    public let relations: [Relation]

    /// The file name of the text without `.txt`.
    public var name: String { (textPath as NSString).lastPathComponent.replacingOccurrences(of: ".txt", with: "") }

    /// Reads the gold of the article `textPath` from the `.gold.json` beside it.
    /// - Throws: `GoldFileError` naming the gold file when it cannot be read or is not in the format.
    public init(textPath: String) throws(GoldFileError) {
        let goldPath = String(textPath.dropLast(4)) + ".gold.json"
        guard let data = FileManager.default.contents(atPath: goldPath) else {
            throw GoldFileError(path: goldPath, message: "cannot be read")
        }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw GoldFileError(path: goldPath, message: "is not a gold file (entities and relations): \(error)")
        }
        self.textPath = textPath
        entities = file.entities
        relations = file.relations
    }

    /// The text files under `folders` that have a gold file beside them, sorted by name within each folder.
    /// - Throws: `GoldFileError` for a folder that cannot be listed or holds no gold article.
    public static func textPaths(in folders: [String]) throws(GoldFileError) -> [String] {
        var paths: [String] = []
        for folder in folders {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
                throw GoldFileError(path: folder, message: "is not a folder that can be read")
            }
            // Sorted by code points, as the scorer `score.py` sorts them.
            for name in names.sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
            where name.hasSuffix(".txt") {
                let path = (folder as NSString).appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: String(path.dropLast(4)) + ".gold.json") {
                    paths.append(path)
                }
            }
        }
        guard !paths.isEmpty else {
            throw GoldFileError(path: folders.joined(separator: ", "), message: "holds no NAME.txt with NAME.gold.json")
        }
        return paths
    }
}

/// A gold file or folder that cannot be used, naming it.
public struct GoldFileError: GeoKGError, Sendable {
    public let path: String
    public let message: String
    public var description: String { "\(path): \(message)" }
}
