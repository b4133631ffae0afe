import type { RegisterCommand } from '../command.js';
import { registerAdd } from './add.js';
import { registerList } from './list.js';
import { registerShow } from './show.js';
import { registerStats } from './stats.js';
import { registerSearch } from './search.js';
import { registerRemove } from './remove.js';
import { registerDiff } from './diff.js';
import { registerHistory } from './history.js';
import { registerExport } from './export.js';
import { registerCheck } from './check.js';
import { registerCites } from './cites.js';
import { registerCitedBy } from './cited-by.js';
import { registerVotes } from './votes.js';

/**
 * Every command by its name, in the order `--help` lists them. Add one line per new command; the
 * name is the one its module gives to `program.command()` (test/cli/main.test.ts checks it).
 */
export const COMMANDS: Record<string, RegisterCommand> = {
  add: registerAdd,
  list: registerList,
  show: registerShow,
  search: registerSearch,
  diff: registerDiff,
  history: registerHistory,
  cites: registerCites,
  'cited-by': registerCitedBy,
  votes: registerVotes,
  export: registerExport,
  stats: registerStats,
  check: registerCheck,
  remove: registerRemove,
};
