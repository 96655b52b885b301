import { useMutation, useQuery } from '@apollo/client/react';
import {
  type Honorarium,
  NeedDocument,
  NeedFormDocument,
  type NeedDraftFields,
  PostNeedDocument,
  PublishNeedDocument,
  UpdateNeedDocument,
} from '@tsunagu/shared/graphql-client';
import {
  Button,
  ButtonLink,
  Chip,
  Container,
  Notice,
  PageHeading,
  Stack,
  TextArea,
  TextField,
} from '@tsunagu/shared/ui';
import { ACTIVITY_FIELDS, HELP_KINDS, KITAKYUSHU_WARDS, NEED_TEMPLATES, suggestFields } from '@tsunagu/shared/util';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { RouterAnchor } from '../../app/RouterAnchor';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from '../accounts/field-checks';
import { useMe } from '../accounts/use-me';
import { fieldErrors, todayInJapan } from './need-format';
import { NeedDetails } from './NeedDetails';

const HONORARIA: Honorarium[] = ['NONE', 'EXPENSES', 'PAID'];
const SAVE_DELAY_MS = 1000;

interface Form {
  groupId: string;
  template: string;
  title: string;
  description: string;
  fields: number[];
  /** the officer chose the fields; stop suggesting */
  fieldsChosen: boolean;
  helpKind: string;
  ward: string;
  place: string;
  startsOn: string;
  peopleNeeded: string;
  honorarium: Honorarium;
  deadline: string;
}

type FieldName =
  'groupId' | 'title' | 'description' | 'fields' | 'helpKind' | 'ward' | 'startsOn' | 'peopleNeeded' | 'deadline';

const EMPTY: Form = {
  groupId: '',
  template: '',
  title: '',
  description: '',
  fields: [],
  fieldsChosen: false,
  helpKind: '',
  ward: '',
  place: '',
  startsOn: '',
  peopleNeeded: '',
  honorarium: 'NONE',
  deadline: '',
};

/** The checks the server makes before publishing, said while typing. */
function problemsOf(t: TFunction, form: Form): Partial<Record<FieldName, string>> {
  const today = todayInJapan();
  const p: Partial<Record<FieldName, string>> = {};
  if (!form.groupId) p.groupId = t('needForm.problems.group');
  if (form.title.trim().length < 4) p.title = t('needForm.problems.title');
  if (form.description.trim().length < 10) p.description = t('needForm.problems.description');
  if (form.fields.length === 0) p.fields = t('needForm.problems.fields');
  if (!form.helpKind) p.helpKind = t('needForm.problems.helpKind');
  if (!form.ward) p.ward = t('needForm.problems.ward');
  if (form.startsOn && form.startsOn < today) p.startsOn = t('needForm.problems.past');
  if (form.peopleNeeded && !/^[1-9][0-9]{0,3}$/.test(form.peopleNeeded)) p.peopleNeeded = t('needForm.problems.people');
  if (!form.deadline) p.deadline = t('needForm.problems.deadline');
  else if (form.deadline < today) p.deadline = t('needForm.problems.past');
  else if (form.startsOn && form.deadline > form.startsOn) p.deadline = t('needForm.problems.deadlineAfter');
  return p;
}

function draftFields(form: Form): NeedDraftFields {
  return {
    template: form.template || null,
    title: form.title,
    description: form.description,
    fields: form.fields,
    helpKind: form.helpKind || null,
    ward: form.ward || null,
    place: form.place || null,
    startsOn: form.startsOn || null,
    endsOn: null,
    peopleNeeded: /^[1-9][0-9]{0,3}$/.test(form.peopleNeeded) ? Number(form.peopleNeeded) : null,
    honorarium: form.honorarium,
    deadline: form.deadline || null,
  };
}

/**
 * 「募集を書く」: a template on top, then one short page; the draft is saved as the officer
 * types (nothing is lost if the phone rings), then a preview, then publish.
 */
export function NeedFormPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const navigate = useNavigate();
  const params = useParams();
  const [search] = useSearchParams();
  const editId = params['id'] ?? search.get('draft') ?? null;
  usePageTitle(editId ? t('needForm.editTitle') : t('nav.needsNew'));
  const { me, loading: meLoading } = useMe();
  const groupsQuery = useQuery(NeedFormDocument, { skip: !me });
  const existing = useQuery(NeedDocument, { variables: { id: editId ?? '' }, skip: !editId || !me });

  const [form, setForm] = useState<Form>(EMPTY);
  const [loadedId, setLoadedId] = useState<string | null>(null);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [step, setStep] = useState<'edit' | 'preview'>('edit');
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [publishError, setPublishError] = useState<string | null>(null);
  const [needId, setNeedId] = useState<string | null>(editId);

  const [postNeed] = useMutation(PostNeedDocument);
  const [updateNeed] = useMutation(UpdateNeedDocument);
  const [publishNeed, publishing] = useMutation(PublishNeedDocument);

  const groups = (groupsQuery.data?.myCommunityGroups ?? []).filter((g) => g.status === 'VERIFIED');
  const pendingGroups = (groupsQuery.data?.myCommunityGroups ?? []).filter((g) => g.status === 'PENDING');
  const need = existing.data?.need;
  const isDraft = !need || need.status === 'DRAFT';

  // Fill the form once from the saved need (editing), or with the first group (new).
  if (need && loadedId !== need.id) {
    setLoadedId(need.id);
    setForm({
      groupId: need.group.id,
      template: need.template ?? '',
      title: need.title,
      description: need.description,
      fields: need.fields,
      fieldsChosen: true,
      helpKind: need.helpKind,
      ward: need.ward,
      place: need.place ?? '',
      startsOn: need.startsOn ?? '',
      peopleNeeded: need.peopleNeeded != null ? String(need.peopleNeeded) : '',
      honorarium: need.honorarium,
      deadline: need.deadline ?? '',
    });
  }
  if (!editId && !form.groupId && groups.length > 0) {
    setForm({ ...form, groupId: groups[0].id, ward: form.ward || groups[0].ward });
  }

  // Saving as they go: the first change creates the draft, later ones update it after a pause.
  const latest = useRef(form);
  useEffect(() => {
    latest.current = form;
  }, [form]);
  const dirty = useRef(false);
  const savedId = useRef<string | null>(editId);
  const creating = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingSave = useRef<Promise<unknown>>(Promise.resolve());

  const save = (value: Form): Promise<unknown> => {
    const id = savedId.current;
    if (!id) return Promise.resolve();
    setSaveState('saving');
    const run = updateNeed({ variables: { id, input: draftFields(value) } }).then(
      () => {
        setSaveState('saved');
        setServerErrors({});
      },
      (error: unknown) => {
        setSaveState('failed');
        setServerErrors(fieldErrors(error));
      },
    );
    pendingSave.current = run;
    return run;
  };

  useEffect(() => {
    if (!dirty.current || !isDraft) return;
    if (!savedId.current) {
      if (creating.current || !form.groupId) return;
      creating.current = true;
      setSaveState('saving');
      const snapshot = form;
      const run = postNeed({
        variables: { input: { groupId: form.groupId, publish: false, ...draftFields(form) } },
      }).then(
        (result) => {
          const id = result.data?.postNeed.id ?? null;
          savedId.current = id;
          setNeedId(id);
          setSaveState(id ? 'saved' : 'failed');
          if (id && latest.current !== snapshot) return save(latest.current);
          return undefined;
        },
        (error: unknown) => {
          creating.current = false;
          setSaveState('failed');
          setServerErrors(fieldErrors(error));
        },
      );
      pendingSave.current = run;
      return;
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(latest.current), SAVE_DELAY_MS);
    return () => clearTimeout(timer.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- saving follows the form only
  }, [form]);

  const change = (patch: Partial<Form>, field?: string) => {
    dirty.current = true;
    const next = { ...form, ...patch };
    if (!next.fieldsChosen && ('title' in patch || 'description' in patch)) {
      const suggested = suggestFields(`${next.title} ${next.description}`);
      if (suggested.length > 0) next.fields = suggested;
    }
    setForm(next);
    if (field) setTouched(new Set(touched).add(field));
  };
  const touch = (field: string) => () => setTouched(new Set(touched).add(field));

  const problems = problemsOf(t, form);
  const errorFor = (field: FieldName) => serverErrors[field] ?? (touched.has(field) ? problems[field] : undefined);

  const applyTemplate = (id: string) => {
    const tpl = NEED_TEMPLATES.find((x) => x.id === id);
    if (!tpl) return;
    change({
      template: tpl.id,
      title: tpl.title,
      description: tpl.description,
      fields: [...tpl.fields],
      fieldsChosen: true,
      helpKind: tpl.helpKind,
    });
  };

  const toPreview = () => {
    setTouched(new Set(Object.keys(problems).concat([...touched])));
    if (Object.keys(problems).length > 0) {
      setTimeout(() => document.getElementById('need-form-problems')?.focus(), 0);
      return;
    }
    setStep('preview');
    window.scrollTo(0, 0);
  };

  const publish = async () => {
    setPublishError(null);
    clearTimeout(timer.current);
    await pendingSave.current;
    let id = savedId.current;
    try {
      if (!id) {
        const created = await postNeed({
          variables: { input: { groupId: form.groupId, publish: false, ...draftFields(form) } },
        });
        id = created.data?.postNeed.id ?? null;
        savedId.current = id;
      } else {
        await updateNeed({ variables: { id, input: draftFields(form) } });
      }
      if (!id) throw new Error();
      if (isDraft) await publishNeed({ variables: { id } });
      void navigate(`/needs/${id}`);
    } catch (error) {
      const byField = fieldErrors(error);
      setServerErrors(byField);
      if (Object.keys(byField).length > 0) {
        setTouched(new Set([...touched, ...Object.keys(byField)]));
        setStep('edit');
      }
      setPublishError(errorMessage(error, t('form.tryAgain')));
    }
  };

  if (meLoading) return null;
  if (!me) {
    return (
      <Container width="narrow" className="page">
        <Stack gap="lg">
          <PageHeading lead={t('needForm.signIn')}>{t('nav.needsNew')}</PageHeading>
          <div>
            <ButtonLink href={`/login?next=${encodeURIComponent(location.pathname)}`} as={RouterAnchor}>
              {t('nav.login')}
            </ButtonLink>
          </div>
        </Stack>
      </Container>
    );
  }
  if (groupsQuery.loading || (editId && existing.loading)) return <p className="page">{t('npo.loading')}</p>;
  if (!editId && groups.length === 0) {
    return (
      <Container width="narrow" className="page">
        <Stack gap="lg">
          <PageHeading lead={t('needForm.lead')}>{t('nav.needsNew')}</PageHeading>
          <Notice
            tone="warning"
            title={pendingGroups.length ? t('needForm.groupPendingTitle') : t('needForm.noGroupTitle')}
          >
            {pendingGroups.length ? t('needForm.groupPendingBody') : t('needForm.noGroupBody')}
          </Notice>
          {pendingGroups.length === 0 && (
            <div>
              <ButtonLink href="/groups/new" as={RouterAnchor}>
                {t('me.registerGroup')}
              </ButtonLink>
            </div>
          )}
        </Stack>
      </Container>
    );
  }
  const groupName =
    groupsQuery.data?.myCommunityGroups.find((g) => g.id === form.groupId)?.name ?? need?.group.name ?? '';

  const saveStatus = (
    <p className="need-form__save" role="status" aria-live="polite" data-testid="draft-status">
      {saveState === 'saving'
        ? t('needForm.saving')
        : saveState === 'saved'
          ? t('needForm.saved')
          : saveState === 'failed'
            ? t('needForm.saveFailed')
            : ''}
    </p>
  );

  if (step === 'preview') {
    return (
      <Container width="narrow" className="page">
        <Stack gap="lg">
          <PageHeading lead={t('needForm.previewLead')}>{t('needForm.previewTitle')}</PageHeading>
          <section className="need-preview" aria-labelledby="need-preview-title" data-testid="need-preview">
            <h2 id="need-preview-title">{form.title}</h2>
            <NeedDetails
              need={{
                description: form.description,
                fields: form.fields,
                helpKind: form.helpKind,
                ward: form.ward,
                honorarium: form.honorarium,
                place: form.place || null,
                startsOn: form.startsOn || null,
                endsOn: null,
                deadline: form.deadline || null,
                peopleNeeded: draftFields(form).peopleNeeded ?? null,
                groupName,
              }}
            />
          </section>
          {publishError && (
            <Notice tone="error" title={t('needForm.publishFailed')}>
              {publishError}
            </Notice>
          )}
          <p>{isDraft ? t('needForm.publishNote') : t('needForm.updateNote')}</p>
          <div className="button-row">
            <Button onClick={() => void publish()} disabled={publishing.loading} data-testid="need-publish">
              {isDraft ? t('needForm.publish') : t('needForm.saveChanges')}
            </Button>
            <Button variant="secondary" onClick={() => setStep('edit')} data-testid="need-back-to-edit">
              {t('needForm.backToEdit')}
            </Button>
          </div>
          {saveStatus}
        </Stack>
      </Container>
    );
  }

  const problemList = Object.entries(problems).filter(([field]) => touched.has(field));
  const helpId = 'need-fields-hint';
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <PageHeading lead={t('needForm.lead')}>{editId ? t('needForm.editTitle') : t('nav.needsNew')}</PageHeading>

        {isDraft && (
          <section aria-labelledby="need-templates-title">
            <h2 id="need-templates-title" className="need-form__h2">
              {t('needForm.templates')}
            </h2>
            <p className="ui-field__hint">{t('needForm.templatesHint')}</p>
            <div className="npo-filter__chips">
              {NEED_TEMPLATES.map((tpl) => (
                <Chip
                  key={tpl.id}
                  label={lang === 'en' ? tpl.labelEn : tpl.labelJa}
                  selected={form.template === tpl.id}
                  onClick={() => applyTemplate(tpl.id)}
                  data-testid={`template-${tpl.id}`}
                />
              ))}
            </div>
          </section>
        )}

        {publishError && (
          <Notice tone="error" title={t('needForm.publishFailed')}>
            {publishError}
          </Notice>
        )}

        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            toPreview();
          }}
        >
          <Stack gap="md">
            <div className={`ui-field${errorFor('groupId') ? ' ui-field--invalid' : ''}`}>
              <label className="ui-field__label" htmlFor="need-group">
                {t('needs.group')}
              </label>
              <select
                id="need-group"
                className="ui-field__input"
                value={form.groupId}
                disabled={Boolean(needId)}
                onChange={(e) => {
                  const g = groups.find((x) => x.id === e.target.value);
                  change({ groupId: e.target.value, ward: g?.ward ?? form.ward }, 'groupId');
                }}
                data-testid="need-group"
              >
                {(editId ? (groupsQuery.data?.myCommunityGroups ?? []) : groups).map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}（{g.ward}）
                  </option>
                ))}
              </select>
            </div>

            <TextField
              label={t('needForm.title')}
              hint={t('needForm.titleHint')}
              value={form.title}
              onChange={(e) => change({ title: e.target.value })}
              onBlur={touch('title')}
              error={errorFor('title')}
              required
              requiredLabel={t('form.requiredLabel')}
              maxLength={80}
              data-testid="need-title"
            />
            <TextArea
              label={t('needForm.description')}
              hint={t('needForm.descriptionHint')}
              value={form.description}
              onChange={(e) => change({ description: e.target.value })}
              onBlur={touch('description')}
              error={errorFor('description')}
              required
              requiredLabel={t('form.requiredLabel')}
              maxLength={4000}
              data-testid="need-description"
            />

            <fieldset className="need-form__group" aria-describedby={helpId}>
              <legend className="ui-field__label">
                {t('needForm.fields')}
                <span className="ui-field__required">{t('form.requiredLabel')}</span>
              </legend>
              <p className="ui-field__hint" id={helpId}>
                {form.fieldsChosen ? t('needForm.fieldsHint') : t('needForm.fieldsSuggested')}
              </p>
              {errorFor('fields') && <p className="ui-field__error">{errorFor('fields')}</p>}
              <div className="need-form__checks">
                {ACTIVITY_FIELDS.map((f) => (
                  <label key={f.id} className="checkbox">
                    <input
                      type="checkbox"
                      checked={form.fields.includes(f.id)}
                      onChange={(e) =>
                        change(
                          {
                            fieldsChosen: true,
                            fields: e.target.checked ? [...form.fields, f.id] : form.fields.filter((x) => x !== f.id),
                          },
                          'fields',
                        )
                      }
                      data-testid={`need-field-${f.id}`}
                    />
                    {lang === 'en' ? f.labelEn : f.labelJa}
                  </label>
                ))}
              </div>
            </fieldset>

            <fieldset className="need-form__group">
              <legend className="ui-field__label">
                {t('needForm.helpKind')}
                <span className="ui-field__required">{t('form.requiredLabel')}</span>
              </legend>
              {errorFor('helpKind') && <p className="ui-field__error">{errorFor('helpKind')}</p>}
              {HELP_KINDS.map((k) => (
                <label key={k.id} className="checkbox">
                  <input
                    type="radio"
                    name="helpKind"
                    value={k.id}
                    checked={form.helpKind === k.id}
                    onChange={() => change({ helpKind: k.id }, 'helpKind')}
                    data-testid={`need-help-${k.id}`}
                  />
                  {lang === 'en' ? k.labelEn : k.labelJa}
                </label>
              ))}
            </fieldset>

            <div className={`ui-field${errorFor('ward') ? ' ui-field--invalid' : ''}`}>
              <label className="ui-field__label" htmlFor="need-ward-select">
                {t('needs.ward')}
              </label>
              <p className="ui-field__hint">{t('needForm.wardHint')}</p>
              {errorFor('ward') && <p className="ui-field__error">{errorFor('ward')}</p>}
              <select
                id="need-ward-select"
                className="ui-field__input"
                value={form.ward}
                onChange={(e) => change({ ward: e.target.value }, 'ward')}
              >
                <option value="">{t('group.chooseWard')}</option>
                {KITAKYUSHU_WARDS.map((w) => (
                  <option key={w} value={w}>
                    {w}
                  </option>
                ))}
              </select>
            </div>

            <TextField
              label={t('needs.place')}
              hint={t('needForm.placeHint')}
              value={form.place}
              onChange={(e) => change({ place: e.target.value })}
              maxLength={100}
              data-testid="need-place"
            />
            <TextField
              type="date"
              label={t('needs.date')}
              hint={t('needForm.dateHint')}
              value={form.startsOn}
              onChange={(e) => change({ startsOn: e.target.value }, 'startsOn')}
              error={errorFor('startsOn')}
              data-testid="need-starts-on"
            />
            <TextField
              label={t('needs.peopleNeeded')}
              hint={t('needForm.peopleHint')}
              inputMode="numeric"
              value={form.peopleNeeded}
              onChange={(e) => change({ peopleNeeded: e.target.value.normalize('NFKC').trim() }, 'peopleNeeded')}
              error={errorFor('peopleNeeded')}
              data-testid="need-people"
            />
            <fieldset className="need-form__group">
              <legend className="ui-field__label">{t('needs.honorarium')}</legend>
              {HONORARIA.map((h) => (
                <label key={h} className="checkbox">
                  <input
                    type="radio"
                    name="honorarium"
                    value={h}
                    checked={form.honorarium === h}
                    onChange={() => change({ honorarium: h })}
                  />
                  {t(`needs.honoraria.${h}`)}
                </label>
              ))}
            </fieldset>
            <TextField
              type="date"
              label={t('needs.deadline')}
              hint={t('needForm.deadlineHint')}
              value={form.deadline}
              onChange={(e) => change({ deadline: e.target.value }, 'deadline')}
              onBlur={touch('deadline')}
              error={errorFor('deadline')}
              required
              requiredLabel={t('form.requiredLabel')}
              data-testid="need-deadline"
            />

            {problemList.length > 0 && (
              <div id="need-form-problems" tabIndex={-1} className="ui-notice ui-notice--error">
                <p className="ui-notice__title">{t('needForm.fixFirst')}</p>
                <ul>
                  {problemList.map(([field, message]) => (
                    <li key={field}>{message}</li>
                  ))}
                </ul>
              </div>
            )}
            <div className="button-row">
              <Button type="submit" data-testid="need-preview-button">
                {t('needForm.preview')}
              </Button>
            </div>
            {saveStatus}
          </Stack>
        </form>
      </Stack>
    </Container>
  );
}
