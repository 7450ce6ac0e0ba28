import { describe, expect, it } from 'vitest';
import { decodeStory, encodeStory, STORY_FILE_VERSION, STORY_URL_LIMIT, STORY_VERSION, storyFromJson, storyToJson, type Story } from '../../../src/story/codec';

const small: Story = {
  title: 'Ten years of the Conference',
  steps: [
    { date: '2016-05-26', caption: '', notes: '', views: ['map', 'timeline'], theme: null },
    { date: '2019-06-04', caption: 'Greece joins in Bucharest', notes: 'Pause here – “ask the room”. Ünïcödé & <b>not markup</b>', views: ['timeline'], theme: 'financial' },
    { date: '2021-01-01', caption: 'A date of my own', notes: '', views: ['map', 'secretariat', 'board', 'timeline'], theme: null },
  ],
};

/** A talk of 20 steps, each with a caption and a sentence of notes, in plain English. */
const talk: Story = {
  title: 'Organized crime prosecutors in South-Eastern Europe: a network of trust',
  steps: Array.from({ length: 20 }, (_, i) => ({
    date: `20${16 + (i % 8)}-0${1 + (i % 9)}-1${i % 10}`,
    caption: `Step ${i + 1}: the network grows, and the prosecutors meet again`,
    notes: `Remind the audience that this meeting brought prosecutors from several countries together, and that the sources quoted on screen are public texts of the OSCE and the Council of Europe (${i + 1}).`,
    views: i % 3 === 0 ? ['map', 'secretariat', 'timeline'] : ['map', 'timeline'],
    theme: i % 4 === 0 ? 'financial' : null,
  })),
};

describe('the story in a link', () => {
  it.each([
    ['a small story', small],
    ['a talk of 20 steps', talk],
  ])('reads back %s exactly, and leaves it unchanged', (_, story) => {
    const before = structuredClone(story);
    const code = encodeStory(story);
    expect(decodeStory(code)).toEqual({ ok: true, story });
    expect(story).toEqual(before);
  });

  it('is compact: no character the URL must escape, a version in front', () => {
    const code = encodeStory(small);
    expect(code).toMatch(new RegExp(`^${STORY_VERSION}\\.[A-Za-z0-9_-]+$`));
    expect(new URLSearchParams({ story: code }).toString()).toBe(`story=${code}`);
  });

  it('fits a talk of 20 steps with a sentence of notes each in a URL under 8 000 characters', () => {
    const url = `https://example.org/pcocp/?present=1&date=2016-05-26&story=${encodeStory(talk)}`;
    expect(url.length).toBeLessThan(STORY_URL_LIMIT);
    expect(talk.steps.every((s) => s.notes.length > 150)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['no version', 'abc'],
    ['version 0', `0.${encodeStory(small).slice(2)}`],
    ['not base64url', '1.$$$'],
    ['cut short', encodeStory(small).slice(0, 40)],
    ['one character changed', encodeStory(small).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))],
    ['not JSON', `1.${btoa('not json')}`],
    ['no steps', encodeStory({ title: '', steps: [] })],
    ['a date that is no day', `1.${btoa(JSON.stringify(['', [['2019-02-30']]]))}`],
    ['a month for a date', `1.${btoa(JSON.stringify(['', [['2019-02']]]))}`],
    ['no views', `1.${btoa(JSON.stringify(['', [['2019-02-03', '', '', 0]]]))}`],
    ['an unknown view', `1.${btoa(JSON.stringify(['', [['2019-02-03', '', '', 16]]]))}`],
    ['a theme that is no id', `1.${btoa(JSON.stringify(['', [['2019-02-03', '', '', 1, '<script>']]]))}`],
    ['a caption too long', encodeStory({ title: '', steps: [{ ...small.steps[0]!, caption: 'x'.repeat(301) }] })],
    ['a number for a caption', `1.${btoa(JSON.stringify(['', [['2019-02-03', 5]]]))}`],
  ])('reads a malformed link (%s) as malformed, never as half a story', (_, code) => {
    expect(decodeStory(code)).toEqual({ ok: false, problem: 'malformed' });
  });

  it('opens a link written by version 1 (views as a bit set) as it opened then', () => {
    // Written by the version 1 encoder (commit 97c63a4), kept as it was sent around.
    const old = '1.WyJBbiBvbGRlciB0YWxrIixbWyIyMDE2LTA1LTI2Il0sWyIyMDE5LTA2LTA0IiwiR3JlZWNlIGpvaW5zIiwiU2F5IHdoeSIsMTIsImZpbmFuY2lhbCJdLFsiMjAyMS0wMS0wMSIsIiIsIiIsMTVdLFsiMjAyMi0wMy0wMSIsIiIsIiIsMl1dXQ';
    const read = decodeStory(old);
    expect(read).toEqual({
      ok: true,
      story: {
        title: 'An older talk',
        steps: [
          { date: '2016-05-26', caption: '', notes: '', views: ['map', 'timeline'], theme: null },
          { date: '2019-06-04', caption: 'Greece joins', notes: 'Say why', views: ['secretariat', 'board'], theme: 'financial' },
          { date: '2021-01-01', caption: '', notes: '', views: ['map', 'secretariat', 'board', 'timeline'], theme: null },
          { date: '2022-03-01', caption: '', notes: '', views: ['timeline'], theme: null },
        ],
      },
    });
    // Written again, it is a link of this version that reads back the same.
    const again = encodeStory((read as { story: Story }).story);
    expect(again.startsWith(`${STORY_VERSION}.`)).toBe(true);
    expect(decodeStory(again)).toEqual(read);
  });

  it('names the views by id, and leaves out a view it does not know (one since removed) rather than the step', () => {
    const code = `2.${btoa(JSON.stringify(['', [['2019-02-03', '', '', 'board,slides,map'], ['2019-02-04', '', '', 'slides,timeline']]])).replace(/=+$/, '')}`;
    expect(decodeStory(code)).toEqual({
      ok: true,
      story: { title: '', steps: [
        { date: '2019-02-03', caption: '', notes: '', views: ['map', 'board'], theme: null },
        { date: '2019-02-04', caption: '', notes: '', views: ['timeline'], theme: null },
      ] },
    });
    expect(decodeStory(`2.${btoa(JSON.stringify(['', [['2019-02-03', '', '', 'slides']]])).replace(/=+$/, '')}`)).toEqual({ ok: false, problem: 'malformed' });
  });

  it('recognises a link from a newer version without reading it', () => {
    expect(decodeStory(`${STORY_VERSION + 1}.whatever-it-holds`)).toEqual({ ok: false, problem: 'future' });
    expect(decodeStory(`${STORY_VERSION + 1}.${encodeStory(small).slice(2)}`)).toEqual({ ok: false, problem: 'future' });
  });
});

describe('the story in a file', () => {
  it('reads back exactly and says what it is', () => {
    const text = storyToJson(small);
    expect(JSON.parse(text)).toMatchObject({ format: 'pcocp-story', version: STORY_FILE_VERSION, title: small.title });
    expect(storyFromJson(text)).toEqual({ ok: true, story: small });
  });

  it.each([
    ['not JSON', '{'],
    ['another format', JSON.stringify({ format: 'slides', version: 1, steps: [] })],
    ['a step without views', JSON.stringify({ format: 'pcocp-story', version: 1, title: '', steps: [{ date: '2019-06-04' }] })],
    ['an unknown view', JSON.stringify({ format: 'pcocp-story', version: 1, title: '', steps: [{ date: '2019-06-04', views: ['slides'] }] })],
  ])('reads a malformed file (%s) as malformed', (_, text) => {
    expect(storyFromJson(text)).toEqual({ ok: false, problem: 'malformed' });
  });

  it('recognises a file from a newer version', () => {
    expect(storyFromJson(JSON.stringify({ format: 'pcocp-story', version: STORY_FILE_VERSION + 1, steps: 'anything' }))).toEqual({ ok: false, problem: 'future' });
  });
});
