/// The HTML report's style sheet: inline, system fonts only (nothing fetched), colours that
/// survive printing in grey, and a page break before each section when printed.
enum ReportStyle {
    static let css = """
        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
               color: #1f2328; margin: 2rem auto; max-width: 52rem; padding: 0 1rem; line-height: 1.45; }
        h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
        h2 { font-size: 1.25rem; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2rem; margin-top: 2rem; }
        h3 { font-size: 1.05rem; }
        .meta, .muted, .note { color: #57606a; }
        .note { font-style: italic; font-size: 0.9rem; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; width: 100%; }
        th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top;
                 overflow-wrap: anywhere; }
        th { background: #f6f8fa; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        svg.chart { max-width: 100%; height: auto; display: block; margin: 0.5rem 0 1rem; }
        svg .grid { stroke: #eaeef2; stroke-width: 1; }
        svg .axis { fill: #57606a; font-size: 11px; font-family: inherit; }
        svg .actual { fill: #2f81f7; }
        svg .target { stroke: #1a7f37; stroke-width: 2.5; fill: none; }
        svg circle.target { fill: #1a7f37; }
        svg .last-year { stroke: #9a6700; stroke-width: 2; stroke-dasharray: 6 4; fill: none; }
        svg circle.last-year { fill: #9a6700; }
        svg .bar-label { fill: #ffffff; font-size: 12px; font-family: inherit; }
        svg .status-done { fill: #1a7f37; }
        svg .status-on-track { fill: #2f81f7; }
        svg .status-planned { fill: #8c959f; }
        svg .status-at-risk { fill: #bf8700; }
        svg .status-blocked { fill: #cf222e; }
        @media print {
            body { margin: 0; max-width: none; font-size: 11pt; }
            section + section { break-before: page; page-break-before: always; }
            h2 { margin-top: 0; }
            table, svg.chart { break-inside: avoid; page-break-inside: avoid; }
            th { background: #eeeeee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        @page { margin: 18mm 15mm; }
        """
}
