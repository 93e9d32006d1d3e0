import { GroupCommit } from './group-commit';

/** Records the batches it is asked to write; a key starting "bad" breaks any batch it is in. */
class RecordingWriter {
  readonly batches: string[][] = [];
  readonly writeMany = async (keys: readonly string[]): Promise<Map<string, string>> => {
    this.batches.push([...keys]);
    await new Promise((r) => setTimeout(r, 5));
    if (keys.some((k) => k.startsWith('bad'))) throw new Error('bad record');
    return new Map(keys.map((k) => [k, `done ${k}`]));
  };
}

describe('GroupCommit', () => {
  it('writes jobs that arrive together in shared batches, and each job learns its own outcome', async () => {
    const writer = new RecordingWriter();
    const sut = new GroupCommit(writer.writeMany);
    const keys = Array.from({ length: 50 }, (_, i) => `e-${i}`);
    expect(await Promise.all(keys.map((k) => sut.run(k)))).toEqual(keys.map((k) => `done ${k}`));
    expect(writer.batches.length).toBeLessThan(10);
    expect(writer.batches.flat().sort()).toEqual([...keys].sort());
  });

  it('when a batch fails, writes its records one by one so only the broken one fails', async () => {
    const sut = new GroupCommit(new RecordingWriter().writeMany);
    const results = await Promise.allSettled(['e-0', 'e-1', 'bad-2', 'e-3'].map((k) => sut.run(k)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
  });

  it('writes a key once for two jobs waiting on it together', async () => {
    const writer = new RecordingWriter();
    const sut = new GroupCommit(writer.writeMany);
    // Four batches in flight fill every slot, so the next two jobs wait together.
    const busy = ['a', 'b', 'c', 'd'].map((k) => sut.run(k));
    const twins = [sut.run('e-1'), sut.run('e-1')];
    expect(await Promise.all(twins)).toEqual(['done e-1', 'done e-1']);
    await Promise.all(busy);
    expect(writer.batches.flat().filter((k) => k === 'e-1')).toHaveLength(1);
  });
});
