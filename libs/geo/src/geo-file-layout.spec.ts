import { GeoFileError } from './geo-file.error';
import { detectGeoFileLayout } from './geo-file-layout';

const CLASSIC = 'pcd,pcd2,pcds,dointr,doterm,oscty,ced,oslaua,osward,parish,usertype,oseast1m,osnrth1m,osgrdind,oshlthau,nhser,ctry,rgn,lat,long'.split(',');
const AUG_2025 = 'pcd7,pcd8,pcds,dointr,doterm,usrtypind,east1m,north1m,gridind,oa21cd,cty25cd,ced25cd,lad25cd,wd25cd,nhser24cd,ctry25cd,rgn25cd,pcon24cd,lat,long'.split(',');
const CENTROIDS = 'outcode,lat,long,easting,northing,postcode_count,main_lad_code,main_lad_name,main_lad_share,lad_count,main_utla_code,main_utla_name,region_code,country'.split(',');

describe('detectGeoFileLayout', () => {
  it('maps a classic ONSPD header by name, preferring the variable-length postcode', () => {
    expect(detectGeoFileLayout(CLASSIC)).toEqual({
      kind: 'onspd', columnCount: 20, postcode: 2, terminatedOn: 4, county: 5, lad: 7, country: 16, latitude: 18, longitude: 19,
    });
  });

  it('maps an August 2025 ONSPD header with GSS-year suffixes', () => {
    expect(detectGeoFileLayout(AUG_2025)).toEqual({
      kind: 'onspd', columnCount: 20, postcode: 2, terminatedOn: 4, county: 10, lad: 12, country: 15, latitude: 18, longitude: 19,
    });
  });

  it('ignores case and surrounding spaces, and any column order', () => {
    const header = [' LONG', 'LAT', 'CTRY26CD', 'LAD26CD', 'CTY26CD', 'DOTERM', 'PCD7 '];
    expect(detectGeoFileLayout(header)).toMatchObject({ kind: 'onspd', postcode: 6, lad: 3, county: 4, country: 2, latitude: 1, longitude: 0 });
  });

  it('takes the latest vintage when a family appears twice', () => {
    const header = ['pcds', 'doterm', 'lad24cd', 'lad25cd', 'cty25cd', 'ctry25cd', 'lat', 'long'];
    expect(detectGeoFileLayout(header)).toMatchObject({ lad: 3 });
  });

  it('maps an outward-code centroid file', () => {
    expect(detectGeoFileLayout(CENTROIDS)).toEqual({
      kind: 'outcode-centroids', columnCount: 14, outcode: 0, latitude: 1, longitude: 2, country: 13, lad: 6, utla: 10,
    });
  });

  it('accepts a centroid file with only a district column', () => {
    expect(detectGeoFileLayout(['outcode', 'lat', 'long', 'main_lad_code', 'country'])).toMatchObject({ lad: 3, utla: -1 });
  });

  it('names the expected columns for a header it does not know', () => {
    const attempt = () => detectGeoFileLayout(['postcode', 'latitude', 'longitude']);
    expect(attempt).toThrow(GeoFileError);
    expect(attempt).toThrow(/ONS Postcode Directory \(columns pcds .*doterm, oslaua or ladYYcd, oscty or ctyYYcd, ctry or ctryYYcd, lat, long\)/);
    expect(attempt).toThrow(/outward-code centroid file \(columns outcode, lat, long, country, main_utla_code or main_lad_code\)/);
    expect(attempt).toThrow(/Found: postcode, latitude, longitude\./);
  });

  it('names the missing columns of an incomplete ONSPD header', () => {
    expect(() => detectGeoFileLayout(['pcds', 'lat', 'long', 'ctry'])).toThrow(
      /no doterm, oslaua or ladYYcd, oscty or ctyYYcd column/,
    );
  });

  it('names the missing columns of an incomplete centroid header', () => {
    expect(() => detectGeoFileLayout(['outcode', 'lat', 'long'])).toThrow(/no country, main_utla_code or main_lad_code column/);
  });

  it('says so when handed the zip archive instead of the CSV', () => {
    expect(() => detectGeoFileLayout(['PK\u0003\u0004\u0014\u0000'])).toThrow(/zip archive/);
  });
});
