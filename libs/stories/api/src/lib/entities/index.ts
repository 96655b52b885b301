import { StoryEntity } from './story.entity';

export const STORIES_ENTITIES: Array<new () => object> = [StoryEntity];
