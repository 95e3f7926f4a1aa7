// Parses Markdown reports with a real GitHub Flavored Markdown parser (marked) and parses every
// embedded ```mermaid block with the real Mermaid parser, headless.
//
//   node markdown.mjs FILE...
//
// Prints, for each file, lines of tab-separated fields, each field URI-encoded
// (encodeURIComponent), so that any text survives:
//   FILE <path>
//   BLOCK <type> <count>             how many top-level blocks of each kind
//   HEADING <depth> <text>
//   TABLE <header cell>...           then one ROW <cell>... per row
//   MERMAID OK | MERMAID FAIL <message>   for each ```mermaid block, parsed by Mermaid
//   END
// Every text is the plain text a reader sees: escapes resolved, entities decoded, <br> as a line
// break, and anything that is not plain text (emphasis, links, raw HTML) kept in markers such as
// **...** or <<html:...>> so that a test can tell it apart. Exits 1 when a Mermaid block failed,
// 2 when a tool is missing.
import { readFileSync } from 'node:fs';

let marked;
let mermaid;
try {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  globalThis.window = dom.window;
  globalThis.document = dom.window.document;
  marked = (await import('marked')).marked;
  mermaid = (await import('mermaid')).default;
  mermaid.initialize({ startOnLoad: false });
} catch (e) {
  console.log(`SETUP ${String(e && e.message).split('\n')[0]}`);
  process.exit(2);
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decode(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[e] ?? m;
  });
}

function plain(tokens) {
  return (tokens || [])
    .map((t) => {
      switch (t.type) {
        case 'text':
          return t.tokens ? plain(t.tokens) : decode(t.text);
        case 'escape':
          return decode(t.text);
        case 'codespan':
          return decode(t.text);
        case 'br':
          return '\n';
        case 'html':
          return /^<br\s*\/?>$/i.test(t.text) ? '\n' : `<<html:${t.text}>>`;
        case 'strong':
          return `**${plain(t.tokens)}**`;
        case 'em':
          return `_${plain(t.tokens)}_`;
        case 'del':
          return `~~${plain(t.tokens)}~~`;
        case 'link':
          // An autolinked URL reads as the text written; any other link shows its target.
          return t.raw === t.text ? plain(t.tokens) : `[${plain(t.tokens)}](${t.href})`;
        default:
          return `<<${t.type}:${t.raw}>>`;
      }
    })
    .join('');
}

const enc = (values) => values.map((v) => encodeURIComponent(String(v))).join('\t');
let failed = 0;
for (const file of process.argv.slice(2)) {
  const out = [`FILE\t${enc([file])}`];
  const blocks = {};
  const tokens = marked.lexer(readFileSync(file, 'utf8'));
  for (const t of tokens) {
    blocks[t.type] = (blocks[t.type] || 0) + 1;
    if (t.type === 'heading') {
      out.push(`HEADING\t${enc([t.depth, plain(t.tokens)])}`);
    } else if (t.type === 'table') {
      out.push(`TABLE\t${enc(t.header.map((c) => plain(c.tokens)))}`);
      for (const r of t.rows) {
        out.push(`ROW\t${enc(r.map((c) => plain(c.tokens)))}`);
      }
    } else if (t.type === 'code' && t.lang === 'mermaid') {
      try {
        await mermaid.parse(t.text);
        out.push('MERMAID\tOK');
      } catch (e) {
        failed++;
        out.push(`MERMAID\tFAIL\t${enc([String((e && e.message) || e).replace(/\s+/g, ' ')])}`);
      }
    }
  }
  for (const [type, count] of Object.entries(blocks).sort()) {
    out.push(`BLOCK\t${enc([type, count])}`);
  }
  out.push('END');
  console.log(out.join('\n'));
}
process.exit(failed ? 1 : 0);
