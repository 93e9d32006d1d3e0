import { Injectable } from '@nestjs/common';
import { DomainError, parsePostcode } from '@app/domain';
import { PostcodeLocationRepository } from '@app/persistence';

export interface PostcodeLookupResponse {
  readonly postcode: string;
  readonly precision: 'postcode' | 'outward-code';
  readonly latitude: number;
  readonly longitude: number;
  readonly councilCode: string | null;
  readonly country: string;
}

export const HOW_TO_IMPORT =
  'Import the ONS Postcode Directory (or an outward-code centroid file) with: npm run geo:import -- path/to/file.csv';

/** Where a postcode is, and which council's area it is in. */
@Injectable()
export class LookupPostcodeUseCase {
  constructor(private readonly locations: PostcodeLocationRepository) {}

  async execute(input: string): Promise<PostcodeLookupResponse> {
    const postcode = parsePostcode(input);
    if (!postcode) throw new DomainError('GEO.POSTCODE_INVALID', 'Enter a full UK postcode, like SW1A 1AA');
    const found = await this.locations.locate(postcode.normalised, postcode.outward);
    if (found) return { postcode: postcode.normalised, ...found };
    const counts = await this.locations.counts();
    if (counts.postcodes === 0 && counts.outwardCodes === 0) {
      throw new DomainError('GEO.NO_DIRECTORY_IMPORTED', `No postcode directory has been imported. ${HOW_TO_IMPORT}`);
    }
    throw new DomainError('GEO.POSTCODE_NOT_FOUND', 'That postcode is not in the imported postcode directory');
  }
}
