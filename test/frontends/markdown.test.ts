/**
 * Markdown front-end on the real seeds. Every expected value below was read in the seed files
 * (seeds/000_…, seeds/003_…), not copied from the program's output; line numbers are the
 * files' own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { parseMarkdown } from '../../src/frontends/markdown.js';
import { decode } from '../../src/read/decode.js';
import type { Block } from '../../src/types.js';
import { seed } from '../helpers/paths.js';
import { blockStarting, countKinds } from '../helpers/blocks.js';

const src000 = readFileSync(seed('000'), 'utf8');
const src003 = readFileSync(seed('003'), 'utf8');
const blocks000 = parseMarkdown(src000).blocks;
const blocks003 = parseMarkdown(src003).blocks;

const find = blockStarting;

function indexOf(blocks: Block[], b: Block): number {
  return blocks.indexOf(b);
}

/* ------------------------------------------------------------------ seed 000 */

describe('seed 000 (draft resolution A/C.1/78/L.11, markdown)', () => {
  it('has the block counts read in the file', () => {
    // headings: lines 5, 12, 14, 18, 22 (ATX) and 20 (sponsors line, all bold)
    // paragraphs: 4 cover lines (7-10), "Point 94…" (16), "L'Assemblée générale," (24),
    // 18 preambular, 9 operative; footnotes: 1 and 2 (74, 76)
    expect(countKinds(blocks000)).toEqual({ heading: 6, paragraph: 33, 'list-item': 0, footnote: 2, 'table-row': 0 });
  });

  it('keeps the cover lines (hard line breaks) as one block each', () => {
    const cover = blocks000.slice(1, 5);
    expect(cover.map((b) => [b.kind, b.text, b.line])).toEqual([
      ['paragraph', 'Distr. limitée', 7],
      ['paragraph', '12 octobre 2023', 8],
      ['paragraph', 'Français', 9],
      ['paragraph', 'Original : anglais/russe', 10],
    ]);
  });

  it('makes the all-bold sponsors line a heading', () => {
    const b = find(blocks000, 'Azerbaïdjan, Bélarus, Burundi');
    expect(b.kind).toBe('heading');
    expect(b.hints?.strong).toBe(true);
    expect(b.text.endsWith('Venezuela (République bolivarienne du) et Zimbabwe : projet de résolution')).toBe(true);
  });

  it('marks the whole-italic formula as emphasis, without a lead', () => {
    const b = find(blocks000, "L'Assemblée générale,");
    expect(b).toMatchObject({ kind: 'paragraph', text: "L'Assemblée générale,", line: 24 });
    expect(b.hints?.emphasis).toBe(true);
    expect(b.hints?.lead).toBeUndefined();
  });

  const preambularLeads = [
    'Rappelant', 'Commémorant', 'Soulignant', 'Confirmant', 'Se déclarant préoccupée', 'Rappelant',
    'Réaffirmant', 'Sachant', 'Considérant', 'Se déclarant préoccupée', 'Réaffirmant', 'Considérant',
    'Considérant également', 'Réaffirmant', 'Soulignant', 'Réaffirmant', 'Notant', 'Saluant',
  ];
  const preambularLines = [26, 28, 30, 32, 36, 38, 40, 42, 44, 46, 48, 50, 52, 56, 58, 60, 62, 64];

  it('gives the 18 preambular paragraphs with their italic lead phrases', () => {
    const start = indexOf(blocks000, find(blocks000, "L'Assemblée générale,")) + 1;
    const pre = blocks000.slice(start, start + 18);
    expect(pre.map((b) => b.hints?.lead)).toEqual(preambularLeads);
    expect(pre.map((b) => b.line)).toEqual(preambularLines);
    for (const [k, b] of pre.entries()) {
      expect(b.kind).toBe('paragraph');
      expect(b.text.startsWith(`${preambularLeads[k]} `)).toBe(true);
    }
    expect(blocks000[start + 18]!.text.startsWith('1. Appuie ')).toBe(true);
  });

  it('re-joins the preambular paragraph cut by a page break (lines 52-54)', () => {
    const b = find(blocks000, 'Considérant également');
    expect([b.line, b.endLine]).toEqual([52, 54]);
    expect(b.text).toContain("qu'une vaste coopération internationale permettra de trouver des solutions");
    expect(b.text.endsWith('ouvert, sûr, stable, accessible et pacifique,')).toBe(true);
  });

  it('keeps the operative numbers that markdown read as ordered lists, and the leads', () => {
    const ops = blocks000.filter((b) => /^\d+\. /.test(b.text));
    expect(ops.map((b) => b.text.slice(0, b.text.indexOf(' ', 3)))).toEqual([
      '1. Appuie', '2. Demande', '3. Se', '4. Se', '5. Recommande', '6. Encourage', '7. Invite', '8. Invite', '9. Décide',
    ]);
    expect(ops.map((b) => b.hints?.lead)).toEqual([
      'Appuie', 'Demande', 'Se félicite', 'Se félicite également', 'Recommande', 'Encourage', 'Invite', 'Invite', 'Décide',
    ]);
    expect(ops.map((b) => b.line)).toEqual([66, 68, 70, 72, 80, 82, 84, 86, 88]);
  });

  it('re-joins operative 4 across footnotes 1 and 2, which follow it', () => {
    const op4 = find(blocks000, '4. Se félicite également');
    expect([op4.line, op4.endLine]).toEqual([72, 78]);
    expect(op4.text.startsWith('4. Se félicite également de la création du répertoire mondial et intergouvernemental')).toBe(true);
    expect(op4.text).toContain('les moyens qui pourraient être mis en place pour améliorer le répertoire de manière progressive et graduelle');
    expect(op4.text.endsWith("à l'aide de protocoles de communication et des mesures de renforcement des capacités requises ;")).toBe(true);
    const k = indexOf(blocks000, op4);
    const [f1, f2, op5] = blocks000.slice(k + 1, k + 4);
    expect(f1).toMatchObject({ kind: 'footnote', marker: '1', text: 'Voir A/78/265.', line: 74, endLine: 74 });
    expect(f1!.links).toEqual([{ text: 'A/78/265', href: null, offset: 5 }]);
    expect(f2).toMatchObject({ kind: 'footnote', marker: '2', text: 'A/AC.292/2023/INF/5.', line: 76 });
    expect(op5!.text.startsWith('5. Recommande que les États Membres')).toBe(true);
  });

  it('removes the <sup> markers of operative 3 and records their offsets', () => {
    const op3 = find(blocks000, '3. Se félicite de');
    expect(op3.footnotes.map((f) => f.marker)).toEqual(['1', '2']);
    const [r1, r2] = op3.footnotes;
    expect(op3.text.slice(0, r1!.offset).endsWith('du Groupe de travail à composition non limitée')).toBe(true);
    expect(op3.text.slice(r1!.offset)).toMatch(/^ et prend note du recueil/);
    expect(op3.text.slice(0, r2!.offset).endsWith('la position des États sur son adoption')).toBe(true);
    expect(op3.text.slice(r2!.offset)).toBe(' ;');
    expect(op3.text).not.toContain('<sup>');
  });

  it('reads 1<sup>er</sup> as the text 1er, not a footnote, and keeps link texts', () => {
    const first = find(blocks000, 'Rappelant ses résolutions');
    expect(first.text).toContain('54/49 du 1er décembre 1999');
    expect(first.footnotes).toEqual([]);
    expect(first.text.startsWith('Rappelant ses résolutions 36/103 du 9 décembre 1981, 43/78 H du 7 décembre 1988')).toBe(true);
    // line 26 has 26 links [..](#), from 36/103 to 77/36
    expect(first.links).toHaveLength(26);
    expect(first.links[0]).toEqual({ text: '36/103', href: null, offset: first.text.indexOf('36/103') });
    expect(first.links[25]!.text).toBe('77/36');
    expect(first.text.slice(first.links[25]!.offset, first.links[25]!.offset + 5)).toBe('77/36');
  });

  it('leaves no markdown syntax in any text', () => {
    for (const b of blocks000) expect(b.text).not.toMatch(/[*[\]<>#]|\]\(/);
  });
});

/* ------------------------------------------------------------------ seed 003 */

describe('seed 003 (report A/79/…, Secretary-General with annex of replies, markdown)', () => {
  const replies: Array<[string, number]> = [
    ['Allemagne', 205], ['Australie', 263], ['Azerbaïdjan', 343], ['Canada', 374], ['Chine', 407],
    ['Cuba', 428], ['Danemark', 463], ['Égypte', 495], ['Estonie', 608], ["États-Unis d'Amérique", 645],
    ['Fédération de Russie', 772], ['France', 820], ['Géorgie', 964], ['Irlande', 986], ['Japon', 1016],
    ['Lettonie', 1092], ['Nouvelle-Zélande', 1142], ['Pays-Bas (Royaume des)', 1174], ['Singapour', 1230],
    ['Tchéquie', 1245], ['Türkiye', 1282], ['Venezuela (République bolivarienne du)', 1789], ['Union européenne', 1810],
  ];

  it('gives the 23 reply headings as printed, whatever their markdown level or bold', () => {
    for (const [name, line] of replies) {
      const hits = blocks003.filter((b) => b.kind === 'heading' && b.text === name);
      expect(hits.map((b) => b.line), name).toEqual([line]);
    }
    const japon = blocks003.find((b) => b.kind === 'heading' && b.text === 'Japon')!;
    expect(japon.hints).toMatchObject({ level: 2, strong: true }); // "## **Japon**"
    const lettonie = blocks003.find((b) => b.kind === 'heading' && b.text === 'Lettonie')!;
    expect(lettonie.hints?.level).toBe(4); // "#### Lettonie"
  });

  it('reads the cover: one block per hard-broken line, a line in lower case continues', () => {
    expect(blocks003.slice(1, 8).map((b) => [b.kind, b.text, b.line, b.endLine])).toEqual([
      ['paragraph', 'Distr. générale', 7, 7],
      ['paragraph', '21 mai 2024', 8, 8],
      ['paragraph', 'Français', 9, 9],
      ['paragraph', 'Original : anglais, chinois, espagnol, français, russe', 10, 11],
      ['heading', 'Soixante-dix-neuvième session', 13, 13],
      ['paragraph', 'Point 93 de la liste préliminaire', 14, 14],
      ['heading', "Progrès de l'informatique et des télécommunications et sécurité internationale", 15, 16],
    ]);
  });

  it('reads the escaped-asterisk footnote: reference on line 14, definition on line 26', () => {
    const ref = find(blocks003, 'Point 93 de la liste préliminaire');
    expect(ref.footnotes).toEqual([{ marker: '*', offset: 'Point 93 de la liste préliminaire'.length }]);
    const def = blocks003.find((b) => b.kind === 'footnote' && b.marker === '*')!;
    expect(def).toMatchObject({ text: 'A/79/50.', line: 26 });
  });

  it('has 101 footnote definitions (*, then 1 to 100 in order), each referenced once', () => {
    const defs = blocks003.filter((b) => b.kind === 'footnote');
    expect(defs.map((b) => b.marker)).toEqual(['*', ...Array.from({ length: 100 }, (_, k) => String(k + 1))]);
    const refs = blocks003.flatMap((b) => b.footnotes.map((f) => f.marker));
    expect([...refs].sort()).toEqual(defs.map((b) => b.marker!).sort());
  });

  it('reads the table of contents as 31 rows, cells joined by " | ", dot leaders removed', () => {
    const rows = blocks003.filter((b) => b.kind === 'table-row');
    expect(rows).toHaveLength(31); // lines 32 to 62
    expect(rows.map((b) => b.line)).toEqual(Array.from({ length: 31 }, (_, k) => 32 + k));
    expect(rows[0]!.text).toBe('Page');
    expect(rows[1]!.text).toBe('I. Introduction | 3');
    expect(rows[3]!.text).toBe('III. Avis sur la sécurité du numérique et de son utilisation | 4');
    expect(rows[5]!.text).toBe('Annexe');
    expect(rows[16]!.text).toBe("États-Unis d'Amérique | 34"); // line 48
    expect(rows[30]!.text).toBe('Union européenne | 88');
  });

  it('keeps numbered paragraphs written as a tight ordered list (lines 66-68)', () => {
    expect(blocks003.filter((b) => b.line >= 66 && b.line <= 68).map((b) => [b.kind, b.text.slice(0, 20)])).toEqual([
      ['paragraph', '1. Au paragraphe 8 d'],
      ['paragraph', '2. Le 5 janvier 2024'],
      ['paragraph', '3. On trouvera dans '],
    ]);
    const p2 = find(blocks003, '2. Le 5 janvier 2024');
    expect(p2.text).toContain('les réponses reçues des États Membres au 1er mai 2024.');
    expect(p2.footnotes).toEqual([{ marker: '1', offset: p2.text.length - 1 }]);
  });

  it('makes "- a)" bullets and lettered paragraphs list items, label kept', () => {
    expect(find(blocks003, "a) Il s'agirait d'un mécanisme permanent")).toMatchObject({ kind: 'list-item', line: 74 });
    expect(find(blocks003, "b) L'objectif du futur mécanisme")).toMatchObject({ kind: 'list-item', line: 75 });
    // after the page's footnote 1, the list goes on as plain paragraphs "c) …", "d) …"
    expect(find(blocks003, "c) Le futur mécanisme s'appuierait")).toMatchObject({ kind: 'list-item', line: 81 });
    expect(find(blocks003, "d) Il s'agirait d'un processus ouvert")).toMatchObject({ kind: 'list-item', line: 83 });
    expect(find(blocks003, 'Renforcer les cybercapacités, conformément')).toMatchObject({ kind: 'list-item', line: 218 });
  });

  /** [start of the paragraph, text around the join, first line, last line, markers of the footnotes that follow] */
  const rejoined: Array<[string, string, number, number, string[]]> = [
    ['10. De nombreux États ont souligné', "un futur dialogue institutionnel régulier sur la sécurité des technologies de l'information", 97, 101, ['2']],
    ['14. Par ailleurs, certains États', 'ce mécanisme pourrait servir de cadre inclusif pour les discussions sur le droit international', 109, 115, ['3']],
    ['19. Plusieurs États ont souligné que les recommandations', 'la mise en œuvre pratique des accords conclus par le groupe de travail à composition non limitée.', 127, 129, []],
    ['29. En ce qui concerne la proposition', 'un autre processus préparatoire créé par l\'Assemblée générale serait nécessaire', 155, 159, ['5']],
    // continuation in upper case after a dangling "des"
    ['34. Certains États ont évoqué', "des recommandations de l'Organisation des Nations Unies en matière d'utilisation responsable du numérique", 171, 173, []],
    ['39. La communauté internationale doit relever', "un cadre de comportement responsable des États dans l'utilisation de ces technologies, et dans l'examen", 185, 191, ['6']],
    ['vi) examiner de quelle façon le programme', "des besoins des États Membres et de l'évolution des menaces et en partant du principe", 241, 243, []],
    ['Afin que les activités relatives au programme', "notamment au moyen d'un renforcement des capacités adapté, ciblé et coordonné.", 329, 335, ['7', '8']],
    ['En tant que propriétaires et exploitants', 'la mise en œuvre et le développement de bonne foi d\'un comportement responsable des États dans le cyberspace.', 383, 385, []],
    // a bullet continued after footnote 84 by a bullet starting in lower case
    ['coordination des travaux préparatoires en vue', "pour la période 2024-2028 et du plan d'action connexe, et mise en place d'un mécanisme de contrôle", 1549, 1553, ['84']],
  ];

  it.each(rejoined)('re-joins the paragraph "%s" cut by a page end', (start, around, line, endLine, notes) => {
    const b = find(blocks003, start);
    expect(b.text).toContain(around);
    expect([b.line, b.endLine]).toEqual([line, endLine]);
    const k = indexOf(blocks003, b);
    const following = [];
    for (let j = k + 1; blocks003[j]?.kind === 'footnote'; j++) following.push(blocks003[j]!.marker);
    expect(following).toEqual(notes);
  });

  it('records the reference 6 at the end of the re-joined paragraph 34', () => {
    const b = find(blocks003, '34. Certains États ont évoqué');
    expect(b.text.endsWith("dans le contexte de la sécurité internationale et de l'Organisation des Nations Unies.")).toBe(true);
    expect(b.footnotes).toEqual([{ marker: '6', offset: b.text.length - 1 }]);
  });

  it('reads "1<sup>er</sup> mai 2024]" as text and keeps the bracket lines as separate blocks', () => {
    const australie = blocks003.findIndex((b) => b.kind === 'heading' && b.text === 'Australie');
    expect(blocks003.slice(australie + 1, australie + 3).map((b) => [b.text, b.line])).toEqual([
      ['[Original : anglais]', 265],
      ['1er mai 2024]', 266],
    ]);
  });

  it('repairs URL footnotes the converter escaped twice or could not link', () => {
    const f50 = blocks003.find((b) => b.kind === 'footnote' && b.marker === '50')!;
    expect(f50.text).toBe('http://www.bilgitoplumu.gov.tr/Documents/1/Yayinlar/991000_TuenaRapor.pdf.');
    const f55 = blocks003.find((b) => b.kind === 'footnote' && b.marker === '55')!;
    expect(f55.text).toBe('http://www.bilgi toplumu.gov.tr/Documents/1/BT_Strateji/Diger/060500_BilgiToplumuStratejisi.pdf.');
    expect(f55.links).toHaveLength(1);
    expect(f55.links[0]!.href).toBe('http://www.bilgi toplumu.gov.tr/Documents/1/BT_Strateji/Diger/060500_BilgiToplumuStratejisi.pdf');
  });

  it('leaves no markdown or HTML syntax in any text', () => {
    for (const b of blocks003) expect(b.text, `line ${b.line}`).not.toMatch(/<\/?sup>|\]\(|\*\*|\\/);
  });
});

/* ------------------------------------------------------------------ both seeds */

describe.each([
  ['000', src000, blocks000],
  ['003', src003, blocks003],
])('seed %s: source spans and encodings', (_name, src, blocks) => {
  const lineCount = src.split('\n').length;

  it('gives every block a line span inside the file, starts strictly increasing', () => {
    let prev = 0;
    for (const b of blocks) {
      expect(b.line).toBeGreaterThanOrEqual(1);
      expect(b.endLine).toBeGreaterThanOrEqual(b.line);
      expect(b.endLine).toBeLessThanOrEqual(lineCount);
      expect(b.line).toBeGreaterThan(prev);
      prev = b.line;
      for (const f of b.footnotes) expect(f.offset).toBeLessThanOrEqual(b.text.length);
      for (const l of b.links) expect(b.text.slice(l.offset, l.offset + l.text.length)).toBe(l.text);
    }
  });

  it('gives the same blocks for CRLF, a UTF-8 BOM and NFD input', () => {
    const bytes = (s: string) => Buffer.from(s, 'utf8');
    const crlf = decode(bytes(src.replace(/\n/g, '\r\n')));
    const bom = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes(src)]));
    const nfd = decode(bytes(src.normalize('NFD')));
    expect(parseMarkdown(crlf).blocks).toEqual(blocks);
    expect(parseMarkdown(bom).blocks).toEqual(blocks);
    expect(parseMarkdown(nfd).blocks).toEqual(blocks);
    // and without decode(): the front-end itself tolerates a BOM and CRLF
    expect(parseMarkdown(`\uFEFF${src.replace(/\n/g, '\r\n')}`).blocks).toEqual(blocks);
  });

  it('gives the same blocks for UTF-16 LE with BOM', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(src, 'utf16le')]);
    expect(parseMarkdown(decode(utf16)).blocks).toEqual(blocks);
  });

});

it('seed 000: gives the same blocks for Windows-1252 (œ is byte 0x9C)', () => {
  // seed 003 holds "ğ" (U+011F), which Windows-1252 cannot encode: only seed 000 is checked
  const cp = iconv.encode(src000, 'win1252');
  expect(cp.includes(0x9c)).toBe(true);
  expect(parseMarkdown(decode(cp)).blocks).toEqual(blocks000);
});

/* ------------------------------------------------------------------ small cases */

describe('markdown quirks on small inputs', () => {
  it('reads XXI<sup>e</sup> as an ordinal and <sup>a</sup> after a word as a footnote', () => {
    const [b] = parseMarkdown('Le XXI<sup>e</sup> siècle et le texte<sup>a</sup> suivant.').blocks;
    expect(b!.text).toBe('Le XXIe siècle et le texte suivant.');
    expect(b!.footnotes).toEqual([{ marker: 'a', offset: 'Le XXIe siècle et le texte'.length }]);
  });

  it('reads n<sup>o</sup> and n<sup>os</sup> as "no" and "nos", as the AKN text does, and <sup>3</sup> as a marker', () => {
    // A/RES/75/175 (../shared/akn-dev), footnote 4: `vol. 660, n<sup>o</sup> 9464`; footnote 8:
    // `Supplément n<sup>o</sup> 53` in italics
    const [b] = parseMarkdown('Nations Unies, *Recueil des Traités*, vol. 660, n<sup>o</sup> 9464, et *Supplément n*<sup>o</sup> *53*, n<sup>os</sup> 1 et 2<sup>3</sup>.').blocks;
    expect(b!.text).toBe('Nations Unies, Recueil des Traités, vol. 660, no 9464, et Supplément no 53, nos 1 et 2.');
    expect(b!.footnotes).toEqual([{ marker: '3', offset: b!.text.length - 1 }]);
    // A/RES/76/16, footnote 7: `vol. 2368, n<sup> o</sup> 42671.` (a space inside the superscript)
    const [spaced] = parseMarkdown('Ibid., vol. 2368, n <sup>o</sup> 42671.').blocks;
    expect([spaced!.text, spaced!.footnotes]).toEqual(['Ibid., vol. 2368, n o 42671.', []]);
  });

  it('reads emphasis markdown could not parse as text, and drops a `\\* \\* \\*` separator', () => {
    // renderings of A/RES/75/268 (`(Tadjikistan)`, the bracket in bold), A/RES/76/128 (an
    // italic comma) and A/RES/75/1 (`<p>* * *</p>` between parts of the declaration)
    const blocks = parseMarkdown('à Douchanbé (Tadjikistan**)**, et naturelles*,* et consciente.\n\n\\* \\* \\*\n\nSuite du point 93\\*.').blocks;
    expect(blocks.map((b) => [b.text, b.footnotes.map((f) => f.marker)])).toEqual([
      ['à Douchanbé (Tadjikistan), et naturelles, et consciente.', []],
      ['Suite du point 93.', ['*']],
    ]);
  });

  it('reads two bold spans printed one after the other as their text: `**[A/78/592](#)****.**`', () => {
    // A/RES/78/300 (../shared/akn-dev), note 4: `<span class="bold"><a …>A/78/592</a></span><span
    // class="bold">.</span>`
    const [b] = parseMarkdown('**[A/78/592](#)****.**').blocks;
    expect(b!.text).toBe('A/78/592.');
    expect(b!.footnotes).toEqual([]);
  });

  it('reads a bold bracket after a space as text: `2019 **(**COVID-19)`', () => {
    // A/RES/75/205 (../shared/akn-dev): `coronavirus 2019 <span class="bold">(</span>COVID-19), l’encours`
    const [b] = parseMarkdown("*Constatant avec préoccupation* qu'avant même la pandémie de maladie à coronavirus 2019 **(**COVID-19), l'encours total").blocks;
    expect(b!.text).toBe("Constatant avec préoccupation qu'avant même la pandémie de maladie à coronavirus 2019 (COVID-19), l'encours total");
    expect(b!.footnotes).toEqual([]);
  });

  it('joins a paragraph across a page end whatever the next part starts with, unless it opens a paragraph', () => {
    // A/RES/79/193 (`… sa résolution 78/323 du` / footnotes / `13 août 2024, par laquelle …`)
    // and A/RES/76/69 (`… de l’Organisation des Nations` / `Unies, soient célébrées …`)
    const page = (text: string) => `${text}\n\n---\n\n<sup>1</sup> Note.\n\n`;
    const md = page('*Rappelant* sa résolution [78/323](#) du') + '13 août 2024, par laquelle elle a proclamé,\n\n'
      + page('*Se félicitant* que la Journée, de l’Organisation des Nations') + 'Unies, soient célébrées,\n\n'
      + page('*Notant* que la Journée') + '*Rappelant* sa résolution,\n\n' + page('4. *Décide* que la Journée') + '5. *Prie* le Secrétaire général ;';
    expect(parseMarkdown(md).blocks.filter((b) => b.kind !== 'footnote').map((b) => b.text)).toEqual([
      'Rappelant sa résolution 78/323 du 13 août 2024, par laquelle elle a proclamé,',
      'Se félicitant que la Journée, de l’Organisation des Nations Unies, soient célébrées,',
      'Notant que la Journée', 'Rappelant sa résolution,', '4. Décide que la Journée', '5. Prie le Secrétaire général ;',
    ]);
  });

  it('does not join a paragraph that ends with terminal punctuation', () => {
    const blocks = parseMarkdown('Fin de phrase.\n\n<sup>1</sup> Note.\n\nsuite en minuscule.').blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'footnote', 'paragraph']);
  });

  it('keeps joining a paragraph cut by several page ends, footnotes after it in order', () => {
    const page = (n: number) => `<sup>${n}</sup> Note ${n}.`;
    const md = ['Un texte qui court<sup>1</sup> sur', page(1), 'trois pages<sup>2</sup> et', page(2), 'se termine ici.', 'Suivant.'].join('\n\n');
    const blocks = parseMarkdown(md).blocks;
    expect(blocks.map((b) => [b.kind, b.marker ?? null, b.text])).toEqual([
      ['paragraph', null, 'Un texte qui court sur trois pages et se termine ici.'],
      ['footnote', '1', 'Note 1.'],
      ['footnote', '2', 'Note 2.'],
      ['paragraph', null, 'Suivant.'],
    ]);
    expect(blocks[0]!.footnotes).toEqual([
      { marker: '1', offset: 'Un texte qui court'.length },
      { marker: '2', offset: 'Un texte qui court sur trois pages'.length },
    ]);
    expect([blocks[0]!.line, blocks[0]!.endLine]).toEqual([1, 9]);
  });

  it('does not join a lower-case bullet to a bullet without a page end between them', () => {
    const blocks = parseMarkdown('- la coopération\n- la stabilité').blocks;
    expect(blocks.map((b) => b.text)).toEqual(['la coopération', 'la stabilité']);
  });

  it('joins a heading broken over two heading lines', () => {
    const blocks = parseMarkdown('## Progrès de l’informatique\n\n## et sécurité internationale\n\nTexte.').blocks;
    expect(blocks[0]).toMatchObject({ kind: 'heading', text: 'Progrès de l’informatique et sécurité internationale', line: 1, endLine: 3 });
  });

  it('reads "text\\n---" as a paragraph before a rule, not a setext heading', () => {
    const blocks = parseMarkdown('mis en place pour\n---\n\n<sup>1</sup> Voir.\n\naméliorer le texte.').blocks;
    expect(blocks.map((b) => [b.kind, b.text, b.line, b.endLine])).toEqual([
      ['paragraph', 'mis en place pour améliorer le texte.', 1, 6],
      ['footnote', 'Voir.', 4, 4],
    ]);
    expect(parseMarkdown('Titre\n===\n\nTexte.').blocks[0]).toMatchObject({ kind: 'heading', text: 'Titre' });
  });

  it('reads a single tab-separated line as a row only with a dot leader', () => {
    expect(parseMarkdown('Texte\tavec une tabulation.').blocks[0]!.kind).toBe('paragraph');
    expect(parseMarkdown('Annexe . . . . .\t12').blocks[0]).toMatchObject({ kind: 'table-row', text: 'Annexe | 12' });
  });

  it('keeps typographic apostrophes and non-breaking spaces as written', () => {
    const [b] = parseMarkdown('l’Assemblée générale\u202f;').blocks;
    expect(b!.text).toBe('l’Assemblée générale ;');
  });
});

describe('robustness', () => {
  it('never throws and keeps spans valid on random markdown-like input', () => {
    const alphabet = fc.constantFrom(
      'a', 'É', ' ', '\n', '\n\n', '*', '**', '<sup>', '</sup>', '1', 'er', '[', '](#)', '](', ')', '- ', '1. ',
      '#', '---', '\t', '\\', '  \n', '> ', '<br>', '`', 'c) ', '\uE000',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')), (s) => {
        const r = parseMarkdown(s);
        const lines = s.split('\n').length;
        for (const b of r.blocks) {
          if (b.line < 1 || b.endLine < b.line || b.endLine > lines) return false;
          if (b.text.includes('\uE000')) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on truncated seeds', () => {
    for (let cut = 0; cut < src003.length; cut += 9973) expect(() => parseMarkdown(src003.slice(0, cut))).not.toThrow();
    for (let cut = 0; cut < src000.length; cut += 997) expect(() => parseMarkdown(src000.slice(0, cut))).not.toThrow();
  });
});
