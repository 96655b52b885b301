import { Module } from '@nestjs/common';

/** Open data given back (CC BY 4.0): the helpers' directory and the needs' aggregate figures. */
@Module({})
export class OpenDataModule {}
