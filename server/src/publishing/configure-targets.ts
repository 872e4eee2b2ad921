import {
  AppError,
  TARGET_SECRET_FIELDS,
  type ExternalTarget,
  type PublishingTargetsUpdate,
} from '@palabre/shared';
import type { PublishingTargetStore } from '../storage/publishing-target-store.js';
import { privateHostProblem } from './targets/outbound-url.js';

const urlOf = (kind: ExternalTarget, settings: Record<string, unknown>) =>
  String(kind === 'mediawiki' ? settings.apiUrl : kind === 'discourse' ? settings.baseUrl : settings.url);

/**
 * Applies a facilitator's (already parsed) change of the room's targets: null removes one; a
 * target given without its secret keeps the stored one, so the form need not ask for it again.
 * All checks run before anything is written.
 */
export function configureTargets(
  room: string,
  update: PublishingTargetsUpdate,
  store: PublishingTargetStore,
  options: { allowPrivateHosts: boolean },
): void {
  const writes: (() => void)[] = [];
  for (const kind of ['mediawiki', 'discourse', 'webhook'] as const) {
    const given = update[kind];
    if (given === undefined) continue;
    if (given === null) {
      writes.push(() => store.remove(room, kind));
      continue;
    }
    const secretField = TARGET_SECRET_FIELDS[kind];
    const { [secretField]: givenSecret, ...settings } = given as Record<string, unknown>;
    const secret = (givenSecret as string | undefined) ?? store.get(room, kind)?.secret;
    if (!secret) throw new AppError('INVALID_PAYLOAD', `${kind}: ${secretField} is required`);
    const problem = options.allowPrivateHosts ? null : privateHostProblem(urlOf(kind, settings));
    if (problem) throw new AppError('INVALID_PAYLOAD', `${kind}: ${problem}; publishing targets must be public`);
    writes.push(() => store.put(room, kind, settings, secret));
  }
  for (const write of writes) write();
}
