/**
 * The bulletin's print style: A4, the bureau's red masthead (红头), serif body and sans-serif tables in the
 * Noto CJK fonts, tables that repeat their header and do not split rows, charts scaled to the text width.
 */
export const BULLETIN_CSS = `
@page { size: A4; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }
html { font-family: "Noto Serif CJK SC", "Noto Serif SC", serif; font-size: 10.5pt; color: #111; line-height: 1.6; }
h1, h2, h3, table, caption, .meta, .synthetic, figcaption { font-family: "Noto Sans CJK SC", "Noto Sans SC", sans-serif; }
.masthead { text-align: center; border-bottom: 2.5pt solid #c00000; padding-bottom: 6pt; margin-bottom: 10pt; }
h1 { color: #c00000; font-size: 26pt; letter-spacing: 4pt; margin: 4pt 0 0; }
.masthead p { text-indent: 0; text-align: center; }
.masthead .title-en { color: #c00000; font-size: 10pt; margin: 0; }
.masthead .period { font-size: 12pt; margin: 6pt 0 0; }
.meta { font-size: 8.5pt; color: #444; margin: 2pt 0 0; }
.synthetic { border: 1.5pt solid #c00000; color: #c00000; font-weight: bold; text-align: center; padding: 4pt; margin: 6pt 0; font-size: 9.5pt; }
h2 { font-size: 13pt; margin: 14pt 0 4pt; break-after: avoid; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; }
p { margin: 3pt 0; text-indent: 2em; text-align: justify; }
p.en, .en { color: #666; font-size: 0.82em; font-family: "Noto Sans CJK SC", "Noto Sans SC", sans-serif; }
p.table-note, p.note { text-indent: 0; font-size: 8pt; color: #333; margin: 1pt 0; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin: 4pt 0 2pt; line-height: 1.35; }
caption { font-weight: bold; font-size: 9.5pt; padding-bottom: 3pt; }
thead { display: table-header-group; }
table.short { break-inside: avoid; }
caption { break-after: avoid; }
tr { break-inside: avoid; }
th { background: #dce6f1; font-weight: bold; }
th, td { border: 0.5pt solid #7f7f7f; padding: 2pt 4pt; vertical-align: middle; }
th .en { font-weight: normal; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: bold; background: #f2f2f2; }
tr.red td { background: #ffc7ce; } tr.orange td { background: #ffe0b2; } tr.yellow td { background: #fff2cc; }
figure { margin: 6pt 0; break-inside: avoid; text-align: center; }
figure svg { width: 100%; height: auto; }
figcaption { font-size: 9pt; font-weight: bold; }
section.notes ol { font-size: 8.5pt; padding-left: 1.6em; margin: 2pt 0; }
`;
