import { useMutation } from '@apollo/client/react';
import { PostNeedDocument, UpdateNeedDocument } from '@tsunagu/shared/graphql-client';
import { useEffect, useRef, useState } from 'react';
import { fieldErrors } from '../need-format';
import { draftFields, type NeedFormValues } from '../need-form';

const SAVE_DELAY_MS = 1000;

export type DraftSaveState = 'idle' | 'saving' | 'saved' | 'failed';

interface Options {
  form: NeedFormValues;
  /** the officer has changed something (loading a saved need is no change) */
  edited: boolean;
  /** only drafts are saved as the officer types; a published need is saved on "save changes" */
  isDraft: boolean;
  /** the need being edited, if any */
  editId: string | null;
  onFieldErrors: (errors: Record<string, string>) => void;
}

/**
 * Saving as they go (nothing is lost if the phone rings): the first change creates the draft,
 * later ones update it after a pause. `save()` sends the form now, after any save under way,
 * and gives the need's id (creating the draft if there is none yet).
 */
export function useNeedDraftAutosave({ form, edited, isDraft, editId, onFieldErrors }: Options) {
  const [postNeed] = useMutation(PostNeedDocument);
  const [updateNeed] = useMutation(UpdateNeedDocument);
  const [saveState, setSaveState] = useState<DraftSaveState>('idle');
  const [needId, setNeedId] = useState<string | null>(editId);

  const latest = useRef(form);
  useEffect(() => {
    latest.current = form;
  }, [form]);
  const savedId = useRef<string | null>(editId);
  const creating = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingSave = useRef<Promise<unknown>>(Promise.resolve());

  const create = (value: NeedFormValues) =>
    postNeed({ variables: { input: { groupId: value.groupId, publish: false, ...draftFields(value) } } });

  const update = (value: NeedFormValues): Promise<unknown> => {
    const id = savedId.current;
    if (!id) return Promise.resolve();
    setSaveState('saving');
    const run = updateNeed({ variables: { id, input: draftFields(value) } }).then(
      () => {
        setSaveState('saved');
        onFieldErrors({});
      },
      (error: unknown) => {
        setSaveState('failed');
        onFieldErrors(fieldErrors(error));
      },
    );
    pendingSave.current = run;
    return run;
  };

  useEffect(() => {
    if (!edited || !isDraft) return;
    if (!savedId.current) {
      if (creating.current || !form.groupId) return;
      creating.current = true;
      setSaveState('saving');
      const snapshot = form;
      const run = create(form).then(
        (result) => {
          const id = result.data?.postNeed.id ?? null;
          savedId.current = id;
          setNeedId(id);
          setSaveState(id ? 'saved' : 'failed');
          if (id && latest.current !== snapshot) return update(latest.current);
          return undefined;
        },
        (error: unknown) => {
          creating.current = false;
          setSaveState('failed');
          onFieldErrors(fieldErrors(error));
        },
      );
      pendingSave.current = run;
      return;
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void update(latest.current), SAVE_DELAY_MS);
    return () => clearTimeout(timer.current);
    // Saving follows the form only (not the callbacks, which change every render).
  }, [form]);

  /** Sends the form now (throws the server's refusal); the need's id, or null if none came back. */
  const save = async (value: NeedFormValues): Promise<string | null> => {
    clearTimeout(timer.current);
    await pendingSave.current;
    let id = savedId.current;
    if (!id) {
      const created = await create(value);
      id = created.data?.postNeed.id ?? null;
      savedId.current = id;
    } else {
      await updateNeed({ variables: { id, input: draftFields(value) } });
    }
    return id;
  };

  return { saveState, needId, save };
}
