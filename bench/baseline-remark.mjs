// Baseline: remark-parse alone over the markdown files of a folder (format detected by content).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { detectFormat } from '../dist/read/detect.js';
import { decode } from '../dist/read/decode.js';

const dir = process.argv[2];
const parser = unified().use(remarkParse);
let bytes = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = decode(readFileSync(join(dir, name)));
  if (detectFormat(text) !== 'markdown') continue;
  parser.parse(text);
  bytes += Buffer.byteLength(text);
}
process.stdout.write(String(bytes));
