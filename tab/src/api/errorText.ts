import type { Messages } from '../i18n';
import { ApiRequestError } from './client';

/** The server's own Danish message when it sent one; otherwise a message of our own. */
export function errorText(err: unknown, t: Messages): string {
  if (err instanceof ApiRequestError) {
    if (err.serverMessage) return err.serverMessage;
    return err.kind === 'network' ? t.errors.network : t.errors.unexpected(err.status);
  }
  return t.errors.unexpected(0);
}

export function fieldErrors(err: unknown): Record<string, string> {
  return err instanceof ApiRequestError ? err.fields : {};
}
