import type { RegisterCommand } from '../command.js';

export const registerRemove: RegisterCommand = (program, ctx) => {
  program.command('remove')
    .argument('<refs...>', 'documents to remove (id, symbol, 78/237, or file path)')
    .description('remove documents (and their parts) from the corpus')
    .action(async (refs: string[]) => {
      const { notice } = await import('../../format/output.js');
      const db = await ctx.open('write');
      const { resolveRef } = await import('../../store/refs.js');
      const { UsageError, quoted } = await import('../../errors.js');
      const { Writer } = await import('../../store/write.js');
      const { writeTransaction } = await import('../../store/store.js');
      // the references are resolved inside the write transaction: a deferred one read first and
      // then could not be upgraded while another process wrote (issue 18, item 12)
      const ids = writeTransaction(db, () => {
        const found = refs.map((ref) => {
          const r = resolveRef(db, ref);
          if (r.kind !== 'stored') throw new UsageError(`${quoted(ref)} is not in the corpus`);
          const row = db.prepare('SELECT parent_id FROM documents WHERE id = ?').get(r.id) as { parent_id: string | null };
          if (row.parent_id) throw new UsageError(`'${r.id}' is a part of ${row.parent_id}; remove the whole document`);
          return r.id;
        });
        const writer = new Writer(db);
        for (const id of found) writer.delete(id);
        writer.tidyIndexes();
        return found;
      }, ctx.writeWait());
      notice(`${ids.length} removed`);
    });
};
