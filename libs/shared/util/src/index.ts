export * from './lib/activity-fields.constant';
export * from './lib/kitakyushu-wards.constant';
export * from './lib/help-kinds.constant';
export * from './lib/need-topics.constant';
export * from './lib/need-templates.constant';
export * from './lib/email.util';
export * from './lib/display-name.util';
export * from './lib/kana.util';
