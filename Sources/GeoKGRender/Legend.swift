/// The key drawn beside a diagram: the classes shown, what edge colours, dashes and widths mean, and how
/// many entities were left out. An HTML-like Graphviz label, built from geokg's own words only.
enum Legend {
    /// The label's HTML-like text for a diagram showing `kinds`.
    static func html(kinds: [NodeKind], omittedNodes: Int) -> String {
        var rows = ["<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"]
        for kind in kinds {
            let style = DiagramStyle.node(kind)
            let name = kind == .other ? "other actor" : kind.rawValue
            rows.append(
                "<TR><TD BGCOLOR=\"\(style.fill)\" WIDTH=\"24\"> </TD><TD ALIGN=\"LEFT\">\(name) (\(style.shapeName))</TD></TR>"
            )
        }
        let lines: [(color: String, text: String)] = [
            (DiagramStyle.cooperative[1], "cooperative (Goldstein weight above 0)"),
            (DiagramStyle.conflictual[1], "conflictual (Goldstein weight below 0)"),
            (DiagramStyle.neutral, "neutral or standing relation"),
        ]
        for line in lines {
            rows.append(
                "<TR><TD><FONT COLOR=\"\(line.color)\"><B>———</B></FONT></TD><TD ALIGN=\"LEFT\">\(line.text)</TD></TR>")
        }
        rows.append("<TR><TD>- - -</TD><TD ALIGN=\"LEFT\">planned, not yet done</TD></TR>")
        rows.append("<TR><TD>width</TD><TD ALIGN=\"LEFT\">number of articles; ×N facts merged</TD></TR>")
        if omittedNodes > 0 {
            let entities = omittedNodes == 1 ? "1 entity" : "\(omittedNodes) entities"
            rows.append("<TR><TD COLSPAN=\"2\"><I>\(entities) with fewer facts left out</I></TD></TR>")
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">" + rows.joined() + "</TABLE>"
    }
}
