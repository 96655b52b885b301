import { SupportSchemeEntity } from './support-scheme.entity';

export const SCHEMES_ENTITIES = [SupportSchemeEntity];
