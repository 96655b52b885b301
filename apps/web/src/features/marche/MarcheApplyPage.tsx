import { useMutation, useQuery } from '@apollo/client/react';
import {
  ApplyToMarcheDocument,
  type MarcheApplicationItemFragment,
  MarcheApplicationsDocument,
  MarcheEventDocument,
  type MarcheEventQuery,
  MyPageDocument,
  WithdrawMarcheApplicationDocument,
  UpdateMarcheApplicationDocument,
} from '@tsunagu/shared/graphql-client';
import {
  Button,
  ButtonLink,
  Container,
  Notice,
  PageHeading,
  Stack,
  Tag,
  TextArea,
  TextField,
} from '@tsunagu/shared/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WishesForMyNpo } from './MarcheOutreach';
import { Link, useParams } from 'react-router';
import { RouterAnchor } from '../../app/RouterAnchor';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from '../accounts/field-checks';
import { useMe } from '../accounts/use-me';
import { formatMarcheDate, placesLeft } from './marche-format';

const ACTIVE = new Set(['PENDING', 'ACCEPTED', 'WAITLISTED']);

/** An NPO applies to exhibit: one short page; then the result and its own applications (withdraw). */
export function MarcheApplyPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { me, loading: meLoading } = useMe();
  const eventQuery = useQuery(MarcheEventDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const claims = useQuery(MyPageDocument, { skip: !me });
  const mine = useQuery(MarcheApplicationsDocument, {
    variables: { eventId: id },
    skip: !me,
    fetchPolicy: 'cache-and-network',
  });
  const event = eventQuery.data?.marcheEvent;
  usePageTitle(t('marche.applyTitle'));
  const [result, setResult] = useState<MarcheApplicationItemFragment | null>(null);

  if ((eventQuery.loading && !event) || meLoading) return <p className="page">{t('npo.loading')}</p>;
  if (!event) {
    return (
      <Container width="narrow" className="page">
        <Stack gap="lg">
          <PageHeading>{t('marche.notFound')}</PageHeading>
          <Notice tone="warning">{errorMessage(eventQuery.error, t('marche.notFound'))}</Notice>
        </Stack>
      </Container>
    );
  }
  const npos = (claims.data?.myNpoClaims ?? []).filter((c) => c.status === 'APPROVED');
  const applications = mine.data?.marcheApplications ?? [];
  // One application per NPO and event; only a withdrawn one lets the NPO apply again.
  const applied = new Set(applications.filter((a) => a.status !== 'WITHDRAWN').map((a) => a.npoId));
  const free = npos.filter((n) => !applied.has(n.npoId));
  const refresh = () => {
    void mine.refetch();
    void eventQuery.refetch();
  };
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <div>
          <p className="need-page__group">
            <Link to={`/marche/${event.id}`}>{event.name}</Link>
          </p>
          <PageHeading lead={t('marche.applyLead', { date: formatMarcheDate(event.eventDate, i18n.resolvedLanguage) })}>
            {t('marche.applyTitle')}
          </PageHeading>
        </div>
        {!me ? (
          <Notice title={t('marche.signInTitle')}>
            {t('marche.signInBody')}{' '}
            <Link to={`/login?next=${encodeURIComponent(`/marche/${event.id}/apply`)}`}>{t('nav.login')}</Link>
          </Notice>
        ) : claims.data && npos.length === 0 ? (
          <Notice tone="warning" title={t('marche.noNpoTitle')}>
            {t('marche.noNpoBody')} <Link to="/npos">{t('nav.npos')}</Link>
          </Notice>
        ) : null}

        {result && (
          <Notice
            tone="info"
            title={
              result.status === 'WAITLISTED'
                ? t('marche.resultWaitlisted', { position: result.waitlistPosition })
                : t(`marche.status.${result.status}`)
            }
          >
            <span data-testid="marche-apply-result">
              {result.status === 'WAITLISTED' ? t('marche.resultWaitlistedBody') : t('marche.resultPendingBody')}
            </span>
          </Notice>
        )}

        {applications.length > 0 && (
          <MyApplications
            applications={applications}
            typeName={(code) => typeNameOf(event.boothTypes, code)}
            onChanged={() => {
              setResult(null);
              refresh();
            }}
          />
        )}

        {me && !event.open && <Notice tone="warning">{t('marche.closed')}</Notice>}
        {me && event.open && free.length > 0 && (
          <ApplyForm
            event={event}
            npos={free}
            onApplied={(a) => {
              setResult(a);
              refresh();
              window.scrollTo({ top: 0 });
            }}
          />
        )}
      </Stack>
    </Container>
  );
}

const typeNameOf = (types: Array<{ code: string; name: string }>, code: string) =>
  types.find((x) => x.code === code)?.name ?? code;

function MyApplications({
  applications,
  typeName,
  onChanged,
}: {
  applications: MarcheApplicationItemFragment[];
  typeName: (code: string) => string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [withdraw, { loading, error }] = useMutation(WithdrawMarcheApplicationDocument);
  return (
    <section aria-labelledby="marche-mine">
      <h2 id="marche-mine">{t('marche.mine')}</h2>
      {applications[0] && <WishesForMyNpo eventId={applications[0].eventId} />}
      {error && (
        <Notice tone="error" title={t('form.tryAgain')}>
          {errorMessage(error, t('form.tryAgain'))}
        </Notice>
      )}
      <ul className="npo-results" role="list" data-testid="marche-mine">
        {applications.map((a) => (
          <li key={a.id}>
            <article className="offer-card">
              <h3 className="offer-card__npo">{a.npoName}</h3>
              <p>
                {typeName(a.boothType)}：{a.title}
              </p>
              <p>
                <StatusTag application={a} />
              </p>
              {a.status === 'REJECTED' && a.reviewReason && (
                <p>
                  {t('marche.reason')}：{a.reviewReason}
                </p>
              )}
              {ACTIVE.has(a.status) && <EditApplication application={a} onSaved={onChanged} />}
              {ACTIVE.has(a.status) && (
                <Button
                  variant="secondary"
                  disabled={loading}
                  aria-label={t('marche.withdrawFor', { name: a.npoName })}
                  onClick={() => {
                    if (!window.confirm(t('marche.withdrawConfirm'))) return;
                    void withdraw({ variables: { id: a.id } }).then(onChanged, () => undefined);
                  }}
                >
                  {t('marche.withdraw')}
                </Button>
              )}
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The NPO changes its title and text while applications are open (the server refuses after). */
function EditApplication({
  application,
  onSaved,
}: {
  application: MarcheApplicationItemFragment;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(application.title);
  const [description, setDescription] = useState(application.description);
  const [update, { loading, error, data }] = useMutation(UpdateMarcheApplicationDocument);
  return (
    <details className="need-page__close">
      <summary>{t('marche.editTitle')}</summary>
      <Stack gap="sm">
        <TextField label={t('marche.editName')} value={title} onChange={(e) => setTitle(e.target.value)} />
        <TextArea
          label={t('marche.editText')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          rows={3}
        />
        {error && (
          <p className="ui-field__error" role="alert">
            {errorMessage(error, t('form.tryAgain'))}
          </p>
        )}
        {data && <p role="status">{t('marche.editSaved')}</p>}
        <div>
          <Button
            variant="secondary"
            disabled={loading}
            onClick={() =>
              void update({
                variables: { id: application.id, input: { title: title.trim(), description: description.trim() } },
              }).then(onSaved, () => undefined)
            }
          >
            {t('marche.editSave')}
          </Button>
        </div>
      </Stack>
    </details>
  );
}

/** The status in words; the waitlist place when waiting. */
export function StatusTag({ application }: { application: MarcheApplicationItemFragment }) {
  const { t } = useTranslation();
  const tone =
    application.status === 'ACCEPTED'
      ? 'success'
      : application.status === 'PENDING'
        ? 'primary'
        : application.status === 'WAITLISTED'
          ? 'warning'
          : 'neutral';
  return (
    <Tag tone={tone} data-testid="marche-status">
      {application.status === 'WAITLISTED'
        ? t('marche.waitlisted', { position: application.waitlistPosition })
        : t(`marche.status.${application.status}`)}
    </Tag>
  );
}

type EventData = MarcheEventQuery['marcheEvent'];

function ApplyForm({
  event,
  npos,
  onApplied,
}: {
  event: EventData;
  npos: Array<{ npoId: string; npoName: string }>;
  onApplied: (a: MarcheApplicationItemFragment) => void;
}) {
  const { t } = useTranslation();
  const [npoId, setNpoId] = useState('');
  const [boothType, setBoothType] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [staffCount, setStaffCount] = useState('2');
  const [tables, setTables] = useState('1');
  const [needsPower, setNeedsPower] = useState(false);
  const [needsWater, setNeedsWater] = useState(false);
  const [wishText, setWishText] = useState('');
  const [answers, setAnswers] = useState<string[]>(() => event.questions.map(() => ''));
  const [consent, setConsent] = useState(false);
  const [touched, setTouched] = useState(false);
  const [apply, { loading, error }] = useMutation(ApplyToMarcheDocument);
  const chosenNpo = npoId || npos[0]?.npoId || '';
  const problems = {
    boothType: boothType ? undefined : t('marche.pickType'),
    title: title.trim().length >= 2 ? undefined : t('marche.titleShort'),
    description: description.trim().length >= 10 ? undefined : t('marche.descriptionShort'),
    consent: consent ? undefined : t('marche.consentRequired'),
  };
  const invalid = Object.values(problems).some(Boolean);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (invalid || !chosenNpo) return;
    void apply({
      variables: {
        input: {
          eventId: event.id,
          npoId: chosenNpo,
          boothType,
          title: title.trim(),
          description: description.trim(),
          staffCount: Math.min(50, Math.max(1, Math.round(Number(staffCount)) || 1)),
          tables: Math.min(10, Math.max(0, Math.round(Number(tables)) || 0)),
          needsPower,
          needsWater,
          wishText: wishText.trim() || null,
          answers: answers.map((a) => a.trim()),
          consentPublish: consent,
        },
      },
    }).then(
      (r) => r.data && onApplied(r.data.applyToMarche),
      () => undefined,
    );
  };
  const show = (p?: string) => (touched ? p : undefined);
  return (
    <form noValidate onSubmit={submit} className="marche-form" aria-labelledby="marche-form-title">
      <Stack gap="md">
        <h2 id="marche-form-title">{t('marche.formTitle')}</h2>
        {npos.length > 1 ? (
          <div className="ui-field">
            <label className="ui-field__label" htmlFor="marche-npo">
              {t('marche.asNpo')}
            </label>
            <select
              id="marche-npo"
              className="ui-field__input"
              value={chosenNpo}
              onChange={(e) => setNpoId(e.target.value)}
            >
              {npos.map((n) => (
                <option key={n.npoId} value={n.npoId}>
                  {n.npoName}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p>{t('marche.asOne', { name: npos[0]?.npoName })}</p>
        )}

        <fieldset className="need-form__group" aria-describedby="marche-type-hint">
          <legend className="ui-field__label">
            {t('marche.boothType')}
            <span className="ui-field__required">{t('form.requiredLabel')}</span>
          </legend>
          <p className="ui-field__hint" id="marche-type-hint">
            {t('marche.boothTypeHint')}
          </p>
          {touched && problems.boothType && <p className="ui-field__error">{problems.boothType}</p>}
          {event.boothTypes.map((bt) => {
            const left = placesLeft(bt);
            return (
              <label key={bt.code} className="checkbox marche-type">
                <input
                  type="radio"
                  name="boothType"
                  value={bt.code}
                  checked={boothType === bt.code}
                  onChange={() => setBoothType(bt.code)}
                />
                <span>
                  <strong>{bt.name}</strong>
                  {bt.slotMinutes ? t('marche.slot', { minutes: bt.slotMinutes }) : ''}
                  <br />
                  {left > 0
                    ? t('marche.left', { left, capacity: bt.capacity })
                    : t('marche.full', { waiting: bt.waitlisted })}
                </span>
              </label>
            );
          })}
        </fieldset>

        <TextField
          label={t('marche.titleField')}
          hint={t('marche.titleHint')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={show(problems.title)}
          required
          requiredLabel={t('form.requiredLabel')}
          maxLength={60}
          data-testid="marche-title"
        />
        <TextArea
          label={t('marche.description')}
          hint={t('marche.descriptionHint')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={show(problems.description)}
          required
          requiredLabel={t('form.requiredLabel')}
          rows={4}
          maxLength={2000}
          data-testid="marche-description"
        />
        <div className="marche-form__numbers">
          <TextField
            label={t('marche.staffCount')}
            hint={t('marche.staffCountHint')}
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            value={staffCount}
            onChange={(e) => setStaffCount(e.target.value)}
          />
          <TextField
            label={t('marche.tables')}
            hint={t('marche.tablesHint')}
            type="number"
            inputMode="numeric"
            min={0}
            max={10}
            value={tables}
            onChange={(e) => setTables(e.target.value)}
          />
        </div>
        <fieldset className="need-form__group">
          <legend className="ui-field__label">{t('marche.equipment')}</legend>
          <label className="checkbox">
            <input type="checkbox" checked={needsPower} onChange={(e) => setNeedsPower(e.target.checked)} />
            {t('marche.needsPower')}
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={needsWater} onChange={(e) => setNeedsWater(e.target.checked)} />
            {t('marche.needsWater')}
          </label>
        </fieldset>
        <TextArea
          label={t('marche.wish')}
          hint={t('marche.wishHint')}
          value={wishText}
          onChange={(e) => setWishText(e.target.value)}
          rows={2}
          maxLength={500}
        />
        {event.questions.map((q, i) => (
          <TextArea
            key={q}
            label={q}
            value={answers[i] ?? ''}
            onChange={(e) => setAnswers((prev) => prev.map((a, j) => (j === i ? e.target.value : a)))}
            rows={2}
            maxLength={1000}
          />
        ))}
        <div className={`ui-field${touched && problems.consent ? ' ui-field--invalid' : ''}`}>
          <label className="checkbox marche-consent">
            <input
              type="checkbox"
              checked={consent}
              onChange={(e) => setConsent(e.target.checked)}
              aria-invalid={touched && !!problems.consent}
              aria-describedby={touched && problems.consent ? 'marche-consent-error' : undefined}
              required
              data-testid="marche-consent"
            />
            {t('marche.consent')}
          </label>
          {touched && problems.consent && (
            <p className="ui-field__error" id="marche-consent-error">
              {problems.consent}
            </p>
          )}
        </div>
        {touched && invalid && (
          <Notice tone="error" title={t('marche.fixErrors')}>
            {Object.values(problems).filter(Boolean).join('／')}
          </Notice>
        )}
        {error && (
          <Notice tone="error" title={t('marche.applyFailed')}>
            {errorMessage(error, t('form.tryAgain'))}
          </Notice>
        )}
        <div className="button-row">
          <Button type="submit" disabled={loading} data-testid="marche-submit">
            {t('marche.submit')}
          </Button>
          <ButtonLink href={`/marche/${event.id}`} as={RouterAnchor} variant="secondary">
            {t('marche.backToEvent')}
          </ButtonLink>
        </div>
      </Stack>
    </form>
  );
}
