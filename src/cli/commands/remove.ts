import type { RegisterCommand } from '../command.js';

export const registerRemove: RegisterCommand = (program, ctx) => {
  program.command('remove')
    .argument('<refs...>', 'documents to remove (id, symbol, 78/237, or file path)')
    .description('remove documents (and their parts) from the corpus')
    .action(async (refs: string[]) => {
      const { notice } = await import('../../format/output.js');
      const db = await ctx.open();
      const { resolveRef } = await import('../../store/refs.js');
      const { UsageError } = await import('../../errors.js');
      const ids = refs.map((ref) => {
        const r = resolveRef(db, ref);
        if (r.kind !== 'stored') throw new UsageError(`'${ref}' is not in the corpus`);
        const row = db.prepare('SELECT parent_id FROM documents WHERE id = ?').get(r.id) as { parent_id: string | null };
        if (row.parent_id) throw new UsageError(`'${r.id}' is a part of ${row.parent_id}; remove the whole document`);
        return r.id;
      });
      const { Writer } = await import('../../store/write.js');
      const writer = new Writer(db);
      db.transaction(() => {
        for (const id of ids) writer.delete(id);
        writer.tidyIndexes();
      })();
      notice(`${ids.length} removed`);
    });
};
