// PLACEHOLDER recognizer: every block becomes a text paragraph. Replaced by structure/.
import type { Document, DocumentMeta, FrontEndResult, SourceInfo } from '../types.js';

export interface RecognizeContext {
  source: SourceInfo;
  declared: DocumentMeta;
  fileName: string;
}

export function recognize(fe: FrontEndResult, ctx: RecognizeContext): Document {
  const d = ctx.declared;
  const symbol = d.symbol ?? fe.meta?.symbol ?? null;
  return {
    id: symbol ?? ctx.fileName.replace(/\.[^.]+$/, ''),
    symbol,
    aliases: d.aliases ?? [],
    kind: d.kind ?? 'other',
    title: d.title ?? null,
    organ: d.organ ?? null,
    committee: d.committee ?? null,
    session: d.session ?? null,
    agendaItem: d.agendaItem ?? null,
    date: d.date ?? null,
    distribution: d.distribution ?? null,
    language: d.language ?? 'fr',
    originalLanguages: d.originalLanguages ?? [],
    source: ctx.source,
    paragraphs: fe.blocks.map((b, i) => ({
      n: i + 1, kind: 'text', number: null, lead: null, text: b.text, section: null,
      footnotes: b.footnotes.map((f) => f.marker), line: b.line, endLine: b.endLine,
    })),
    footnotes: [],
    sponsors: [],
    citations: [],
    votes: [],
    parts: [],
    warnings: [...fe.warnings],
  };
}
