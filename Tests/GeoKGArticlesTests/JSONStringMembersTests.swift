import Foundation
import Testing

@testable import GeoKGArticles

/// The JSON Lines reader's own JSON reading, held to Foundation's `JSONSerialization`: the same lines accepted,
/// the same string members read.
@Suite("reading the string members of a JSON object")
struct JSONStringMembersTests {
    /// What Foundation makes of `line`, in the reader's terms.
    private static func foundation(_ line: String) -> JSONStringMembers.Outcome {
        guard let value = try? JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed]) else {
            return .invalid
        }
        guard let object = value as? [String: Any] else { return .notObject }
        return .object(object.compactMapValues { $0 as? String })
    }

    static let lines: [String] = [
        #"{"url": "https://example.org/a", "text": "Plain words."}"#,
        #"  {"text":"tabs\tand\nnewlines \"quoted\" back\\slash \/ solidus"}  "#,
        #"{"text": "\u00e9t\u00E9 \ud83c\udf0d \u0000 end"}"#,
        #"{"a": 1, "b": -0.5e+10, "c": true, "d": false, "e": null, "f": [1, [2, {"g": "h"}]], "g": {}}"#,
        #"{"text": "first", "text": "second"}"#,
        #"{"text": "a string", "text": 3}"#,
        #"{"é": "accented name", "日本": "語"}"#,
        "{\"text\": \"CRLF line\"}\r",
        #"{}"#,
        #"[1, 2]"#, #""a string""#, #"42"#, #"null"#,
        #"{"a": 1,}"#, #"{"a" 1}"#, #"{"a": 01}"#, #"{"a": 1.}"#, #"{"a": .5}"#, #"{"a": -}"#, #"{"a": 1e}"#,
        #"{"a": +1}"#, #"{"a": tru}"#, #"{"a": True}"#, #"{'a': 1}"#, #"{a: 1}"#, #"{"a": "unclosed}"#,
        #"{"a": "\x"}"#, #"{"a": "\u12"}"#, #"{"a": "\ud83c"}"#, #"{"a": "\ud83c\u0041"}"#, #"{"a": "\udf0d"}"#,
        "{\"a\": \"raw\u{01}control\"}", "{\"a\": \"raw\ttab\"}",
        #"{"a": 1} {"b": 2}"#, #"{"a": 1} x"#, #"{"a": [1, 2,]}"#, #"{"a": [1 2]}"#, #"{,}"#, #"[,]"#, #"{"a": 1,,}"#,
        #"[1,,]"#, #"{"a": {"b"}}"#,
        #"{"#, #"}"#, "", "   ",
        #"{"text": "nested", "deep": "# + String(repeating: "[", count: 510) + String(repeating: "]", count: 510)
            + "}",
    ]

    @Test("accepts and reads what Foundation accepts and reads", arguments: lines)
    func agreesWithFoundation(line: String) {
        #expect(JSONStringMembers.read(line) == Self.foundation(line))
    }

    @Test("refuses nesting deeper than 512 arrays or objects, and reads any depth up to it without recursion limits")
    func depth() {
        func nested(_ depth: Int) -> String {
            String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        }
        #expect(JSONStringMembers.read(nested(JSONStringMembers.maximumDepth)) == .notObject)
        #expect(JSONStringMembers.read(nested(JSONStringMembers.maximumDepth + 1)) == .invalid)
        #expect(JSONStringMembers.read(nested(100_000)) == .invalid)
    }

    @Test("reads a long article body with escapes in it")
    func longBody() {
        let paragraph = String(repeating: "The minister met her counterpart in Jakarta. ", count: 2000)
        let line = #"{"text": ""# + paragraph + #"\n\n"# + paragraph + #""}"#
        #expect(JSONStringMembers.read(line) == .object(["text": paragraph + "\n\n" + paragraph]))
    }
}
