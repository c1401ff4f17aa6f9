/**
 * The public pages' style sheet: calm, readable, printable, no external
 * fonts or images. The colours of decisions, action items and escalations
 * match the PDF and Word exports.
 */
export const HOUSE_CSS = `
:root{--ink:#1f2933;--muted:#52606d;--line:#d9dee3;--paper:#fbfbf9;--accent:#2f5d62;
--decision:#3b7a57;--decision-bg:#eef6f0;--action:#a86b12;--action-bg:#fdf5e6;--escalation:#2b5f99;--escalation-bg:#edf3fb}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.skip{position:absolute;left:-999px;top:0;padding:.5rem 1rem;background:var(--ink);color:#fff}
.skip:focus{left:1rem}
.site{border-bottom:1px solid var(--line);background:#fff}
.site nav,main{max-width:48rem;margin:0 auto;padding:0 1.25rem}
.site ol{list-style:none;margin:0;padding:.75rem 0;display:flex;flex-wrap:wrap;gap:.25rem .5rem;font-size:.9375rem}
.site li+li::before{content:"›";margin-right:.5rem;color:var(--muted)}
main{padding-top:2rem;padding-bottom:4rem}
a{color:var(--accent);text-underline-offset:.15em}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px;border-radius:2px}
h1,h2,h3,h4,h5,h6{line-height:1.25;margin:1.75em 0 .5em}
h1{font-size:1.875rem;margin-top:.25em}
h2{font-size:1.375rem}
h3{font-size:1.125rem}
h4,h5,h6{font-size:1rem}
.meeting-header{border-bottom:3px solid var(--accent);padding-bottom:1rem;margin-bottom:1.5rem}
.meeting-header__kind{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:.875rem;font-weight:600;color:var(--accent)}
.meeting-header__forum{margin:0 0 .75rem;color:var(--muted)}
.meeting-header__facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
.meeting-header__facts dt{font-weight:600}
.meeting-header__facts dd{margin:0}
.toc{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.25rem 1.25rem 1rem}
.toc h2{margin-top:.75em}
.toc ol{list-style:none;padding:0;margin:0}
.toc li{padding:.2rem 0}
.agenda-item{border-top:1px solid var(--line);margin-top:2rem}
.item-section__label{color:var(--muted);text-transform:uppercase;letter-spacing:.05em;font-size:.875rem}
.tracked{border-left:4px solid;border-radius:0 4px 4px 0;padding:.5rem 1rem;margin:1rem 0}
.tracked p{margin:.25rem 0}
.tracked--decision{border-color:var(--decision);background:var(--decision-bg)}
.tracked--action{border-color:var(--action);background:var(--action-bg)}
.tracked--escalation{border-color:var(--escalation);background:var(--escalation-bg)}
.tracked__details{color:var(--muted);font-size:.9375rem}
.attendance ul,.carry-over ul{padding-left:1.25rem}
li>p{margin:.25rem 0}
table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.9375rem}
th,td{border:1px solid var(--line);padding:.35rem .6rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#eef1f3}
th>p,td>p{margin:0}
th>p+p,td>p+p{margin-top:.35rem}
.public-list{list-style:none;padding:0}
.public-list li{border-bottom:1px solid var(--line);padding:.75rem 0}
.public-list__meta{display:block;color:var(--muted);font-size:.9375rem}
blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid var(--line);color:var(--muted)}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;background:#eef0f2;padding:0 .2em;border-radius:3px}
hr{border:0;border-top:1px solid var(--line);margin:2rem 0}
@media print{body{background:#fff;font-size:11pt}.site,.skip{display:none}main{padding:0;max-width:none}a{color:inherit}.agenda-item{break-inside:auto}h2,h3{break-after:avoid}}
`;
