import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { NpoDocument, UpdateNpoProfileDocument } from '@tsunagu/shared/graphql-client';
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
import { HELP_KINDS, KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RouterAnchor } from '../../app/RouterAnchor';
import { usePageTitle } from '../../app/usePageTitle';
import { uploadFile } from '../staff/upload-file';
import { TryAgainNotice } from '../../app/TryAgainNotice';
import { Checkbox } from '../../shared/Checkbox';

type Draft = {
  introduction: string;
  helpKinds: string[];
  areas: string[];
  contactForGroups: string;
  website: string;
  printConsent: boolean;
};

/** Members of an NPO write what the open data does not hold; the official fields are not editable. */
export function NpoProfileEditPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  usePageTitle(t('profile.title'));
  const client = useApolloClient();
  const { data } = useQuery(NpoDocument, { variables: { id } });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [save, { data: saved, loading, error }] = useMutation(UpdateNpoProfileDocument);
  const [photo, setPhoto] = useState<{ state: 'idle' | 'sending' | 'done' | 'failed'; message?: string; url?: string }>(
    { state: 'idle' },
  );
  const sendPhoto = async (file: File | undefined) => {
    if (!file) return;
    setPhoto({ state: 'sending' });
    const result = await uploadFile(`/api/npos/${id}/photo`, file, () => undefined).catch(() => null);
    const body = result?.body as { photoUrl?: string; message?: string } | undefined;
    if (result?.status === 201 && body?.photoUrl) {
      setPhoto({ state: 'done', url: body.photoUrl });
      // The photo went over REST: put its address into the cached profile, for the NPO page.
      const photoUrl = body.photoUrl;
      client.cache.modify<{ profile: { photoUrl?: string | null } | null }>({
        id: client.cache.identify({ __typename: 'Npo', id }),
        fields: { profile: (profile) => (profile ? { ...profile, photoUrl } : profile) },
      });
    } else setPhoto({ state: 'failed', message: body?.message ?? t('form.tryAgain') });
  };
  const npo = data?.npo;
  if (!npo) return null;
  const current: Draft = draft ?? {
    introduction: npo.profile?.introduction ?? '',
    helpKinds: npo.profile?.helpKinds ?? [],
    areas: npo.profile?.areas ?? [],
    contactForGroups: npo.profile?.contactForGroups ?? '',
    website: npo.profile?.website ?? '',
    printConsent: false,
  };
  const change = (patch: Partial<Draft>) => setDraft({ ...current, ...patch });
  const toggle = (list: string[], value: string) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  const websiteProblem =
    current.website && !/^https?:\/\/\S+$/.test(current.website) ? t('profile.websiteInvalid') : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (websiteProblem) return;
    await save({
      variables: {
        npoId: id,
        input: { ...current, website: current.website || null, contactForGroups: current.contactForGroups || null },
      },
    }).catch(() => null);
  };

  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <PageHeading lead={t('profile.lead')}>{t('profile.titleFor', { name: npo.name })}</PageHeading>
        <Notice title={t('profile.officialTitle')}>{t('profile.officialBody')}</Notice>
        <TryAgainNotice error={error} />
        {saved && (
          <Notice title={t('profile.savedTitle')}>
            <span data-testid="profile-saved">{t('profile.savedBody')}</span>
          </Notice>
        )}
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <TextArea
              label={t('profile.introduction')}
              hint={t('profile.introductionHint')}
              maxLength={2000}
              value={current.introduction}
              onChange={(e) => change({ introduction: e.target.value })}
              data-testid="profile-introduction"
            />
            <fieldset className="npo-filter">
              <legend>{t('profile.helpKinds')}</legend>
              <div className="npo-filter__chips">
                {HELP_KINDS.map((k) => (
                  <Chip
                    key={k.id}
                    label={i18n.resolvedLanguage === 'en' ? k.labelEn : k.labelJa}
                    selected={current.helpKinds.includes(k.id)}
                    onClick={() => change({ helpKinds: toggle(current.helpKinds, k.id) })}
                  />
                ))}
              </div>
            </fieldset>
            <fieldset className="npo-filter">
              <legend>{t('profile.areas')}</legend>
              <div className="npo-filter__chips">
                {KITAKYUSHU_WARDS.map((w) => (
                  <Chip
                    key={w}
                    label={w}
                    selected={current.areas.includes(w)}
                    onClick={() => change({ areas: toggle(current.areas, w) })}
                  />
                ))}
              </div>
            </fieldset>
            <TextField
              label={t('profile.contactForGroups')}
              hint={t('profile.contactHint')}
              value={current.contactForGroups}
              onChange={(e) => change({ contactForGroups: e.target.value })}
            />
            <TextField
              label={t('profile.website')}
              hint={t('profile.websiteHint')}
              type="url"
              value={current.website}
              onChange={(e) => change({ website: e.target.value })}
              error={websiteProblem}
            />
            <div>
              <TextField
                label={t('profile.photo')}
                hint={t('profile.photoHint')}
                type="file"
                accept="image/jpeg,image/png,image/webp"
                onChange={(e) => void sendPhoto(e.target.files?.[0])}
                data-testid="profile-photo"
              />
              {photo.state === 'sending' && <p role="status">{t('staffImport.uploading')}</p>}
              {photo.state === 'failed' && <Notice tone="error" title={photo.message} />}
              {(photo.url ?? npo.profile?.photoUrl) && (
                <img
                  className="npo-photo"
                  src={photo.url ?? npo.profile?.photoUrl ?? ''}
                  alt={t('profile.photoAlt', { name: npo.name })}
                />
              )}
            </div>
            <Checkbox
              label={t('profile.printConsent')}
              checked={current.printConsent}
              onChange={(printConsent) => change({ printConsent })}
            />
            <div className="button-row">
              <Button type="submit" disabled={loading} data-testid="profile-save">
                {t('profile.save')}
              </Button>
              <ButtonLink href={`/npos/${id}`} as={RouterAnchor} variant="secondary">
                {t('profile.back')}
              </ButtonLink>
            </div>
          </Stack>
        </form>
      </Stack>
    </Container>
  );
}
