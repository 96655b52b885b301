import { Button, Notice, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';

/** 「〇〇にお願いします」 at the top of the need form, with the way to ask nobody after all. */
export function AskBanner({
  npoName,
  onDrop,
  noGroup = false,
}: {
  npoName: string;
  onDrop: () => void;
  noGroup?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div data-testid="ask-banner">
      <Notice title={t('introductions.askBannerTitle', { name: npoName })}>
        <Stack gap="sm">
          <p>{noGroup ? t('introductions.askBannerNoGroup') : t('introductions.askBannerBody')}</p>
          <div>
            <Button variant="secondary" onClick={onDrop} data-testid="ask-drop">
              {t('introductions.askDrop')}
            </Button>
          </div>
        </Stack>
      </Notice>
    </div>
  );
}
