import { MarcheApplicationEntity } from './marche-application.entity';
import { MarcheBoothTypeEntity } from './marche-booth-type.entity';
import { MarcheEventEntity } from './marche-event.entity';
import { MarcheInvitationEntity } from './marche-invitation.entity';
import { MarcheMeetingWishEntity } from './marche-meeting-wish.entity';

export const MARCHE_ENTITIES = [
  MarcheEventEntity,
  MarcheBoothTypeEntity,
  MarcheApplicationEntity,
  MarcheInvitationEntity,
  MarcheMeetingWishEntity,
];
