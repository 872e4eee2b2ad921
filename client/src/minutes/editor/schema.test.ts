import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { GENERAL_SECTION_ID, MINUTES_NODES } from '@palabre/shared';
import { minutesSchemaExtensions } from './extensions';
import { sameSections, sectionKeys } from './section-guard';

const schema = getSchema(minutesSchemaExtensions());

describe('the minutes schema', () => {
  it('has the nodes and attributes of the contract, by their exact names', () => {
    const attributes = (name: string) => Object.keys(schema.nodes[name]?.spec.attrs ?? {}).sort();
    expect(attributes(MINUTES_NODES.section)).toEqual(['itemId', 'private', 'title']);
    expect(attributes(MINUTES_NODES.decision)).toEqual(['outcome', 'private', 'votesAbstain', 'votesAgainst', 'votesFor']);
    expect(attributes(MINUTES_NODES.action)).toEqual(['done', 'due', 'owner', 'private']);
    expect(attributes(MINUTES_NODES.question)).toEqual(['private']);
    expect(attributes(MINUTES_NODES.paragraph)).toEqual(['private']);
  });

  it('holds nothing else: no headings, lists or code blocks no reader would understand', () => {
    const blocks = Object.values(schema.nodes)
      .filter((type) => type.isBlock)
      .map((type) => type.name)
      .sort();
    expect(blocks).toEqual(['action', 'agendaSection', 'decision', 'doc', 'openQuestion', 'paragraph'].sort());
  });

  it('makes a note by default inside a section', () => {
    const section = schema.nodes[MINUTES_NODES.section]!;
    expect(section.contentMatch.defaultType?.name).toBe(MINUTES_NODES.paragraph);
    expect(schema.nodes[MINUTES_NODES.decision]!.create().attrs).toEqual({
      outcome: 'none',
      votesFor: 0,
      votesAgainst: 0,
      votesAbstain: 0,
      private: false,
    });
  });
});

describe('the section guard', () => {
  const section = (itemId: string, text: string) =>
    schema.node(MINUTES_NODES.section, { itemId, title: itemId }, [schema.node(MINUTES_NODES.paragraph, null, text ? [schema.text(text)] : [])]);

  it('allows edits within sections and refuses merging, dropping or reordering them', () => {
    const before = schema.node('doc', null, [section(GENERAL_SECTION_ID, ''), section('a', 'un'), section('b', 'deux')]);
    const edited = schema.node('doc', null, [section(GENERAL_SECTION_ID, 'x'), section('a', 'un et'), section('b', '')]);
    const merged = schema.node('doc', null, [section(GENERAL_SECTION_ID, ''), section('a', 'undeux')]);
    const swapped = schema.node('doc', null, [section(GENERAL_SECTION_ID, ''), section('b', 'deux'), section('a', 'un')]);
    expect(sectionKeys(before)).toEqual([GENERAL_SECTION_ID, 'a', 'b']);
    expect(sameSections(before, edited)).toBe(true);
    expect(sameSections(before, merged)).toBe(false);
    expect(sameSections(before, swapped)).toBe(false);
  });
});
