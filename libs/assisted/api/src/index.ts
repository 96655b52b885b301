export * from './lib/assisted.module';
export * from './lib/groups/assisted-group.service';
export * from './lib/groups/assisted-group.model';
