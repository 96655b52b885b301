import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  AssignBoothDocument,
  AutoAssignBoothsDocument,
  type MarcheApplicationItemFragment,
  MarcheEventDocument,
  type MarcheEventQuery,
  type MarcheLayoutGridFragment,
} from '@tsunagu/shared/graphql-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type MarcheEvent = MarcheEventQuery['marcheEvent'];

/**
 * Staff place accepted exhibitors on booths: pick one, then a booth on the map (or let the
 * server place everyone). Says what happened in a status line.
 */
export function useBoothPlacement(
  event: MarcheEvent,
  applications: MarcheApplicationItemFragment[],
  reloadEvent: () => Promise<unknown>,
) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [selected, setSelected] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [assign, assignState] = useMutation(AssignBoothDocument);
  const [autoAssign, autoState] = useMutation(AutoAssignBoothsDocument);

  const cells = event.layout?.cells ?? [];
  const boothOf = (a: MarcheApplicationItemFragment) =>
    cells.find((c) => c.kind === 'BOOTH' && c.exhibitor === a.npoName);
  const boothTypes = new Set(event.boothTypes.filter((bt) => !bt.slotMinutes).map((bt) => bt.code));
  const placeable = applications.filter((a) => a.status === 'ACCEPTED' && boothTypes.has(a.boothType));
  const chosen = placeable.find((a) => a.id === selected) ?? null;
  const placed = placeable
    .map((a) => ({ a, cell: boothOf(a) }))
    .filter((x) => x.cell)
    .sort((x, y) => (x.cell?.number ?? 0) - (y.cell?.number ?? 0));

  /** The event's map as the server answered it, into the cache (the page shows it at once). */
  const showLayout = (layout: MarcheLayoutGridFragment) =>
    client.cache.updateQuery({ query: MarcheEventDocument, variables: { id: event.id } }, (data) =>
      data ? { ...data, marcheEvent: { ...data.marcheEvent, layout } } : data,
    );

  const place = (applicationId: string, boothId: string | null, name: string, number?: number | null) => {
    setMessage('');
    void assign({ variables: { applicationId, boothId } }).then(
      async () => {
        setSelected(null);
        // The answer is the application; the map it changed (and who moved off a booth) is the server's.
        await reloadEvent();
        setMessage(boothId ? t('marche.placed', { name, number }) : t('marche.unplaced', { name }));
      },
      () => undefined,
    );
  };
  const placeAll = () =>
    void autoAssign({ variables: { eventId: event.id } }).then(
      (result) => {
        if (result.data) showLayout(result.data.autoAssignBooths);
        setMessage(t('marche.autoDone'));
      },
      () => undefined,
    );

  return {
    selected,
    setSelected,
    chosen,
    message,
    placeable,
    placed,
    boothOf,
    place,
    placeAll,
    showLayout,
    autoPlacing: autoState.loading,
    error: assignState.error ?? autoState.error,
  };
}

export type BoothPlacement = ReturnType<typeof useBoothPlacement>;
