import { useMutation, useQuery } from '@apollo/client/react';
import {
  NeedDocument,
  NeedFormDocument,
  NeedFormDraftsDocument,
  PublishNeedDocument,
} from '@tsunagu/shared/graphql-client';
import { Container, Notice, PageHeading, SignInRequired, Stack } from '@tsunagu/shared/ui';
import { NEED_TEMPLATES } from '@tsunagu/shared/util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { RouterAnchor } from '../../app/RouterAnchor';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from '../accounts/field-checks';
import { useMe } from '../accounts/hooks/useMe';
import { AskBanner } from './components/AskBanner';
import { DraftSaveStatus } from './components/DraftSaveStatus';
import { NeedDraftOffer } from './components/NeedDraftOffer';
import { NeedFormFields } from './components/NeedFormFields';
import { NeedFormNoGroup } from './components/NeedFormNoGroup';
import { NeedFormProblems } from './components/NeedFormProblems';
import { NeedPreview } from './components/NeedPreview';
import { NeedTemplatePicker } from './components/NeedTemplatePicker';
import { useNeedAsk } from './hooks/useNeedAsk';
import { useNeedDraftAutosave } from './hooks/useNeedDraftAutosave';
import { useNeedForm } from './hooks/useNeedForm';
import { fieldErrors } from './need-format';
import { formOfNeed, type NeedFormField } from './need-form';
import { latestDraftOf } from './need-drafts';
import type { NeedPageNotice } from './need-page-notice';

/**
 * 「募集を書く」: a template on top, then one short page; the draft is saved as the officer
 * types (nothing is lost if the phone rings), then a preview, then publish. A draft left earlier
 * is offered first, so coming back does not begin a second one. From an NPO's page
 * (`?ask=<npoId>`) the NPO is named on top and asked once the need is published.
 */
export function NeedFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const [search] = useSearchParams();
  const editId = params['id'] ?? search.get('draft') ?? null;
  usePageTitle(editId ? t('needForm.editTitle') : t('nav.needsNew'));
  const { me, loading: meLoading } = useMe();
  // From the network too: a centre may have just registered the group it now writes for.
  const groupsQuery = useQuery(NeedFormDocument, { skip: !me, fetchPolicy: 'cache-and-network' });
  const existing = useQuery(NeedDocument, { variables: { id: editId ?? '' }, skip: !editId || !me });
  const drafts = useQuery(NeedFormDraftsDocument, { skip: !me || Boolean(editId), fetchPolicy: 'cache-and-network' });
  const [draftOfferDropped, setDraftOfferDropped] = useState(false);

  const state = useNeedForm();
  const { form, load, change } = state;
  const [loadedId, setLoadedId] = useState<string | null>(null);
  const [step, setStep] = useState<'edit' | 'preview'>('edit');
  const [asked, setAsked] = useState<{ fields: NeedFormField[]; attempt: number }>({ fields: [], attempt: 0 });
  const [publishError, setPublishError] = useState<string | null>(null);
  const [publishNeed, publishing] = useMutation(PublishNeedDocument);
  const [keeping, setKeeping] = useState(false);

  const myGroups = groupsQuery.data?.myCommunityGroups ?? [];
  const groups = myGroups.filter((g) => g.status === 'VERIFIED');
  const pendingGroups = myGroups.filter((g) => g.status === 'PENDING');
  const need = existing.data?.need;
  const isDraft = !need || need.status === 'DRAFT';

  const draft = useNeedDraftAutosave({
    form,
    edited: state.edited,
    isDraft,
    editId,
    onFieldErrors: state.setServerErrors,
  });
  const noGroup = Boolean(me) && !groupsQuery.loading && !editId && groups.length === 0;
  const ask = useNeedAsk({ editId, needId: draft.needId, keepForLater: noGroup });

  // Fill the form once from the saved need (editing), or with the group asked for (`?group=`, from
  // a centre's desk acting for it) or else the first group (new).
  if (need && loadedId !== need.id) {
    setLoadedId(need.id);
    load(formOfNeed(need));
  }
  const askedGroup = search.get('group');
  const askedGroupKnown = !askedGroup || groups.some((g) => g.id === askedGroup);
  // A group asked for but not (yet) in the list waits for the network's answer before the first is taken.
  if (!editId && !form.groupId && groups.length > 0 && (askedGroupKnown || !groupsQuery.loading)) {
    const first = groups.find((g) => g.id === askedGroup) ?? groups[0];
    load({ ...form, groupId: first.id, ward: form.ward || first.ward });
  }

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

  // Offered until she answers or starts writing here (then this page's own draft is the one kept).
  const earlierDraft =
    !editId && !state.edited && !draftOfferDropped ? latestDraftOf(drafts.data?.myNeeds ?? [], form.groupId) : null;
  const continueDraft = (id: string) => void navigate(`/needs/${id}/edit${location.search}`);

  const toPreview = () => {
    const fields = Object.keys(state.problems) as NeedFormField[];
    state.touchAll(fields);
    if (fields.length > 0) {
      setAsked({ fields, attempt: asked.attempt + 1 });
      return;
    }
    setStep('preview');
    window.scrollTo(0, 0);
  };

  const publish = async () => {
    setPublishError(null);
    try {
      const id = await draft.save(form);
      if (!id) throw new Error();
      if (isDraft) await publishNeed({ variables: { id } });
      const asked = await ask.askAfterPublish(id);
      const notice: NeedPageNotice = isDraft ? 'published' : 'updated';
      void navigate(asked || !ask.npoId ? `/needs/${id}` : `/needs/${id}?ask=${ask.npoId}`, { state: { notice } });
    } catch (error) {
      const byField = fieldErrors(error);
      state.setServerErrors(byField);
      if (Object.keys(byField).length > 0) {
        state.touchAll(Object.keys(byField));
        setStep('edit');
      }
      setPublishError(errorMessage(error, t('form.tryAgain')));
    }
  };

  const keepDraft = async () => {
    setKeeping(true);
    try {
      const id = await draft.save(form);
      const notice: NeedPageNotice = 'draftSaved';
      if (id) void navigate(`/needs/${id}`, { state: { notice } });
    } catch (error) {
      setPublishError(errorMessage(error, t('form.tryAgain')));
    } finally {
      setKeeping(false);
    }
  };

  if (meLoading) return null;
  if (!me) {
    return (
      <Container width="narrow" className="page">
        <Stack gap="lg">
          <PageHeading>{t('nav.needsNew')}</PageHeading>
          <SignInRequired
            message={t('needForm.signIn')}
            next={`${location.pathname}${location.search}`}
            signInLabel={t('nav.login')}
            as={RouterAnchor}
          />
        </Stack>
      </Container>
    );
  }
  if (groupsQuery.loading || (editId && existing.loading)) return <p className="page">{t('npo.loading')}</p>;
  const askBanner = (noGroupYet: boolean) =>
    ask.npoName ? <AskBanner npoName={ask.npoName} onDrop={ask.drop} noGroup={noGroupYet} /> : null;
  if (noGroup) return <NeedFormNoGroup pending={pendingGroups.length > 0} banner={askBanner(true)} />;

  const groupName = myGroups.find((g) => g.id === form.groupId)?.name ?? need?.group.name ?? '';
  const saveStatus = <DraftSaveStatus state={draft.saveState} />;

  if (step === 'preview') {
    return (
      <NeedPreview
        form={form}
        groupName={groupName}
        isDraft={isDraft}
        publishError={publishError}
        publishing={publishing.loading}
        onPublish={() => void publish()}
        onBack={() => setStep('edit')}
        saveStatus={saveStatus}
        askNote={ask.npoName ? t('introductions.askPublishNote', { name: ask.npoName }) : undefined}
      />
    );
  }

  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <PageHeading lead={t('needForm.lead')}>{editId ? t('needForm.editTitle') : t('nav.needsNew')}</PageHeading>
        <NeedFormProblems problems={state.problems} asked={asked.fields} attempt={asked.attempt} />
        {earlierDraft && (
          <NeedDraftOffer
            title={earlierDraft.title}
            onContinue={() => continueDraft(earlierDraft.id)}
            onStartNew={() => setDraftOfferDropped(true)}
          />
        )}
        {askBanner(false)}
        {isDraft && <NeedTemplatePicker selected={form.template} onPick={applyTemplate} />}
        {publishError && (
          <Notice tone="error" title={t('needForm.publishFailed')}>
            {publishError}
          </Notice>
        )}
        <NeedFormFields
          state={state}
          groups={editId ? myGroups : groups}
          groupLocked={Boolean(draft.needId)}
          onPreview={toPreview}
          onKeepDraft={isDraft && (draft.needId || state.edited) ? () => void keepDraft() : undefined}
          keepingDraft={keeping}
          saveStatus={saveStatus}
        />
      </Stack>
    </Container>
  );
}
