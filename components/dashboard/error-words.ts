import { isQuotaError } from '@/lib/store';
import { s } from './strings';

/** Why a store operation failed, in words for the user: a full disk is named as such, anything else as the error says. */
export function errorInWords(error: unknown): string {
  if (isQuotaError(error)) return s('storageFull');
  return error instanceof Error ? error.message : String(error);
}
