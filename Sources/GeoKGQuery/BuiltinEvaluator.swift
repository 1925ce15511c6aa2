import Foundation
import GeoKGRDF

/// Evaluates SPARQL's built-in functions over terms; `nil` is an error.
final class BuiltinEvaluator {
    /// Compiled regular expressions by pattern and flags, so that a FILTER compiles each once.
    private var regexes: [String: NSRegularExpression] = [:]

    /// Whether the function gives a truth value (carried in SQL as 1, 0 or NULL) rather than a term.
    static func isTest(_ builtin: Builtin) -> Bool {
        switch builtin {
        case .contains, .strstarts, .strends, .regex, .langMatches, .sameTerm, .isIRI, .isURI, .isLiteral, .isBlank,
            .isNumeric, .bound:
            true
        default:
            false
        }
    }

    /// The value of a test function.
    func test(_ builtin: Builtin, _ arguments: [Term?]) -> Bool? {
        guard let first = arguments.first, let term = first else { return nil }
        switch builtin {
        case .isIRI, .isURI:
            if case .iri = term { return true }
            return false
        case .isBlank:
            if case .blank = term { return true }
            return false
        case .isLiteral:
            if case .literal = term { return true }
            return false
        case .isNumeric:
            if case .numeric = LiteralValue(term) { return true }
            return false
        case .sameTerm:
            return arguments[1].map { $0 == term }
        case .langMatches:
            guard let tag = simpleText(term), let range = arguments[1].flatMap(simpleText) else { return nil }
            if range == "*" { return !tag.isEmpty }
            let lowerTag = tag.lowercased()
            let lowerRange = range.lowercased()
            return lowerTag == lowerRange || lowerTag.hasPrefix(lowerRange + "-")
        case .contains, .strstarts, .strends:
            guard let (text, part) = compatibleStrings(term, arguments[1]) else { return nil }
            if builtin == .contains { return part.isEmpty || text.contains(part) }
            return builtin == .strstarts ? text.hasPrefix(part) : text.hasSuffix(part)
        case .regex:
            guard let text = stringValue(term)?.text, let pattern = arguments[1].flatMap(simpleText) else { return nil }
            let flags = arguments.count > 2 ? arguments[2].flatMap(simpleText) : ""
            guard let flags, let regex = regex(pattern, flags: flags) else { return nil }
            let range = NSRange(text.startIndex..., in: text)
            return regex.firstMatch(in: text, range: range) != nil
        default:
            return nil
        }
    }

    /// The value of a function that gives a term.
    func value(_ builtin: Builtin, _ arguments: [Term?]) -> Term? {
        if builtin == .concat { return concat(arguments) }
        guard let first = arguments.first, let term = first else { return nil }
        switch builtin {
        case .str:
            switch term {
            case .iri(let iri): return .literal(Literal(iri.value))
            case .literal(let literal): return .literal(Literal(literal.lexicalForm))
            case .blank: return nil
            }
        case .lang:
            guard case .literal(let literal) = term else { return nil }
            return .literal(Literal(literal.language ?? ""))
        case .datatype:
            guard case .literal(let literal) = term else { return nil }
            return .iri(literal.datatype)
        case .lcase, .ucase:
            guard let string = stringValue(term) else { return nil }
            let changed = builtin == .lcase ? string.text.lowercased() : string.text.uppercased()
            return .literal(string.withText(changed))
        case .strlen:
            guard let string = stringValue(term) else { return nil }
            return .literal(Literal(String(string.text.unicodeScalars.count), datatype: XSD.integer))
        default:
            return nil
        }
    }

    private func concat(_ arguments: [Term?]) -> Term? {
        var text = ""
        var languages: Set<String?> = []
        for argument in arguments {
            guard let argument, let string = stringValue(argument) else { return nil }
            text += string.text
            languages.insert(string.language)
        }
        if languages.count == 1, let language = languages.first, let language {
            return .literal(Literal(text, uncheckedLanguage: language))
        }
        return .literal(Literal(text))
    }

    /// A string literal's text and language; `nil` for other terms.
    private func stringValue(_ term: Term) -> StringValue? {
        guard case .literal(let literal) = term,
            literal.language != nil || literal.datatype == XSD.string
        else { return nil }
        return StringValue(text: literal.lexicalForm, language: literal.language)
    }

    /// The text of a plain literal (no language).
    private func simpleText(_ term: Term) -> String? {
        guard let string = stringValue(term), string.language == nil else { return nil }
        return string.text
    }

    /// Two strings that CONTAINS and its kin accept: the second plain or in the first's language.
    private func compatibleStrings(_ first: Term, _ second: Term?) -> (String, String)? {
        guard let left = stringValue(first), let second, let right = stringValue(second) else { return nil }
        guard right.language == nil || right.language?.lowercased() == left.language?.lowercased() else { return nil }
        return (left.text, right.text)
    }

    private func regex(_ pattern: String, flags: String) -> NSRegularExpression? {
        let key = flags + "\u{0}" + pattern
        if let cached = regexes[key] { return cached }
        guard RegexGuard.problem(in: pattern) == nil else { return nil }
        var options: NSRegularExpression.Options = []
        var text = pattern
        for flag in flags {
            switch flag {
            case "i": options.insert(.caseInsensitive)
            case "s": options.insert(.dotMatchesLineSeparators)
            case "m": options.insert(.anchorsMatchLines)
            case "x": options.insert(.allowCommentsAndWhitespace)
            case "q": text = NSRegularExpression.escapedPattern(for: pattern)
            default: return nil
            }
        }
        guard let regex = try? NSRegularExpression(pattern: text, options: options) else { return nil }
        if regexes.count > 1000 { regexes.removeAll() }
        regexes[key] = regex
        return regex
    }
}

/// A string literal's text and language tag.
private struct StringValue {
    let text: String
    let language: String?

    /// A literal of the same kind with other text.
    func withText(_ text: String) -> Literal {
        language.map { Literal(text, uncheckedLanguage: $0) } ?? Literal(text)
    }
}
