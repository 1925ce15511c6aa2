import Foundation
import HTTPTypes

/// The fields of a URL's query string or of an `application/x-www-form-urlencoded` body.
struct FormFields: Sendable {
    /// The fields in order, names and values decoded; a field without `=` has an empty value.
    let fields: [(name: String, value: String)]

    /// Decodes `text` (`a=1&b=x+y`): `+` stands for a space, `%XX` for a byte of UTF-8.
    /// - Throws: `ClientError` when a field is not valid percent-encoded UTF-8.
    init(_ text: String) throws(ClientError) {
        var fields: [(String, String)] = []
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            fields.append((try Self.decode(parts[0]), parts.count > 1 ? try Self.decode(parts[1]) : ""))
        }
        self.fields = fields
    }

    /// The value of the first field named `name`.
    subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// Whether a field is named `name`.
    func has(_ name: String) -> Bool {
        fields.contains { $0.name == name }
    }

    private static func decode(_ encoded: Substring) throws(ClientError) -> String {
        guard let decoded = encoded.replacingOccurrences(of: "+", with: " ").removingPercentEncoding else {
            throw ClientError(
                .badRequest, "the request's form field \(encoded.prefix(40)) is not valid percent-encoding")
        }
        return decoded
    }
}
