import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import { AccountsModule } from '@tsunagu/accounts/api';
import { NotificationsModule } from '@tsunagu/notifications/api';
import { NpoDirectoryAttacher } from './directory/npo-directory.attacher';
import { NpoRepository } from './directory/npo.repository';
import { NpoDataBookRepository } from './databook/npo-databook.repository';
import { PublicHelperDirectoryRepository } from './directory/public-helper-directory.repository';
import { NpoImportRunEntity } from './entities/npo-import-run.entity';
import { NpoProfileEntity } from './entities/npo-profile.entity';
import { NpoEntity } from './entities/npo.entity';
import { HelperRecordEntity } from './entities/helper-record.entity';
import { NpoImportRunResolver } from './graphql/npo-import-run.resolver';
import { NpoResolver } from './graphql/npo.resolver';
import { NpoImportController } from './http/npo-import.controller';
import { HelperListImportService } from './helper-list/helper-list-import.service';
import { NpoPhotoController } from './http/npo-photo.controller';
import { NpoProfileRepository } from './profile/npo-profile.repository';
import { NpoProfileResolver } from './profile/npo-profile.resolver';
import { NpoProfileService } from './profile/npo-profile.service';
import { NpoImportRunRepository } from './import/npo-import-run.repository';
import { NpoImportService } from './import/npo-import.service';
import { NpoSearchIndex } from './search/npo-search-index';
import { NpoSearchService } from './search/npo-search.service';
import { NpoLookup } from './lookup/npo-lookup.repository';
import { NpoCandidatesRepository } from './matching/npo-candidates.repository';
import { NpoNamesRepository } from './lookup/npo-names.repository';
import { HelperSupplyRepository } from './lookup/helper-supply.repository';
import { HelperRegistrationService } from './helpers/helper-registration.service';
import { HelperRepository } from './helpers/helper.repository';
import { HelperResolver } from './helpers/helper.resolver';
import { HelperReviewService } from './helpers/helper-review.service';

/** The national file is about 10 MB zipped; an unzipped national CSV about 60 MB. */
const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

export const NPO_ENTITIES = [NpoEntity, NpoImportRunEntity, NpoProfileEntity, HelperRecordEntity];

/** NPO profiles from the open data: import, search index, GraphQL and the staff upload. */
@Module({
  imports: [
    TypeOrmModule.forFeature(NPO_ENTITIES),
    AccountsModule,
    NotificationsModule,
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const dest = join(config.dataDir, 'uploads', 'imports');
        mkdirSync(dest, { recursive: true });
        return { dest, limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } };
      },
    }),
  ],
  controllers: [NpoImportController, NpoPhotoController],
  providers: [
    NpoRepository,
    NpoProfileRepository,
    NpoImportRunRepository,
    NpoDirectoryAttacher,
    NpoDataBookRepository,
    PublicHelperDirectoryRepository,
    NpoSearchIndex,
    NpoSearchService,
    NpoImportService,
    NpoResolver,
    NpoImportRunResolver,
    NpoProfileService,
    NpoProfileResolver,
    NpoLookup,
    NpoCandidatesRepository,
    NpoNamesRepository,
    HelperSupplyRepository,
    HelperRepository,
    HelperRegistrationService,
    HelperReviewService,
    HelperResolver,
    HelperListImportService,
  ],
  exports: [
    HelperRegistrationService,
    HelperListImportService,
    NpoImportService,
    NpoSearchService,
    NpoRepository,
    NpoProfileRepository,
    NpoNamesRepository,
    HelperSupplyRepository,
    NpoLookup,
    NpoCandidatesRepository,
    NpoDataBookRepository,
    PublicHelperDirectoryRepository,
  ],
})
export class NpoModule {}
