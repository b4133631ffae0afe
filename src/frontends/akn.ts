// PLACEHOLDER: the Akoma Ntoso front-end is built in its own change.
import type { FrontEndResult } from '../types.js';
import { InputError } from '../errors.js';

export function parseAkn(_text: string): FrontEndResult {
  throw new InputError('Akoma Ntoso is not read yet');
}
