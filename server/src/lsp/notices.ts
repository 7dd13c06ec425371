/** `macroplan/profile` (protocol.ts): which profile a document got and why, sent when that changed. */
import type { Connection } from 'vscode-languageserver/node';
import type { CheckResult } from '../core/engine';
import type { DocState } from './documents';
import { PROFILE_NOTIFICATION, type ProfileNotice } from './protocol';

export async function sendProfile(connection: Connection, uri: string, st: DocState, result: Pick<CheckResult, 'choice'> & { profile?: { name: string; kind: string } }): Promise<void> {
  const notice: ProfileNotice = { uri, profile: result.profile?.name ?? null, kind: result.profile?.kind ?? null, reason: result.choice.reason };
  const key = `${notice.profile}\0${notice.reason}`;
  if (st.profileKey === key) return;
  st.profileKey = key;
  await connection.sendNotification(PROFILE_NOTIFICATION, notice).catch(() => undefined);
}
