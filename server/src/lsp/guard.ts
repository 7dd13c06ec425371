import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { Guard } from './context';

/**
 * The one request wrapper: a throw answers the request with an error and is logged, so a bug in
 * one feature never takes the server down; a ResponseError (bad parameters) goes to the client as is.
 */
export function guardWith(logError: (where: string, e: unknown) => void): Guard {
  return (name, handler) => async (params, token) => {
    try {
      return await handler(params, token);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      logError(name, e);
      throw new ResponseError(ErrorCodes.InternalError, `macroplan: ${name} failed: ${(e as Error)?.message ?? String(e)}`);
    }
  };
}
