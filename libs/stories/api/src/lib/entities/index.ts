export const STORIES_ENTITIES: Array<new () => object> = [];
