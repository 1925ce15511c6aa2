import Foundation

#if canImport(FoundationXML)
    public import FoundationXML
#endif

/// A rendered SVG read back with an XML parser: its nodes and edges by title, with their texts and links.
public struct SVGDocument {
    public let document: XMLDocument

    /// Parses `bytes`; throws when they are not well-formed XML.
    public init(_ bytes: [UInt8]) throws {
        document = try XMLDocument(data: Data(bytes), options: [])
    }

    /// The `<g>` groups of `kind` (`node` or `edge`), by their `<title>`.
    public func groups(_ kind: String) throws -> [String: XMLElement] {
        var found: [String: XMLElement] = [:]
        for case let group as XMLElement in try document.nodes(forXPath: "//*[local-name()='g'][@class='\(kind)']") {
            let title = try group.nodes(forXPath: "./*[local-name()='title']").first?.stringValue ?? ""
            found[title] = group
        }
        return found
    }

    /// The lines of text drawn in `group`.
    public static func texts(_ group: XMLElement) throws -> [String] {
        try group.nodes(forXPath: ".//*[local-name()='text']").compactMap(\.stringValue)
    }

    /// The `xlink:href` and `xlink:title` of the first link in `group`.
    public static func link(_ group: XMLElement) throws -> (href: String?, title: String?) {
        guard let anchor = try group.nodes(forXPath: ".//*[local-name()='a']").first as? XMLElement else {
            return (nil, nil)
        }
        return (attribute(anchor, "xlink:href"), attribute(anchor, "xlink:title"))
    }

    /// The `stroke` and `stroke-dasharray` of the path drawing `group`'s edge.
    public static func stroke(_ group: XMLElement) throws -> (color: String?, dashes: String?, width: String?) {
        guard let path = try group.nodes(forXPath: ".//*[local-name()='path']").first as? XMLElement else {
            return (nil, nil, nil)
        }
        return (attribute(path, "stroke"), attribute(path, "stroke-dasharray"), attribute(path, "stroke-width"))
    }

    /// The attribute `name` of `element` (by its written name: `attribute(forName:)` misses unprefixed
    /// attributes of namespaced elements in swift-corelibs-foundation).
    public static func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    /// Every element name in the document, to look for what must not be there (`script`, `foreignObject`).
    public func elementNames() throws -> Set<String> {
        Set(try document.nodes(forXPath: "//*").compactMap(\.localName))
    }
}
