import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session-context';
import { INCOMING_VIDEO_MODES, isIncomingVideo, isPageSize, PAGE_SIZES, type GridState } from '../../call/grid-state';
import type { Stage } from '../../call/tiles';
import { NextIcon, PreviousIcon } from '../common/icons';

const INCOMING_VIDEO_LABELS = {
  all: 'grid.incomingAll',
  speaker: 'grid.incomingSpeaker',
  none: 'grid.incomingNone',
} as const;

/** Above the videos: the pages, how many videos a page holds, and which videos to receive. */
export function GridToolbar({ stage, grid }: { stage: Stage; grid: GridState }) {
  return (
    <div className="grid-toolbar">
      {stage.pageCount > 1 && <Pager pageIndex={stage.pageIndex} pageCount={stage.pageCount} />}
      <ViewSettings grid={grid} />
    </div>
  );
}

function Pager({ pageIndex, pageCount }: { pageIndex: number; pageCount: number }) {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <nav className="pager" aria-label={t('grid.pages')}>
      <button
        type="button"
        className="button small ghost pager__button"
        disabled={pageIndex === 0}
        onClick={() => session.showPage(pageIndex - 1)}
      >
        <PreviousIcon />
        <span className="pager__text">{t('grid.previousPage')}</span>
      </button>
      <span className="pager__position" aria-live="polite">
        {t('grid.pageOf', { page: pageIndex + 1, count: pageCount })}
      </span>
      <button
        type="button"
        className="button small ghost pager__button"
        disabled={pageIndex >= pageCount - 1}
        onClick={() => session.showPage(pageIndex + 1)}
      >
        <span className="pager__text">{t('grid.nextPage')}</span>
        <NextIcon />
      </button>
    </nav>
  );
}

function ViewSettings({ grid }: { grid: GridState }) {
  const { t } = useTranslation();
  const session = useSession();
  const perPageId = useId();
  const incomingId = useId();
  return (
    <div className="view-settings">
      <div className="view-setting">
        <label htmlFor={perPageId}>{t('grid.perPage')}</label>
        <select
          id={perPageId}
          value={grid.pageSize}
          onChange={(event) => {
            const size = Number(event.target.value);
            if (isPageSize(size)) session.setPageSize(size);
          }}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      <div className="view-setting">
        <label htmlFor={incomingId}>{t('grid.incoming')}</label>
        <select
          id={incomingId}
          value={grid.incomingVideo}
          onChange={(event) => {
            if (isIncomingVideo(event.target.value)) session.setIncomingVideo(event.target.value);
          }}
        >
          {INCOMING_VIDEO_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(INCOMING_VIDEO_LABELS[mode])}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
