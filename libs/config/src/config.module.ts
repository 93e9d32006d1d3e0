import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { HearthConfig } from './hearth-config';

/** Injection token for the validated configuration. */
export const HEARTH_CONFIG = Symbol('HEARTH_CONFIG');

/**
 * Provides the configuration the entry point validated, to every module. Entry points (and
 * tests, with overrides) pass it in, so nothing re-reads process.env behind their back.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: HearthConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: HEARTH_CONFIG, useValue: config }], exports: [HEARTH_CONFIG] };
  }
}
