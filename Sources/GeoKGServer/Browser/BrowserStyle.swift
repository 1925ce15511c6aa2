/// The browser view's style sheet.
enum BrowserStyle {
    static let text = """
        body { font-family: system-ui, sans-serif; margin: 0; color: #1d2430; background: #fafafa; }
        header { background: #1d3557; color: white; padding: 0.6em 1.5em; }
        header h1 { margin: 0; font-size: 1.4em; }
        header p { margin: 0.2em 0 0; opacity: 0.8; }
        main { padding: 0 1.5em 2em; max-width: 1200px; }
        section { margin-top: 1.5em; }
        table { border-collapse: collapse; font-size: 0.9em; margin: 0.5em 0; }
        th, td { border: 1px solid #d0d5dd; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
        th { background: #eef1f5; }
        textarea { width: 100%; font-family: ui-monospace, monospace; font-size: 0.9em; }
        .muted { color: #667085; }
        .error { color: #b42318; white-space: pre-wrap; }
        #entity-diagram svg { max-width: 100%; height: auto; border: 1px solid #d0d5dd; background: white; }
        #entity-diagram g.clickable { cursor: pointer; }
        #filters label { margin-right: 0.8em; }
        """
}
