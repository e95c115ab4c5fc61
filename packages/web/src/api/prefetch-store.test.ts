import { describe, expect, it } from 'vitest';
import { createPrefetchStore, PREFETCH_KEPT_MS, type EarlyAnswer } from './prefetch-store.ts';

/** A store whose reads answer when the test says, on a clock the test moves. */
function harness() {
  let clock = 1_000;
  const pending = new Map<string, (answer: EarlyAnswer | Error) => void>();
  const store = createPrefetchStore(
    (path) =>
      new Promise<EarlyAnswer>((resolve, reject) =>
        pending.set(path, (answer) => (answer instanceof Error ? reject(answer) : resolve(answer))),
      ),
    () => clock,
  );
  const answer = async (path: string, value: EarlyAnswer | Error) => {
    pending.get(path)!(value);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { store, answer, advance: (ms: number) => (clock += ms) };
}

describe('prefetch store', () => {
  it.each([
    {
      case: 'an answer that has come',
      answer: { ok: true, data: { n: 1 } } as EarlyAnswer,
      after: 0,
      expected: { data: { n: 1 } },
    },
    { case: 'a refusal', answer: { ok: false } as EarlyAnswer, after: 0, expected: null },
    { case: 'a failed read', answer: new Error('offline'), after: 0, expected: null },
    {
      case: 'an answer older than 10 s',
      answer: { ok: true, data: 1 } as EarlyAnswer,
      after: PREFETCH_KEPT_MS,
      expected: null,
    },
    {
      case: 'an answer just under 10 s old',
      answer: { ok: true, data: 2 } as EarlyAnswer,
      after: PREFETCH_KEPT_MS - 1,
      expected: { data: 2 },
    },
  ])('settled: $case', async ({ answer, after, expected }) => {
    const { store, answer: give, advance } = harness();
    store.start('/api/x');
    await give('/api/x', answer);
    advance(after);
    expect(store.settled('/api/x')).toEqual(expected);
  });

  it('has nothing settled before the answer comes, nor for a path never started', async () => {
    const { store, answer } = harness();
    store.start('/api/x');
    expect(store.settled('/api/x')).toBeNull();
    expect(store.settled('/api/y')).toBeNull();
    await answer('/api/x', { ok: true, data: 3 });
    expect(store.settled('/api/x')).toEqual({ data: 3 });
  });

  it('serves its answer once: take uses it up, for settled and take alike', async () => {
    const { store, answer } = harness();
    store.start('/api/x');
    const taken = store.take('/api/x');
    expect(taken).not.toBeNull();
    await answer('/api/x', { ok: true, data: 4 });
    await expect(taken).resolves.toEqual({ ok: true, data: 4 });
    expect(store.settled('/api/x')).toBeNull();
    expect(store.take('/api/x')).toBeNull();
  });

  it('turns a failed read into a not-ok answer for the taker', async () => {
    const { store, answer } = harness();
    store.start('/api/x');
    const taken = store.take('/api/x');
    await answer('/api/x', new Error('offline'));
    await expect(taken).resolves.toEqual({ ok: false });
  });

  it('does not serve a stale answer to a taker', async () => {
    const { store, answer, advance } = harness();
    store.start('/api/x');
    await answer('/api/x', { ok: true, data: 5 });
    advance(PREFETCH_KEPT_MS);
    expect(store.take('/api/x')).toBeNull();
  });

  it('tells when an answer has come without using it up', async () => {
    const { store, answer } = harness();
    await expect(store.whenSettled('/api/none')).resolves.toBeNull();
    store.start('/api/x');
    store.start('/api/refused');
    const later = store.whenSettled('/api/x');
    const refused = store.whenSettled('/api/refused');
    await answer('/api/x', { ok: true, data: 6 });
    await answer('/api/refused', { ok: false });
    await expect(later).resolves.toEqual({ data: 6 });
    await expect(refused).resolves.toBeNull();
    expect(store.settled('/api/x')).toEqual({ data: 6 });
  });
});
