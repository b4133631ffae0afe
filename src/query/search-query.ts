/**
 * The search query language (docs/search.md) → an abstract syntax tree → an FTS5 query in which
 * every word is quoted, so that nothing the user types reaches SQLite as syntax.
 *
 *   programme d'action          a run of plain words is one phrase (the shell strips quotes)
 *   "mise en œuvre" cyber*      quoted phrases; items side by side must all match (AND)
 *   a AND b, a OR b, a NOT b    upper-case operators; NOT binds tightest, then AND, then OR
 *   cyber*                      prefix (at the end of a word)
 *   a NEAR b, a NEAR/5 b        within 10 (or 5) words; also NEAR(a b c, 5)
 *   ( … )                       grouping
 *
 * Words are folded like the index folds them (src/text/fold.ts): case, accents, both
 * apostrophes, œ/æ, non-breaking spaces do not matter.
 */
import { UsageError } from '../errors.js';
import { fold } from '../text/fold.js';

/** One token of a phrase: the folded word, and whether it is a prefix (`cyber*`). */
export interface QueryToken {
  text: string;
  prefix: boolean;
}

export type QueryNode =
  | { type: 'phrase'; tokens: QueryToken[] }
  | { type: 'near'; phrases: QueryToken[][]; distance: number }
  | { type: 'and' | 'or'; items: QueryNode[] }
  | { type: 'not'; left: QueryNode; right: QueryNode };

export const DEFAULT_NEAR = 10;

/** Characters that make up a word, as FTS5's unicode61 tokenizer sees them. */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;

type Lexeme =
  | { t: 'word'; raw: string }
  | { t: 'quoted'; raw: string; prefix: boolean }
  | { t: 'op'; op: 'AND' | 'OR' | 'NOT' }
  | { t: 'near'; distance: number }
  | { t: 'nearfn' }
  | { t: '(' }
  | { t: ')' }
  | { t: ',' };

const OPEN_QUOTES: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“' };

function fail(message: string, query: string): never {
  throw new UsageError(message, `query: ${query.length > 200 ? `${query.slice(0, 200)}…` : query}`);
}

/**
 * Bounds of a query: 2,000 nested parentheses overflowed the parser's stack, and 100,000 words
 * joined by OR ran 73 s in FTS5 (issue 18, item 10). Real queries stay far below.
 */
export const QUERY_LIMITS = { depth: 32, words: 200, operators: 200 };

function checkBounds(lexemes: Lexeme[], query: string): void {
  let depth = 0;
  let words = 0;
  let operators = 0;
  for (const lx of lexemes) {
    if (lx.t === '(') depth++;
    else if (lx.t === ')') depth--;
    else if (lx.t === 'word' || lx.t === 'quoted') words += lx.raw.match(WORD)?.length ?? 0;
    else if (lx.t === 'op' || lx.t === 'near') operators++;
    if (depth > QUERY_LIMITS.depth) fail(`the search query nests more than ${QUERY_LIMITS.depth} parentheses`, query);
  }
  if (words > QUERY_LIMITS.words) fail(`the search query has ${words} words; at most ${QUERY_LIMITS.words}`, query);
  if (operators > QUERY_LIMITS.operators) fail(`the search query has ${operators} operators (AND, OR, NOT, NEAR); at most ${QUERY_LIMITS.operators}`, query);
}

function lex(query: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const close = OPEN_QUOTES[c];
    if (close !== undefined) {
      const end = query.indexOf(close, i + 1);
      if (end < 0) fail(`unclosed ${c} in the search query`, query);
      const prefix = query[end + 1] === '*';
      out.push({ t: 'quoted', raw: query.slice(i + 1, end), prefix });
      i = end + 1 + (prefix ? 1 : 0);
      continue;
    }
    if (c === '(' || c === ')' || c === ',') {
      out.push({ t: c });
      i++;
      continue;
    }
    let j = i;
    while (j < query.length && !/[\s()",“”«»„]/.test(query[j]!)) j++;
    const raw = query.slice(i, j);
    i = j;
    if (raw === 'AND' || raw === 'OR' || raw === 'NOT') out.push({ t: 'op', op: raw });
    else if (raw === 'NEAR' && query[i] === '(') out.push({ t: 'nearfn' });
    else if (/^NEAR(\/\S*)?$/.test(raw)) {
      if (raw !== 'NEAR' && !/^NEAR\/\d+$/.test(raw)) fail(`NEAR/ takes a whole number of words, not '${raw.slice(5)}'`, query);
      out.push({ t: 'near', distance: raw === 'NEAR' ? DEFAULT_NEAR : Number(raw.slice(5)) });
    } else out.push({ t: 'word', raw });
  }
  return out;
}

/** The folded tokens of a word or phrase as typed; `*` is allowed only at the very end. */
function tokensOf(raw: string, prefixAtEnd: boolean, query: string): QueryToken[] {
  let text = raw;
  let prefix = prefixAtEnd;
  if (text.endsWith('*')) {
    text = text.slice(0, -1);
    prefix = true;
  }
  if (text.includes('*')) fail(`'*' marks a prefix and goes at the end of a word ('cyber*'), not inside '${raw}'`, query);
  const words = fold(text).match(WORD) ?? [];
  if (prefix && words.length > 0 && !/[\p{L}\p{N}\p{M}]$/u.test(fold(text))) {
    fail(`'*' must follow a letter or digit ('cyber*'), not '${raw}*'`, query);
  }
  return words.map((w, k) => ({ text: w, prefix: prefix && k === words.length - 1 }));
}

class Parser {
  private i = 0;
  constructor(private readonly lx: Lexeme[], private readonly query: string) {}

  private peek(): Lexeme | undefined {
    return this.lx[this.i];
  }

  parse(): QueryNode {
    const node = this.or();
    const rest = this.peek();
    if (rest) fail(rest.t === ')' ? "')' without a matching '(' in the search query" : `unexpected ${describe(rest)} in the search query`, this.query);
    if (!node) fail('the search query has no word to search for', this.query);
    return node;
  }

  private or(): QueryNode | null {
    const items: QueryNode[] = [];
    for (;;) {
      const node = this.and();
      const next = this.peek();
      if (next?.t === 'op' && next.op === 'OR') {
        if (!node) fail("'OR' needs a word or phrase on each side", this.query);
        items.push(node);
        this.i++;
        continue;
      }
      if (node) items.push(node);
      else if (items.length > 0) fail("'OR' needs a word or phrase on each side", this.query);
      break;
    }
    return items.length === 0 ? null : items.length === 1 ? items[0]! : { type: 'or', items };
  }

  private and(): QueryNode | null {
    const items: QueryNode[] = [];
    for (;;) {
      const next = this.peek();
      if (next?.t === 'op' && next.op === 'AND') {
        if (items.length === 0) fail("'AND' needs a word or phrase on each side", this.query);
        this.i++;
        const node = this.not();
        if (!node) fail("'AND' needs a word or phrase on each side", this.query);
        items.push(node);
        continue;
      }
      const node = this.not();
      if (!node) break;
      items.push(node);
    }
    return items.length === 0 ? null : items.length === 1 ? items[0]! : { type: 'and', items };
  }

  private not(): QueryNode | null {
    let left = this.near();
    for (;;) {
      const next = this.peek();
      if (!(next?.t === 'op' && next.op === 'NOT')) return left;
      if (!left) fail("'NOT' excludes from what comes before it: write 'sécurité NOT numérique'", this.query);
      this.i++;
      const right = this.near();
      if (!right) fail("'NOT' needs a word or phrase after it", this.query);
      left = { type: 'not', left, right };
    }
  }

  private near(): QueryNode | null {
    const first = this.primary();
    let next = this.peek();
    if (next?.t !== 'near') return first;
    if (!first) fail("'NEAR' needs a word or phrase on each side", this.query);
    const phrases = [phraseOf(first, this.query)];
    let distance = Infinity;
    while (next?.t === 'near') {
      distance = Math.min(distance, next.distance);
      this.i++;
      const node = this.primary();
      if (!node) fail("'NEAR' needs a word or phrase on each side", this.query);
      phrases.push(phraseOf(node, this.query));
      next = this.peek();
    }
    return { type: 'near', phrases, distance };
  }

  private primary(): QueryNode | null {
    const lx = this.peek();
    if (!lx) return null;
    if (lx.t === 'quoted') {
      this.i++;
      const tokens = tokensOf(lx.raw, lx.prefix, this.query);
      // a quoted run of punctuation only: nothing to match, skip it
      return tokens.length > 0 ? { type: 'phrase', tokens } : this.primary();
    }
    if (lx.t === 'word') {
      // a run of plain words is one phrase
      const tokens: QueryToken[] = [];
      while (this.peek()?.t === 'word') {
        const w = this.lx[this.i++] as { t: 'word'; raw: string };
        tokens.push(...tokensOf(w.raw, false, this.query));
      }
      return tokens.length > 0 ? { type: 'phrase', tokens } : this.primary();
    }
    if (lx.t === '(') {
      this.i++;
      const node = this.or();
      if (this.peek()?.t !== ')') fail("unclosed '(' in the search query", this.query);
      this.i++;
      if (!node) fail("empty '( )' in the search query", this.query);
      return node;
    }
    if (lx.t === 'nearfn') return this.nearFunction();
    return null;
  }

  /** NEAR(a b "c d", 5) */
  private nearFunction(): QueryNode {
    this.i += 2; // NEAR (
    const phrases: QueryToken[][] = [];
    let distance = DEFAULT_NEAR;
    for (;;) {
      const lx = this.peek();
      if (!lx) fail("unclosed 'NEAR(' in the search query", this.query);
      this.i++;
      if (lx.t === ')') break;
      if (lx.t === 'word' || lx.t === 'quoted') {
        const tokens = tokensOf(lx.raw, lx.t === 'quoted' && lx.prefix, this.query);
        if (tokens.length > 0) phrases.push(tokens);
        continue;
      }
      if (lx.t === ',') {
        const d = this.peek();
        const n = d?.t === 'word' ? Number(d.raw) : NaN;
        if (!Number.isInteger(n) || n < 0) fail("NEAR(…, N): N is a whole number of words", this.query);
        distance = n;
        this.i++;
        if (this.peek()?.t !== ')') fail("NEAR(…, N) ends after N with ')'", this.query);
        continue;
      }
      fail(`NEAR( … ) takes words and quoted phrases, not ${describe(lx)}`, this.query);
    }
    if (phrases.length < 2) fail('NEAR( … ) needs at least two words or phrases', this.query);
    return { type: 'near', phrases, distance };
  }
}

function describe(lx: Lexeme): string {
  switch (lx.t) {
    case 'op': return `'${lx.op}'`;
    case 'near': case 'nearfn': return "'NEAR'";
    case 'word': case 'quoted': return `'${lx.raw}'`;
    default: return `'${lx.t}'`;
  }
}

function phraseOf(node: QueryNode, query: string): QueryToken[] {
  if (node.type !== 'phrase') fail("NEAR joins words or phrases, not groups or other operators", query);
  return node.tokens;
}

/** Parse what the user typed. Throws a one-line UsageError saying what is wrong. */
export function parseQuery(query: string): QueryNode {
  if (query.trim() === '') throw new UsageError('empty search query');
  const lexemes = lex(query);
  checkBounds(lexemes, query);
  return new Parser(lexemes, query).parse();
}

function ftsPhrase(tokens: QueryToken[]): string {
  return tokens.map((t) => `"${t.text.replace(/"/g, '""')}"${t.prefix ? '*' : ''}`).join(' + ');
}

/** The FTS5 MATCH expression of a query tree: every word quoted, every group parenthesised. */
export function toFts(node: QueryNode): string {
  switch (node.type) {
    case 'phrase': return ftsPhrase(node.tokens);
    case 'near': return `NEAR(${node.phrases.map(ftsPhrase).join(' ')}, ${node.distance})`;
    case 'and': return node.items.map((n) => `(${toFts(n)})`).join(' AND ');
    case 'or': return node.items.map((n) => `(${toFts(n)})`).join(' OR ');
    case 'not': return `(${toFts(node.left)}) NOT (${toFts(node.right)})`;
  }
}

/** The phrases a match can show (not those under the right side of a NOT): for highlighting. */
export function positivePhrases(node: QueryNode): QueryToken[][] {
  switch (node.type) {
    case 'phrase': return [node.tokens];
    case 'near': return node.phrases;
    case 'and': case 'or': return node.items.flatMap(positivePhrases);
    case 'not': return positivePhrases(node.left);
  }
}
