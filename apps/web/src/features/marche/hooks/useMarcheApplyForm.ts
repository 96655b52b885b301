import type { ApplyToMarcheInput } from '@tsunagu/shared/graphql-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export type Equipment = 'power' | 'water';

/** The application form's values, its problems, and the input the API takes. */
export function useMarcheApplyForm(eventId: string, questions: readonly string[]) {
  const { t } = useTranslation();
  const [boothType, setBoothType] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [staffCount, setStaffCount] = useState('2');
  const [tables, setTables] = useState('1');
  const [equipment, setEquipment] = useState<Equipment[]>([]);
  const [wishText, setWishText] = useState('');
  const [answers, setAnswers] = useState<string[]>(() => questions.map(() => ''));
  const [consent, setConsent] = useState(false);
  const problems = {
    boothType: boothType ? undefined : t('marche.pickType'),
    title: title.trim().length >= 2 ? undefined : t('marche.titleShort'),
    description: description.trim().length >= 10 ? undefined : t('marche.descriptionShort'),
    consent: consent ? undefined : t('marche.consentRequired'),
  };
  const invalid = Object.values(problems).some(Boolean);
  const input = (npoId: string): ApplyToMarcheInput => ({
    eventId,
    npoId,
    boothType,
    title: title.trim(),
    description: description.trim(),
    staffCount: Math.min(50, Math.max(1, Math.round(Number(staffCount)) || 1)),
    tables: Math.min(10, Math.max(0, Math.round(Number(tables)) || 0)),
    needsPower: equipment.includes('power'),
    needsWater: equipment.includes('water'),
    wishText: wishText.trim() || null,
    answers: answers.map((a) => a.trim()),
    consentPublish: consent,
  });
  const setAnswer = (index: number, value: string) =>
    setAnswers((prev) => prev.map((a, j) => (j === index ? value : a)));
  return {
    values: { boothType, title, description, staffCount, tables, equipment, wishText, answers, consent },
    set: { setBoothType, setTitle, setDescription, setStaffCount, setTables, setEquipment, setWishText, setConsent },
    setAnswer,
    problems,
    invalid,
    input,
  };
}
