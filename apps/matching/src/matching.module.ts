import { Module } from '@nestjs/common';
import { PersistenceModule } from '@app/persistence';
import { RedisModule } from '@app/queue';
import { HealthModule } from '@app/web';
import { GeographyModule } from './geography/geography.module';
import { PlacementTeamModule } from './placement-team.module';
import { PagesModule } from './pages/pages.module';
import { SufficiencyPagesModule } from './pages/sufficiency/sufficiency-pages.module';

@Module({ imports: [PersistenceModule, RedisModule, HealthModule, GeographyModule, PlacementTeamModule, PagesModule, SufficiencyPagesModule] })
export class MatchingModule {}
