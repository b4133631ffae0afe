// Baseline: a raw FTS5 load of the same text — every blank-line-separated paragraph of every file
// inserted into an FTS5 table (same tokenizer as cybercorpus) in one transaction, nothing else.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const [dir, dbPath] = process.argv.slice(2);
rmSync(dbPath, { force: true });
const db = new Database(dbPath);
db.pragma('journal_mode = WAL');
db.exec("CREATE VIRTUAL TABLE p USING fts5(doc, text, tokenize = 'unicode61 remove_diacritics 2')");
const insert = db.prepare('INSERT INTO p (doc, text) VALUES (?, ?)');
db.transaction(() => {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    for (const para of text.split(/\n\s*\n/)) {
      const t = para.replace(/\s+/g, ' ').trim();
      if (t) insert.run(name, t);
    }
  }
})();
db.close();
