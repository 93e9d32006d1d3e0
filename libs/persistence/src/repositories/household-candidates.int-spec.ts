import { Test, type TestingModule } from '@nestjs/testing';
import { ConfigModule, readHearthConfig } from '@app/config';
import { boundingBox } from '@app/domain';
import { closeTestDb, resetDatabase, testDb } from '@app/testing';
import { PersistenceModule } from '../persistence.module';
import { HouseholdRepository, type CandidateFilter, type HouseholdRegistration } from './household.repository';

const LONDON = { latitude: 51.5, longitude: -0.12 };
const ANY_HOME: CandidateFilter = { fosteringType: null, youngest: null, oldest: null, freePlaces: null };

function home(externalRef: string, milesNorth: number, overrides: Partial<HouseholdRegistration> = {}): HouseholdRegistration {
  return {
    serviceId: '', externalRef, councilCode: 'E09000033', postcode: 'SW1A 1AA',
    latitude: LONDON.latitude + milesNorth / 69.0, longitude: LONDON.longitude, approvalStatus: 'approved', temporaryUntil: null,
    terms: { minAge: 0, maxAge: 17, maxChildren: 2, fosteringTypes: ['short-term', 'long-term'] },
    shortageCategories: [], experiencedWithNeeds: [], accessibility: [], languages: ['en'], religion: null, culturalBackgrounds: [], pets: [],
    ownChildrenAges: [], yearsFostering: 3, weeklyCostPounds: 450, ...overrides,
  };
}

describe('HouseholdRepository.candidates against PostgreSQL', () => {
  let app: TestingModule;
  let households: HouseholdRepository;
  let serviceId: string;
  const ids = async (area: Parameters<HouseholdRepository['candidates']>[0], filter = ANY_HOME) =>
    (await households.candidates(area, filter)).map((h) => h.id).sort();

  beforeAll(async () => {
    app = await Test.createTestingModule({ imports: [ConfigModule.forRoot(readHearthConfig()), PersistenceModule] }).compile();
    households = app.get(HouseholdRepository);
  });
  beforeEach(async () => {
    await resetDatabase();
    const { rows } = await (await testDb()).query(`INSERT INTO fostering_service (code, name, kind, agency_sector) VALUES ('AG-CAND', 'Candidates', 'agency', 'private') RETURNING id`);
    serviceId = rows[0].id;
  });
  afterAll(async () => {
    await app.close();
    await closeTestDb();
  });

  it('reads only the ring a widening step adds to the box before it', async () => {
    const near = await households.upsert(home('near', 2, { serviceId }));
    const middle = await households.upsert(home('middle', 15, { serviceId }));
    await households.upsert(home('far', 60, { serviceId }));
    const inner = boundingBox(LONDON, 10);
    expect(await ids({ box: inner, outside: null })).toEqual([near]);
    expect(await ids({ box: boundingBox(LONDON, 20), outside: inner })).toEqual([middle]);
    expect(await ids({ box: null, outside: boundingBox(LONDON, 20) })).toHaveLength(1);
  });

  it('leaves out what the filter rules out, with a plan for each set of values', async () => {
    const roomy = await households.upsert(home('roomy', 1, { serviceId, terms: { minAge: 0, maxAge: 17, maxChildren: 4, fosteringTypes: ['short-term'] } }));
    const teens = await households.upsert(home('teens', 1, { serviceId, terms: { minAge: 13, maxAge: 17, maxChildren: 1, fosteringTypes: ['long-term'] } }));
    await households.upsert(home('on-hold', 1, { serviceId, approvalStatus: 'on-hold' }));
    const everywhere = { box: null, outside: null };
    expect(await ids(everywhere)).toEqual([roomy, teens].sort());
    expect(await ids(everywhere, { fosteringType: 'short-term', youngest: 4, oldest: 9, freePlaces: 3 })).toEqual([roomy]);
    expect(await ids(everywhere, { fosteringType: 'long-term', youngest: 14, oldest: 14, freePlaces: 1 })).toEqual([teens]);
    expect(await ids(everywhere, { fosteringType: 'long-term', youngest: 4, oldest: 9, freePlaces: 1 })).toEqual([]);
  });

  it('sees a change made behind its back (plain SQL, no version written) at the very next read', async () => {
    const id = await households.upsert(home('changing', 1, { serviceId }));
    const area = { box: boundingBox(LONDON, 10), outside: null };
    expect((await households.candidates(area, ANY_HOME))[0].languages).toEqual(['en']);
    await (await testDb()).query(`UPDATE fostering_household SET languages = '{en,pl}', current_placements = '[{"childRef":"x","age":7,"siblingGroupId":null}]' WHERE id = $1`, [id]);
    const [changed] = await households.candidates(area, ANY_HOME);
    expect(changed.languages).toEqual(['en', 'pl']);
    expect(changed.placedChildren).toEqual([{ age: 7, siblingGroupId: null }]);
    await (await testDb()).query(`UPDATE fostering_household SET approval_status = 'on-hold' WHERE id = $1`, [id]);
    expect(await households.candidates(area, ANY_HOME)).toEqual([]);
  });
});
