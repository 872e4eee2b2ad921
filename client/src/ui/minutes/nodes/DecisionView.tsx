import { useTranslation } from 'react-i18next';
import type { ReactNodeViewProps } from '@tiptap/react';
import { BlockFrame } from './BlockFrame';
import { CountField } from './fields';

const OUTCOMES = ['none', 'consensus', 'vote'] as const;
const VOTES = ['votesFor', 'votesAgainst', 'votesAbstain'] as const;

/** A decision, and how it was taken: not said, by consensus, or by a vote with its counts. */
export function DecisionView({ node, updateAttributes }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const outcome = OUTCOMES.find((value) => value === node.attrs.outcome) ?? 'none';
  return (
    <BlockFrame kind="decision" isPrivate={node.attrs.private === true}>
      <select
        className="minutes-field"
        aria-label={t('minutes.outcome')}
        value={outcome}
        onChange={(event) => updateAttributes({ outcome: event.target.value })}
      >
        {OUTCOMES.map((value) => (
          <option key={value} value={value}>
            {t(`minutes.outcomes.${value}`)}
          </option>
        ))}
      </select>
      {outcome === 'vote' &&
        VOTES.map((name) => (
          <CountField
            key={name}
            label={t(`minutes.${name}`)}
            value={Number(node.attrs[name]) || 0}
            onChange={(value) => updateAttributes({ [name]: value })}
          />
        ))}
    </BlockFrame>
  );
}
