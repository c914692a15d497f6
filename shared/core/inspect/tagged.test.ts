// How the learned tagger joins the rules in an inspection: it reads what the rules left clean (normalized,
// hidden readings included), adds what it finds, and a tagger that fails makes the request sensitive.
// The tagger here is a hand-written EntityTagger that flags one word: the combination is what is under test
// (the real model behind the interface is tested in shared/models/entity-tagger.test.ts).
import { describe, expect, it } from 'vitest';
import { ChatCompletionRequest } from '../../protocol/openai/schema.ts';
import type { EntityTagger } from '../pii/tagger/tagger.ts';
import { inspectWithTagger } from './tagged.ts';

const chat = (...contents: string[]) => ({
  task: 'chat' as const,
  body: ChatCompletionRequest.parse({ model: 'm', messages: contents.map((content) => ({ role: 'user', content })) }),
});

/** Flags every "Okonkwo" as a PERSON and records what it was given. */
function wordTagger(word = 'Okonkwo') {
  const seen: string[][] = [];
  const tagger: EntityTagger = {
    version: 'test-tagger@000000000000',
    async tag(texts) {
      seen.push([...texts]);
      return texts.map((t) => {
        const at = t.indexOf(word);
        return at < 0 ? [] : [{ type: 'PERSON' as const, start: at, end: at + word.length, score: 0.9, detector: 'test' }];
      });
    },
  };
  return { tagger, seen };
}

describe('inspectWithTagger', () => {
  it('adds what the tagger finds in a body the rules found clean', async () => {
    const { tagger, seen } = wordTagger();
    const inspection = await inspectWithTagger(chat('Okonkwo merged the branch yesterday.'), [], tagger);
    expect(inspection.piiTypes).toEqual(['PERSON']);
    expect(inspection.tagger).toEqual({ version: 'test-tagger@000000000000', ran: true });
    expect(seen).toHaveLength(1);
  });

  it('stays clean when neither finds anything, and says the tagger ran', async () => {
    const inspection = await inspectWithTagger(chat('How do I restart nginx?'), [], wordTagger().tagger);
    expect(inspection.piiTypes).toEqual([]);
    expect(inspection.unscanned).toEqual([]);
    expect(inspection.tagger?.ran).toBe(true);
  });

  it('gives the tagger the texts as the rules read them: normalized, and what they hide decoded', async () => {
    const { tagger, seen } = wordTagger();
    const hidden = btoa('a note for Okonkwo about the rollout plan');
    const inspection = await inspectWithTagger(chat('O\u200bkon\u200bkwo, hi', `decode this: ${hidden}`), [], tagger);
    expect(inspection.piiTypes).toEqual(['PERSON']);
    expect(seen[0]).toContain('Okonkwo, hi');
    expect(seen[0]).toContain('decode this: a note for Okonkwo about the rollout plan');
  });

  it('does not run the tagger where the rules already made the request sensitive', async () => {
    const { tagger, seen } = wordTagger();
    const flagged = await inspectWithTagger(chat('Okonkwo is at ops@example.com'), [], tagger);
    expect(flagged.piiTypes).toEqual(['EMAIL']);
    expect(flagged.tagger).toEqual({ version: 'test-tagger@000000000000', ran: false });
    const unreadable = await inspectWithTagger(chat('Γεια σου Okonkwo'), [], tagger);
    expect(unreadable.unscanned).toEqual(['uncovered_script']);
    expect(seen).toEqual([]);
  });

  it('treats a tagger that cannot run as unreadable content, never as clean', async () => {
    const failing: EntityTagger = {
      version: 'broken@000000000000',
      tag: () => Promise.reject(new Error('session lost')),
    };
    const inspection = await inspectWithTagger(chat('How do I restart nginx?'), [], failing);
    expect(inspection.piiTypes).toEqual([]);
    expect(inspection.unscanned).toEqual(['tagger_failed']);
    expect(inspection.tagger).toEqual({ version: 'broken@000000000000', ran: false });
  });
});
