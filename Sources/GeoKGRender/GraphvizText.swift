/// Turns text and links into attribute values Graphviz draws as written.
///
/// Graphviz reads `label`, `xlabel`, `tooltip` and `URL` as escape strings, where `\N`, `\n`, `\l` and the like
/// are replaced, and passes `&name;` entities through to SVG. Doubling backslashes and writing `&` as `&amp;`
/// keeps a name such as `AT&T \N` as it is; line breaks become Graphviz's `\n`. Tooltips are
/// substituted twice, so their backslashes are doubled twice. Graphviz itself escapes `<`,
/// `>` and quotes in text it writes to SVG, but not in links, so those are percent-encoded here.
public enum GraphvizText {
    /// `text` as a label value: backslashes doubled, `&` as `&amp;`, line breaks as `\n`, other control
    /// characters as spaces.
    public static func escaped(_ text: String) -> String {
        escaped(text, backslash: "\\\\")
    }

    /// `text` as a tooltip value: as a label, but with each backslash written four times, as Graphviz (2.43)
    /// substitutes escapes in tooltips twice (`\\N` would show the node's name).
    public static func tooltip(_ text: String) -> String {
        escaped(text, backslash: "\\\\\\\\")
    }

    private static func escaped(_ text: String, backslash: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasReturn = scalar == "\r" }
            switch scalar {
            case "\\": out += backslash
            case "&": out += "&amp;"
            case "\r": out += "\\n"
            case "\n": if !previousWasReturn { out += "\\n" }
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `url` as a link value, or `nil` when it is not an `http` or `https` URL (a `javascript:` link could run
    /// script in the SVG). Quotes, angle brackets, spaces, backslashes and non-ASCII characters are
    /// percent-encoded; `&` is written `&amp;`, which SVG readers turn back into `&`.
    public static func link(_ url: String) -> String? {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else { return nil }
        var out = ""
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;"
            case 0x21, 0x23...0x25, 0x28...0x3B, 0x3D, 0x3F...0x5B, 0x5D, 0x5F, 0x61...0x7A, 0x7E:
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                out += "%"
                out.unicodeScalars.append(digits[Int(byte >> 4)])
                out.unicodeScalars.append(digits[Int(byte & 0xF)])
            }
        }
        return out
    }
}
