import { Module } from '@nestjs/common';
import { HEARTH_CONFIG, type HearthConfig } from '@app/config';
import { JwtVerifier } from './jwt-verifier';
import { StaffAuthGuard } from './staff-auth.guard';

@Module({
  providers: [{ provide: JwtVerifier, inject: [HEARTH_CONFIG], useFactory: (c: HearthConfig) => new JwtVerifier(c) }, StaffAuthGuard],
  exports: [JwtVerifier, StaffAuthGuard],
})
export class AuthModule {}
