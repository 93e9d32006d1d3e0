import { Module } from '@nestjs/common';
import { PersistenceModule } from '@app/persistence';
import { GeographyController } from './geography.controller';
import { ListCouncilsUseCase } from './list-councils.use-case';
import { LookupPostcodeUseCase } from './lookup-postcode.use-case';

@Module({ imports: [PersistenceModule], controllers: [GeographyController], providers: [ListCouncilsUseCase, LookupPostcodeUseCase] })
export class GeographyModule {}
