// Reads every NAME.yaml in a directory with eemeli/yaml as YAML 1.2 (core schema) and compares it
// with JSON.parse of NAME.json. Prints one line per file: "NAME ok", or "NAME differs: ..." or
// "NAME error: ...". Used by YamlCrossCheckTest.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';

function same(a, b, path) {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return `${path}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  if (JSON.stringify(ka) !== JSON.stringify(kb)) {
    return `${path}: keys ${JSON.stringify(ka)} != ${JSON.stringify(kb)}`;
  }
  for (const k of ka) {
    const d = same(a[k], b[k], `${path}/${k}`);
    if (d) return d;
  }
  return null;
}

const dir = process.argv[2];
for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
  const name = f.slice(0, -'.yaml'.length);
  try {
    const doc = YAML.parse(readFileSync(join(dir, f), 'utf8'), {
      version: '1.2',
      schema: 'core',
      uniqueKeys: true,
      strict: true,
      maxAliasCount: 0,
    });
    const json = JSON.parse(readFileSync(join(dir, name + '.json'), 'utf8'));
    const d = same(doc, json, '');
    console.log(d ? `${name} differs: ${d}` : `${name} ok`);
  } catch (e) {
    console.log(`${name} error: ${String(e.message).split('\n')[0]}`);
  }
}
