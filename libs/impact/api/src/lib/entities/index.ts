export const IMPACT_ENTITIES: Array<new () => object> = [];
