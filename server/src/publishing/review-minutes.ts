import * as Y from 'yjs';
import { AppError, bytesToBase64, type ReviewMinutesSync } from '@palabre/shared';
import { docFromUpdates, type MinutesStore } from '../storage/minutes-store.js';
import type { ReportRecord, ReportStore } from '../storage/report-store.js';

/** Fold the stored updates into a snapshot once this many were appended, as in the call. */
const COMPACT_EVERY = 200;

export const FINAL_REPORT_MESSAGE =
  'these minutes are published: their text can no longer change (a correction goes in the next meeting’s minutes)';

/**
 * The minutes of a meeting that ended, still editable by its facilitators while its report is
 * in review: the Yjs document of the call, synced over HTTP now that the call is over.
 *
 * There is no live document: each request replays the stored one (a few kilobytes, edited by a
 * facilitator fixing a typo, not by a room typing together). An update is checked, applied and
 * appended in one transaction that also checks the report is not final yet; archiving takes the
 * report's text from the stored minutes in a transaction too (deliver-archive.ts). So an
 * acknowledged correction is always in what is published, and one that comes later is refused
 * and stores nothing.
 */
export class ReviewMinutes {
  constructor(private readonly deps: { minutes: MinutesStore; reports: ReportStore }) {}

  /** Yjs sync step 1, answered as in the call: what the editor lacks, and the server's state vector. */
  sync(report: ReportRecord, stateVector: Uint8Array): ReviewMinutesSync {
    this.requireInReview(report);
    try {
      Y.decodeStateVector(stateVector);
    } catch (error) {
      throw new AppError('INVALID_PAYLOAD', `not a Yjs state vector (${(error as Error).message})`);
    }
    const doc = this.deps.minutes.replay(report.meetingId);
    try {
      return {
        meetingId: report.meetingId,
        update: bytesToBase64(Y.encodeStateAsUpdate(doc, stateVector)),
        stateVector: bytesToBase64(Y.encodeStateVector(doc)),
      };
    } finally {
      doc.destroy();
    }
  }

  /** An editor's update: stored durably before the answer, or refused with nothing stored. */
  update(report: ReportRecord, update: Uint8Array): void {
    try {
      Y.decodeUpdate(update);
    } catch (error) {
      throw new AppError('INVALID_PAYLOAD', `not a Yjs update (${(error as Error).message})`);
    }
    const { minutes } = this.deps;
    minutes.transaction(() => {
      this.requireInReview(report);
      const stored = minutes.load(report.meetingId);
      const { doc } = docFromUpdates(stored.updates);
      try {
        try {
          Y.applyUpdate(doc, update);
        } catch (error) {
          throw new AppError('INVALID_PAYLOAD', `the update does not apply (${(error as Error).message})`);
        }
        minutes.append(report.meetingId, update);
        if (stored.pendingRows + 1 >= COMPACT_EVERY) minutes.compact(report.meetingId, doc);
      } finally {
        doc.destroy();
      }
    })();
  }

  private requireInReview(report: ReportRecord): void {
    if (this.deps.reports.isFinal(report.id)) throw new AppError('FORBIDDEN', FINAL_REPORT_MESSAGE);
  }
}
