import { ReferenceGeography1763856000000 } from './1763856000000-ReferenceGeography';
import { FosteringServicesAndEnquiries1763856000001 } from './1763856000001-FosteringServicesAndEnquiries';
import { RecruitmentFunnel1763942400000 } from './1763942400000-RecruitmentFunnel';
import { Applications1763942400001 } from './1763942400001-Applications';
import { StageOneChecksAndPanel1763942400002 } from './1763942400002-StageOneChecksAndPanel';
import { FollowUpsAndNotifications1764028800000 } from './1764028800000-FollowUpsAndNotifications';
import { NotificationSendingSince1764028800001 } from './1764028800001-NotificationSendingSince';
import { NotificationAboutEnquiry1764201600000 } from './1764201600000-NotificationAboutEnquiry';
import { HousekeepingAndRetention1764201600001 } from './1764201600001-HousekeepingAndRetention';
import { MatchingModel1763942400003 } from './1763942400003-MatchingModel';
import { FunnelMilestones1763942400004 } from './1763942400004-FunnelMilestones';
import { TemporaryApproval1763942400005 } from './1763942400005-TemporaryApproval';
import { SufficiencySnapshots1763942400010 } from './1763942400010-SufficiencySnapshots';
import { HouseholdFreePlaces1763942400011 } from './1763942400011-HouseholdFreePlaces';
import { HouseholdVersionOnEveryChange1764201600030 } from './1764201600030-HouseholdVersionOnEveryChange';
import { HouseholdCoveringGeoIndex1764201600031 } from './1764201600031-HouseholdCoveringGeoIndex';
import { SufficiencySnapshotDays1764201600020 } from './1764201600020-SufficiencySnapshotDays';
import { RegionalCareCooperatives1764201600021 } from './1764201600021-RegionalCareCooperatives';
import { HouseholdDeregisteredAt1764201600022 } from './1764201600022-HouseholdDeregisteredAt';
import { RecruitmentTeams1764201600040 } from './1764201600040-RecruitmentTeams';
import { WorkQueueShortageFirst1764201600041 } from './1764201600041-WorkQueueShortageFirst';
import { HouseholdSearchKey1764288000042 } from './1764288000042-HouseholdSearchKey';

/** Every migration, in order. Listed explicitly so bundling or a stray file never changes the schema. */
export const ALL_MIGRATIONS = [ReferenceGeography1763856000000, FosteringServicesAndEnquiries1763856000001, RecruitmentFunnel1763942400000,
  Applications1763942400001, StageOneChecksAndPanel1763942400002,
  MatchingModel1763942400003, FunnelMilestones1763942400004, TemporaryApproval1763942400005,
  FollowUpsAndNotifications1764028800000,
  NotificationSendingSince1764028800001,
  NotificationAboutEnquiry1764201600000,
  HousekeepingAndRetention1764201600001,
  SufficiencySnapshots1763942400010, HouseholdFreePlaces1763942400011,
  SufficiencySnapshotDays1764201600020, RegionalCareCooperatives1764201600021, HouseholdDeregisteredAt1764201600022,
  HouseholdVersionOnEveryChange1764201600030, HouseholdCoveringGeoIndex1764201600031,
  RecruitmentTeams1764201600040, WorkQueueShortageFirst1764201600041,
  HouseholdSearchKey1764288000042];
