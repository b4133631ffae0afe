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

/** Every command, in the order `--help` lists them. Add one line per new command. */
export const COMMANDS: RegisterCommand[] = [
  registerAdd,
  registerList,
  registerShow,
  registerSearch,
  registerDiff,
  registerExport,
  registerStats,
  registerCheck,
  registerRemove,
];
