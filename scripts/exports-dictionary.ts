// Writes the exports' column dictionary into README.md between its markers.
import { readFile, writeFile } from 'node:fs/promises';
import { columnDictionary, DICTIONARY_END, DICTIONARY_START } from '../src/modules/exports/dictionary.js';

const file = new URL('../README.md', import.meta.url);
const readme = await readFile(file, 'utf8');
const start = readme.indexOf(DICTIONARY_START);
const end = readme.indexOf(DICTIONARY_END);
if (start < 0 || end < start) throw new Error('README.md has no exports dictionary markers');
await writeFile(file, readme.slice(0, start) + columnDictionary() + readme.slice(end + DICTIONARY_END.length));
console.log('wrote the exports dictionary into README.md');
