import { ApiProperty } from '@nestjs/swagger';
import type { TeamMemberRecord } from '@app/persistence';

export class TeamMemberResponse {
  @ApiProperty() id: string;
  @ApiProperty() subject: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ description: 'Receives escalations' }) manager: boolean;
  @ApiProperty({ description: 'false once the person has left the team' }) active: boolean;
}

export class TeamResponse {
  @ApiProperty({ type: [TeamMemberResponse], description: 'Active members first, by name' }) items: TeamMemberResponse[];
}

export function toTeamMemberResponse(m: TeamMemberRecord): TeamMemberResponse {
  return { id: m.id, subject: m.subject, name: m.name, email: m.email, manager: m.manager, active: m.active };
}
