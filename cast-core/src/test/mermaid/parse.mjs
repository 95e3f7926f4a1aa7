// Parses Mermaid diagram files with the real Mermaid parser, headless.
//
//   node parse.mjs FILE...      (or: node parse.mjs --dir DIR, for every *.mmd in DIR)
//
// Prints one line per file, "OK <file>" or "FAIL <file>: <message on one line>", then exits 0 when
// every file parsed, 1 when one did not, 2 when the parser could not be loaded. Mermaid's
// sanitiser (DOMPurify) needs a window at import time; jsdom provides it. No browser, no network.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

let mermaid;
try {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  globalThis.window = dom.window;
  globalThis.document = dom.window.document;
  mermaid = (await import('mermaid')).default;
  mermaid.initialize({ startOnLoad: false });
} catch (e) {
  console.log(`SETUP ${String(e && e.message).split('\n')[0]}`);
  process.exit(2);
}

const args = process.argv.slice(2);
let files = args;
if (args[0] === '--dir') {
  files = readdirSync(args[1]).filter((f) => f.endsWith('.mmd')).sort().map((f) => join(args[1], f));
}
let failed = 0;
for (const file of files) {
  try {
    const result = await mermaid.parse(readFileSync(file, 'utf8'));
    if (!result || result.diagramType !== 'flowchart-v2') {
      throw new Error(`not a flowchart: ${result && result.diagramType}`);
    }
    console.log(`OK ${file}`);
  } catch (e) {
    failed++;
    const message = String((e && e.message) || e).replace(/\s+/g, ' ').trim();
    console.log(`FAIL ${file}: ${message}`);
  }
}
process.exit(failed ? 1 : 0);
