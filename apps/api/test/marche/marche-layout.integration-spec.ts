import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionClient, errorCode } from '../accounts/session-client';
import { type Application, useMarcheApp } from './marche-test-app';

/** The venue map, booths and the printed PDF of the marché, through the API. */
describe('marché applications: the venue map', () => {
  const m = useMarcheApp();

  it('staff draw the venue, place exhibitors by hand and automatically; the public page shows the map', async () => {
    const eventId = await m.createEvent(5);
    const booths: Application[] = [];
    for (const npoId of m.npos.slice(105, 108))
      booths.push((await m.apply(m.exhibitor, eventId, npoId)).data!.applyToMarche);
    const stage = (await m.apply(m.exhibitor, eventId, m.npos[108], 'STAGE')).data!.applyToMarche;
    for (const a of [...booths, stage]) {
      await m.staff.gql(`mutation($id: ID!) { reviewMarcheApplication(id: $id, decision: ACCEPT) { status } }`, {
        id: a.id,
      });
    }
    const drawn = await m.staff.gql<{
      setMarcheLayout: { cells: Array<{ id: string; kind: string; number: number | null }> };
    }>(
      `mutation($e: ID!, $i: MarcheLayoutInput!) { setMarcheLayout(eventId: $e, input: $i) { cells { id kind number } } }`,
      { e: eventId, i: { rows: 2, cols: 3, blocked: ['0-1'], stage: ['1-2'], entrance: [] } },
    );
    expect(drawn.data!.setMarcheLayout.cells.filter((c) => c.kind === 'BOOTH').map((c) => c.number)).toEqual([
      1, 2, 3, 4,
    ]);
    const assign = (applicationId: string, boothId: string) =>
      m.staff.gql(`mutation($a: ID!, $b: String) { assignBooth(applicationId: $a, boothId: $b) { id } }`, {
        a: applicationId,
        b: boothId,
      });
    expect(errorCode(await assign(booths[0].id, '0-1'))).toBe('BAD_USER_INPUT');
    expect((await assign(booths[0].id, '0-0')).errors).toBeUndefined();
    expect(errorCode(await assign(booths[1].id, '0-0'))).toBe('CONFLICT');
    expect(
      errorCode(
        await m.exhibitor.gql(`mutation($a: ID!) { assignBooth(applicationId: $a, boothId: "0-2") { id } }`, {
          a: booths[1].id,
        }),
      ),
    ).toBe('FORBIDDEN');
    await m.staff.gql(`mutation($e: ID!) { autoAssignBooths(eventId: $e) { rows } }`, { e: eventId });

    const visitor = new SessionClient(m.t.baseUrl);
    const page = await visitor.gql<{
      marcheEvent: {
        layout: { cells: Array<{ id: string; number: number | null; exhibitor: string | null }> };
        exhibitors: Array<{ npoId: string; boothNumber: number | null; stageTime: string | null }>;
      };
    }>(
      `query($e: ID!) { marcheEvent(id: $e) { layout { cells { id number exhibitor } } exhibitors { npoId boothNumber stageTime } } }`,
      {
        e: eventId,
      },
    );
    const { layout, exhibitors } = page.data!.marcheEvent;
    const onMap = layout.cells.filter((c) => c.exhibitor);
    expect(onMap).toHaveLength(3);
    expect(onMap.find((c) => c.id === '0-0')!.number).toBe(1);
    const boothNumbers = exhibitors.filter((e) => e.boothNumber).map((e) => e.boothNumber);
    expect(new Set(boothNumbers).size).toBe(3);
    expect(exhibitors.find((e) => e.npoId === stage.npoId)).toMatchObject({ boothNumber: null, stageTime: '10:30' });

    // The map and the m.exhibitor list print as a PDF (m.staff), names as text.
    const pdf = await fetch(`${m.t.baseUrl}/api/marche/${eventId}/layout.pdf`, { headers: { cookie: m.staff.cookie } });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const file = join(mkdtempSync(join(tmpdir(), 'marche-')), 'layout.pdf');
    writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync(process.execPath, [join(__dirname, '../databook/pdf-text.mjs'), file], {
      encoding: 'utf8',
    });
    const [name] = await m.db.query(`SELECT name FROM npo WHERE id = $1`, [booths[0].npoId]);
    expect(text).toContain(name.name);
    expect(text).toContain('ブース 1');
    expect((await fetch(`${m.t.baseUrl}/api/marche/${eventId}/layout.pdf`)).status).toBe(401);
  });
});
