import { Test, type TestingModule } from '@nestjs/testing';
import { ConfigModule, readHearthConfig } from '@app/config';
import { closeTestDb, resetDatabase, testDb } from '@app/testing';
import { SufficiencyFiguresModule } from './sufficiency-figures.module';
import { TakeSufficiencySnapshotUseCase } from './take-sufficiency-snapshot.use-case';

const rows = async () => (await (await testDb()).query(
  `SELECT to_char(taken_on, 'YYYY-MM-DD') AS day, taken_at AS "takenAt", count(*)::int AS areas FROM sufficiency_snapshot GROUP BY taken_on, taken_at ORDER BY taken_on`)).rows;

describe('TakeSufficiencySnapshotUseCase against PostgreSQL', () => {
  let app: TestingModule;
  let sut: TakeSufficiencySnapshotUseCase;
  const at = (iso: string) => new Date(iso);

  beforeAll(async () => {
    app = await Test.createTestingModule({ imports: [ConfigModule.forRoot(readHearthConfig()), SufficiencyFiguresModule] }).compile();
    await app.init();
    sut = app.get(TakeSufficiencySnapshotUseCase);
  });
  beforeEach(() => resetDatabase());
  afterAll(async () => {
    await app.close();
    await closeTestDb();
  });

  it("stores every area under the London day, and a second run that day replaces the day's figures", async () => {
    expect(await sut.execute(at('2026-06-01T09:00:00Z'))).toMatchObject({ takenOn: '2026-06-01', areas: 163 });
    await sut.execute(at('2026-06-01T12:00:00Z'));
    expect(await rows()).toEqual([{ day: '2026-06-01', takenAt: at('2026-06-01T12:00:00Z'), areas: 163 }]);
  });

  it('counts the day in London time: 23:30 UTC in summer is already the next day', async () => {
    expect((await sut.execute(at('2026-06-01T23:30:00Z'))).takenOn).toBe('2026-06-02');
  });

  it('lets a late retry of an earlier computation change nothing, and keeps another day apart', async () => {
    await sut.execute(at('2026-06-01T12:00:00Z'));
    await sut.execute(at('2026-06-01T09:00:00Z'));
    await sut.execute(at('2026-06-02T02:00:00Z'));
    expect(await rows()).toEqual([
      { day: '2026-06-01', takenAt: at('2026-06-01T12:00:00Z'), areas: 163 },
      { day: '2026-06-02', takenAt: at('2026-06-02T02:00:00Z'), areas: 163 },
    ]);
  });
});
