import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { closeTestDb, resetDatabase, testDb } from '@app/testing';
import { CsvFormatError } from './csv-format.error';
import { GeoFileError } from './geo-file.error';
import { importGeoFile } from './geo-import';

/** Real derived data beside the repo; a fresh clone without ../shared skips the tests that need it. */
const CENTROIDS_CSV = resolve(__dirname, '../../../..', 'shared', 'data', 'gb_outcode_centroids.csv');
const withCentroids = existsSync(CENTROIDS_CSV) ? describe : describe.skip;

interface SamplePostcode { pcds: string; doterm: string; county: string; lad: string; ctry: string; lat: string; long: string }

/** One source for both ONSPD formats, so the two imports must agree row for row. */
const SAMPLE: SamplePostcode[] = [
  { pcds: 'SW1A 1AA', doterm: '', county: 'E99999999', lad: 'E09000033', ctry: 'E92000001', lat: '51.501009', long: '-0.141588' },
  { pcds: 'SS14 3BY', doterm: '', county: 'E10000012', lad: 'E07000066', ctry: 'E92000001', lat: '51.574829', long: '0.469845' },
  { pcds: 'M1 1AE', doterm: '', county: 'E99999999', lad: 'E08000003', ctry: 'E92000001', lat: '53.477657', long: '-2.236742' },
  { pcds: 'AB1 0AA', doterm: '199606', county: 'S99999999', lad: 'S12000033', ctry: 'S92000003', lat: '57.101474', long: '-2.242851' },
  { pcds: 'JE2 3XP', doterm: '', county: 'L99999999', lad: 'L99999999', ctry: 'L93000001', lat: '99.999999', long: '0.000000' },
  { pcds: 'CF10 1EP', doterm: '', county: 'W99999999', lad: 'W06000015', ctry: 'W92000004', lat: '51.473665', long: '-3.177257' },
  { pcds: 'EH1 1YZ', doterm: '', county: 'S99999999', lad: 'S12000036', ctry: 'S92000003', lat: '55.952274', long: '-3.192126' },
];

const EXPECTED_POSTCODES = [
  { postcode: 'AB1 0AA', outward_code: 'AB1', latitude: 57.101474, longitude: -2.242851, lad_code: 'S12000033', council_code: null, country: 'S', terminated: true },
  { postcode: 'CF10 1EP', outward_code: 'CF10', latitude: 51.473665, longitude: -3.177257, lad_code: 'W06000015', council_code: null, country: 'W', terminated: false },
  { postcode: 'EH1 1YZ', outward_code: 'EH1', latitude: 55.952274, longitude: -3.192126, lad_code: 'S12000036', council_code: null, country: 'S', terminated: false },
  { postcode: 'M1 1AE', outward_code: 'M1', latitude: 53.477657, longitude: -2.236742, lad_code: 'E08000003', council_code: 'E08000003', country: 'E', terminated: false },
  { postcode: 'SS14 3BY', outward_code: 'SS14', latitude: 51.574829, longitude: 0.469845, lad_code: 'E07000066', council_code: 'E10000012', country: 'E', terminated: false },
  { postcode: 'SW1A 1AA', outward_code: 'SW1A', latitude: 51.501009, longitude: -0.141588, lad_code: 'E09000033', council_code: 'E09000033', country: 'E', terminated: false },
];

const pcd7 = (pcds: string) => pcds.split(' ')[0].padEnd(4) + pcds.split(' ')[1];
const pcd8 = (pcds: string) => `${pcds.split(' ')[0].padEnd(4)} ${pcds.split(' ')[1]}`;

/** Classic layout: ONS quotes every text field, LF line ends. */
function classicOnspd(rows: SamplePostcode[] = SAMPLE): string {
  const header = 'pcd,pcd2,pcds,dointr,doterm,oscty,ced,oslaua,osward,usertype,oseast1m,osnrth1m,osgrdind,ctry,rgn,pcon,lat,long,imd\n';
  const q = (s: string) => `"${s}"`;
  return header + rows.map((r) => [q(pcd7(r.pcds)), q(pcd8(r.pcds)), q(r.pcds), q('198001'), q(r.doterm), q(r.county), q('E99999999'),
    q(r.lad), q('E05000000'), '0', '529090', '179645', '1', q(r.ctry), q('E12000007'), q('E14000000'), r.lat, r.long, '100'].join(',')).join('\n') + '\n';
}

/** August 2025 layout: lower-case year-suffixed names in another order, with a BOM and CRLF. */
function aug2025Onspd(rows: SamplePostcode[] = SAMPLE): string {
  const header = 'pcd7,pcd8,pcds,dointr,doterm,usrtypind,east1m,north1m,gridind,oa21cd,cty25cd,ced25cd,lad25cd,wd25cd,nhser24cd,ctry25cd,rgn25cd,pcon24cd,lat,long';
  const lines = rows.map((r) => [pcd7(r.pcds), pcd8(r.pcds), r.pcds, '198001', r.doterm, '0', '529090', '179645', '1', 'E00000000',
    r.county, 'E99999999', r.lad, 'E05000000', 'E40000003', r.ctry, 'E12000007', 'E14000000', r.lat, r.long].join(','));
  return `\uFEFF${[header, ...lines].join('\r\n')}\r\n`;
}

describe('importGeoFile', () => {
  let dir: string;
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const contents = async () => {
    const db = await testDb();
    const postcodes = await db.query('SELECT * FROM postcode_location ORDER BY postcode');
    const outcodes = await db.query('SELECT * FROM outcode_location ORDER BY outward_code');
    return { postcodes: postcodes.rows, outcodes: outcodes.rows };
  };
  const imports = async () => (await (await testDb()).query('SELECT kind, file_name, rows_loaded FROM geo_import ORDER BY imported_at')).rows;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-geo-'));
  });
  beforeEach(resetDatabase);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await closeTestDb();
  });

  describe('an ONS Postcode Directory', () => {
    it('loads a classic file: councils by tier, terminated flagged, no-coordinates rows skipped', async () => {
      const progress: string[] = [];
      const onProgress = (p: { phase: string; rowsRead: number }) => progress.push(`${p.phase} ${p.rowsRead}`);
      const summary = await importGeoFile(await testDb(), file('ONSPD_classic.csv', classicOnspd()), { onProgress, progressEvery: 3 });
      expect(progress).toEqual(['reading 3', 'reading 6', 'upserting 7']);
      expect(summary).toMatchObject({ kind: 'onspd', fileName: 'ONSPD_classic.csv', rowsRead: 7, rowsLoaded: 6, rowsChanged: 6, skipped: 1, skippedBy: { 'no-coordinates': 1 } });
      expect(summary.seconds).toBeGreaterThanOrEqual(0);
      expect((await contents()).postcodes).toEqual(EXPECTED_POSTCODES);
      expect(await imports()).toEqual([{ kind: 'onspd', file_name: 'ONSPD_classic.csv', rows_loaded: 6 }]);
    });

    it('is idempotent: the same file again changes nothing but the import log', async () => {
      const path = file('ONSPD_classic.csv', classicOnspd());
      await importGeoFile(await testDb(), path);
      const before = await contents();
      const again = await importGeoFile(await testDb(), path);
      expect(again).toMatchObject({ rowsRead: 7, rowsLoaded: 6, rowsChanged: 0 });
      expect(await contents()).toEqual(before);
      expect(await imports()).toHaveLength(2);
    });

    it('loads the August 2025 format to exactly the same rows', async () => {
      const summary = await importGeoFile(await testDb(), file('ONSPD_AUG_2025.csv', aug2025Onspd()));
      expect(summary).toMatchObject({ kind: 'onspd', rowsRead: 7, rowsLoaded: 6, skipped: 1 });
      expect((await contents()).postcodes).toEqual(EXPECTED_POSTCODES);
      const classicOnTop = await importGeoFile(await testDb(), file('ONSPD_classic.csv', classicOnspd()));
      expect(classicOnTop.rowsChanged).toBe(0);
    });

    it('updates a postcode that changed and keeps the live entry when a file lists one twice', async () => {
      await importGeoFile(await testDb(), file('old.csv', classicOnspd()));
      const moved = { ...SAMPLE[0], lat: '51.5', doterm: '202501' };
      const summary = await importGeoFile(await testDb(), file('new.csv', classicOnspd([moved, SAMPLE[0]])));
      expect(summary).toMatchObject({ rowsRead: 2, rowsLoaded: 1, rowsChanged: 0, skippedBy: { duplicate: 1 } });
      const relocated = await importGeoFile(await testDb(), file('moved.csv', classicOnspd([{ ...SAMPLE[0], lat: '51.5' }])));
      expect(relocated.rowsChanged).toBe(1);
      const { rows } = await (await testDb()).query(`SELECT latitude, terminated FROM postcode_location WHERE postcode = 'SW1A 1AA'`);
      expect(rows).toEqual([{ latitude: 51.5, terminated: false }]);
    });
  });

  withCentroids('an outward-code centroid file', () => {
    const realLines = (outcodes: string[]) => {
      const [header, ...lines] = readFileSync(CENTROIDS_CSV, 'utf8').split('\n');
      return [header, ...lines.filter((l) => outcodes.includes(l.split(',')[0]))].join('\n') + '\n';
    };

    it('loads a few real lines, idempotently', async () => {
      const path = file('centroids.csv', realLines(['SW1A', 'SS14', 'M1', 'BH1', 'CF10', 'EH1', 'W1M']));
      const summary = await importGeoFile(await testDb(), path);
      expect(summary).toMatchObject({ kind: 'outcode-centroids', rowsRead: 7, rowsLoaded: 6, skippedBy: { 'invalid-code': 1 } });
      const { outcodes } = await contents();
      expect(outcodes.map((r) => [r.outward_code, r.council_code, r.country])).toEqual([
        ['BH1', 'E06000058', 'E'],
        ['CF10', null, 'W'],
        ['EH1', null, 'S'],
        ['M1', 'E08000003', 'E'],
        ['SS14', 'E10000012', 'E'],
        ['SW1A', 'E09000033', 'E'],
      ]);
      expect(outcodes[5]).toMatchObject({ latitude: 51.501973, longitude: -0.133889 });
      expect((await importGeoFile(await testDb(), path)).rowsChanged).toBe(0);
      expect((await contents()).outcodes).toEqual(outcodes);
    });

    it('loads the whole real file', async () => {
      const summary = await importGeoFile(await testDb(), CENTROIDS_CSV);
      expect(summary).toMatchObject({ kind: 'outcode-centroids', rowsRead: 2997, rowsLoaded: 2990, skipped: 7, skippedBy: { 'invalid-code': 7 } });
      const db = await testDb();
      const one = async (outcode: string) => (await db.query('SELECT council_code, country FROM outcode_location WHERE outward_code = $1', [outcode])).rows[0];
      expect(await one('SW1A')).toEqual({ council_code: 'E09000033', country: 'E' });
      expect(await one('EH1')).toEqual({ council_code: null, country: 'S' });
      const { rows: [tally] } = await db.query(`SELECT count(*) FILTER (WHERE country = 'E')::int AS english,
        count(*) FILTER (WHERE country = 'E' AND council_code IS NULL)::int AS english_without_council,
        count(DISTINCT council_code)::int AS councils FROM outcode_location`);
      expect(tally).toEqual({ english: 2302, english_without_council: 0, councils: 153 });
    }, 30_000);
  });

  describe('a file it cannot use', () => {
    it('fails on an unknown header, naming the columns it expected, and writes nothing', async () => {
      const attempt = importGeoFile(await testDb(), file('addresses.csv', 'postcode,latitude,longitude\nSW1A 1AA,51.5,-0.14\n'));
      await expect(attempt).rejects.toThrow(GeoFileError);
      await expect(attempt).rejects.toThrow(/Expected an ONS Postcode Directory \(columns pcds.*doterm.*\) or an outward-code centroid file \(columns outcode/);
      expect(await imports()).toEqual([]);
    });

    it('fails on an empty file', async () => {
      await expect(importGeoFile(await testDb(), file('empty.csv', ''))).rejects.toThrow('empty.csv is empty');
    });

    it('fails on CSV broken after many good rows, leaving the tables as they were', async () => {
      await importGeoFile(await testDb(), file('ONSPD_classic.csv', classicOnspd()));
      const before = await contents();
      const letters = 'ABDEFGHJLNPQRSTUWXYZ';
      const many = Array.from({ length: 4000 }, (_, i) => ({ ...SAMPLE[2], pcds: `M2 ${i % 10}${letters[Math.floor(i / 10) % 20]}${letters[Math.floor(i / 200)]}` }));
      const attempt = importGeoFile(await testDb(), file('broken.csv', `${aug2025Onspd(many)}M3 1AA,"never closed\r\n`));
      await expect(attempt).rejects.toThrow(CsvFormatError);
      await expect(attempt).rejects.toThrow(/^line 4002: a quoted field never closes/);
      expect(await contents()).toEqual(before);
      expect(await imports()).toHaveLength(1);
    });

    it('fails when no row can be loaded, and writes nothing', async () => {
      const attempt = importGeoFile(await testDb(), file('nothing.csv', classicOnspd([SAMPLE[4]])));
      await expect(attempt).rejects.toThrow('No row of nothing.csv could be loaded (1 read; skipped: 1 no-coordinates)');
      expect(await imports()).toEqual([]);
      const { rows } = await (await testDb()).query(`SELECT to_regclass('pg_temp.geo_import_stage') AS stage`);
      expect(rows[0].stage).toBeNull();
    });
  });
});
