import type { RegisterCommand } from '../command.js';
import { registerAdd } from './add.js';
import { registerList } from './list.js';
import { registerShow } from './show.js';
import { registerStats } from './stats.js';
import { registerSearch } from './search.js';
import { registerRemove } from './remove.js';
import { registerDiff } from './diff.js';
import { registerExport } from './export.js';
import { registerCheck } from './check.js';
import { registerCites } from './cites.js';
import { registerCitedBy } from './cited-by.js';
import { registerVotes } from './votes.js';

/** Every command, in the order `--help` lists them. Add one line per new command. */
export const COMMANDS: RegisterCommand[] = [
  registerAdd,
  registerList,
  registerShow,
  registerSearch,
  registerDiff,
  registerCites,
  registerCitedBy,
  registerVotes,
  registerExport,
  registerStats,
  registerCheck,
  registerRemove,
];
