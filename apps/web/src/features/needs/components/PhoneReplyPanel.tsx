import { useMutation } from '@apollo/client/react';
import { type OfferQuery, type PaperReplyAnswer, RecordPhoneReplyDocument } from '@tsunagu/shared/graphql-client';
import { Button, ErrorSummary, Notice, Stack, TextArea, TextField } from '@tsunagu/shared/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../shared/ErrorNotice';
import { RequiredChoiceGroup } from '../../../shared/RequiredChoiceGroup';
import { fieldErrors } from '../need-format';
import { type PhoneReplyField, phoneReplyProblems } from '../phone-reply-checks';

type Offer = OfferQuery['offer'];

const FIELDS: readonly PhoneReplyField[] = ['answer', 'message', 'takenBy'];

/**
 * For the 市民センター (or city) staff who act for an assisted group: the officer's answer that
 * came by phone or on paper, typed in with who took it. Once the offer is accepted only a message
 * can still come that way.
 */
export function PhoneReplyPanel({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const pending = offer.status === 'PENDING';
  const [answer, setAnswer] = useState<PaperReplyAnswer | null>(pending ? null : 'MESSAGE');
  const [message, setMessage] = useState('');
  const [takenBy, setTakenBy] = useState('');
  const [submits, setSubmits] = useState(0);
  const [done, setDone] = useState(false);
  const [record, { loading, error }] = useMutation(RecordPhoneReplyDocument);

  const id = (field: PhoneReplyField) => `phone-reply-${field}`;
  const local = phoneReplyProblems(t, { answer, message, takenBy });
  const server = Object.fromEntries(
    Object.entries(fieldErrors(error)).map(([field, text]) => [field.split('.').pop() ?? field, text]),
  );
  const problem = (field: PhoneReplyField) => (submits > 0 ? (local[field] ?? server[field]) : server[field]);
  const summary = FIELDS.filter((f) => problem(f)).map((f) => ({ fieldId: id(f), message: problem(f) }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmits((n) => n + 1);
    setDone(false);
    if (Object.keys(local).length > 0 || !answer) return;
    const input = { offerId: offer.id, answer, message: message.trim() || null, takenBy: takenBy.trim() };
    // The answer is the whole thread: the cache shows the new status and message at once.
    void record({ variables: { input } }).then(
      (r) => {
        if (!r.data) return;
        setMessage('');
        setSubmits(0);
        setAnswer(r.data.recordPhoneReply.status === 'PENDING' ? null : 'MESSAGE');
        setDone(true);
      },
      () => undefined,
    );
  };

  const options: { value: PaperReplyAnswer; label: string }[] = pending
    ? [
        { value: 'ACCEPT', label: t('offers.phoneReplyAccept') },
        { value: 'DECLINE', label: t('offers.phoneReplyDecline') },
        { value: 'MESSAGE', label: t('offers.phoneReplyMessage') },
      ]
    : [{ value: 'MESSAGE', label: t('offers.phoneReplyMessage') }];

  return (
    <section aria-labelledby="phone-reply" className="npo-page__consult" data-testid="phone-reply">
      <h2 id="phone-reply">{t('offers.phoneReplyTitle')}</h2>
      <p>{t('offers.phoneReplyLead')}</p>
      {done && <Notice tone="info">{t('offers.phoneReplyDone')}</Notice>}
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {submits > 0 && <ErrorSummary title={t('offers.phoneReplyProblems')} focusKey={submits} errors={summary} />}
          <RequiredChoiceGroup<PaperReplyAnswer>
            anchorId={id('answer')}
            type="radio"
            name="phone-reply-answer"
            legend={t('offers.phoneReplyAnswer')}
            error={problem('answer')}
            options={options.map((o) => ({ ...o, testId: `phone-reply-${o.value}` }))}
            value={answer}
            onChange={setAnswer}
          />
          <TextArea
            id={id('message')}
            label={t('offers.phoneReplyWords')}
            hint={t('offers.phoneReplyWordsHint')}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            error={problem('message')}
            rows={3}
            maxLength={4000}
            data-testid="phone-reply-words"
          />
          <TextField
            id={id('takenBy')}
            label={t('offers.phoneReplyTakenBy')}
            hint={t('offers.phoneReplyTakenByHint')}
            required
            requiredLabel={t('form.requiredLabel')}
            value={takenBy}
            onChange={(e) => setTakenBy(e.target.value)}
            error={problem('takenBy')}
            maxLength={60}
            autoComplete="name"
            data-testid="phone-reply-taken-by"
          />
          <ErrorNotice error={Object.keys(server).length ? undefined : error} />
          <div>
            <Button type="submit" disabled={loading} data-testid="phone-reply-submit">
              {t('offers.phoneReplySubmit')}
            </Button>
          </div>
        </Stack>
      </form>
    </section>
  );
}
