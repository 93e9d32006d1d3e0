import { Module } from '@nestjs/common';
import { GovukViews } from '@app/web';
import { SufficiencyModule } from '../../sufficiency/sufficiency.module';
import { createMatchingViews } from '../matching-views';
import { PageRenderer } from '../page-renderer';
import { StaffSessionStore } from '../session/staff-session.store';
import { AnalystPageGuard } from './analyst-page.guard';
import { SufficiencyPagesController } from './sufficiency-pages.controller';
import { SufficiencyPagesService } from './sufficiency-pages.service';

/** The sufficiency API (imported here, so one import wires both) and the analysts' dashboard pages. */
@Module({
  imports: [SufficiencyModule],
  controllers: [SufficiencyPagesController],
  providers: [{ provide: GovukViews, useFactory: createMatchingViews }, PageRenderer, StaffSessionStore, AnalystPageGuard, SufficiencyPagesService],
})
export class SufficiencyPagesModule {}
