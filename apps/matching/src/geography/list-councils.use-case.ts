import { Injectable } from '@nestjs/common';
import { DomainError } from '@app/domain';
import { CouncilRepository, type CouncilEntity } from '@app/persistence';

export interface RegionResponse {
  readonly code: string;
  readonly name: string;
}

export interface CouncilResponse {
  readonly code: string;
  readonly name: string;
  readonly tier: string;
  readonly regionCode: string;
  readonly centroid: { readonly latitude: number; readonly longitude: number };
  readonly neighbours?: readonly string[];
}

const toCouncil = (c: CouncilEntity): CouncilResponse => ({
  code: c.code, name: c.name, tier: c.tier, regionCode: c.regionCode, centroid: { latitude: c.latitude, longitude: c.longitude },
});

@Injectable()
export class ListCouncilsUseCase {
  constructor(private readonly councilRepository: CouncilRepository) {}

  async regions(): Promise<RegionResponse[]> {
    return (await this.councilRepository.listRegions()).map((r) => ({ code: r.code, name: r.name }));
  }

  async councils(regionCode?: string): Promise<CouncilResponse[]> {
    return (await this.councilRepository.listCouncils(regionCode)).map(toCouncil);
  }

  async council(code: string): Promise<CouncilResponse> {
    const found = /^E(06|08|09|10)[0-9]{6}$/.test(code) ? await this.councilRepository.findCouncil(code) : null;
    if (!found) throw new DomainError('GEO.COUNCIL_NOT_FOUND', 'No council with children\'s services has that code');
    return { ...toCouncil(found), neighbours: await this.councilRepository.neighbours(code) };
  }
}
