import { Global, Module } from '@nestjs/common';
import { readHearthConfig, type HearthConfig } from './hearth-config';

/** Injection token for the validated configuration. */
export const HEARTH_CONFIG = Symbol('HEARTH_CONFIG');

@Global()
@Module({
  providers: [{ provide: HEARTH_CONFIG, useFactory: (): HearthConfig => readHearthConfig() }],
  exports: [HEARTH_CONFIG],
})
export class ConfigModule {}
