import { ACTIVITY_FIELDS } from '@tsunagu/shared/util';

/** A simple picture per statutory field, shown beside its name (decoration only). */
const ICONS: Record<number, string> = {
  1: '🏥',
  2: '📚',
  3: '🏘️',
  4: '🗾',
  5: '🌾',
  6: '🎨',
  7: '🌳',
  8: '🚑',
  9: '🛡️',
  10: '🕊️',
  11: '🌏',
  12: '🤝',
  13: '🧒',
  14: '💻',
  15: '🔬',
  16: '📈',
  17: '💼',
  18: '🛒',
  19: '🧭',
  20: '📜',
};

export function activityFieldLabel(id: number, language: string | undefined): string {
  const field = ACTIVITY_FIELDS[id - 1];
  if (!field) return String(id);
  return language === 'en' ? field.labelEn : field.labelJa;
}

export const activityFieldIcon = (id: number): string => ICONS[id] ?? '•';
