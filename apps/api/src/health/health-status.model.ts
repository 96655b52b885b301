import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ComponentState {
  up = 'up',
  down = 'down',
}
registerEnumType(ComponentState, { name: 'ComponentState', description: 'Whether a backing service answers' });

@ObjectType({ description: 'Whether the service and what it depends on are working' })
export class HealthStatus {
  @Field(() => String, { description: '"ok" when everything is up, "degraded" otherwise' })
  status: 'ok' | 'degraded';

  @Field(() => ComponentState)
  postgres: ComponentState;

  @Field(() => ComponentState)
  meilisearch: ComponentState;
}
