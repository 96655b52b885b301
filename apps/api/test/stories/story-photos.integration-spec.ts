import sharp from 'sharp';
import { type NeedsWorld, createNeedsWorld } from '../needs/needs-world';
import type { SessionClient } from '../accounts/session-client';
import { GROUP_SIDE, HELPER_SIDE, MODERATE, finishedNeed, must, writeSide } from './stories-world';

/** A side's photo: its own party adds it once the text is there; it is seen only where the story is. */
describe('good examples: photos', () => {
  let w: NeedsWorld;
  let jpeg: Buffer;
  beforeAll(async () => {
    w = await createNeedsWorld();
    // a photo with GPS in its EXIF, as a phone takes it
    jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3366cc' } })
      .jpeg()
      .withMetadata({ exif: { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '33/1 52/1 0/1' } } })
      .toBuffer();
  });
  afterAll(async () => {
    await w?.t.close();
  });

  const upload = (who: SessionClient, needId: string, bytes: Buffer = jpeg) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'photo.jpg');
    return fetch(`${w.t.baseUrl}/api/stories/needs/${needId}/photo`, {
      method: 'POST',
      body: form,
      headers: { cookie: who.cookie, origin: w.t.baseUrl },
    });
  };
  const show = (url: string, who?: SessionClient) =>
    fetch(`${w.t.baseUrl}${url}`, { headers: who ? { cookie: who.cookie } : {} });

  it('asks for the text first, keeps the photo without its metadata, and shows it to the public only once published', async () => {
    const need = await finishedNeed(w, '写真のある清掃活動');
    const early = await upload(w.as.officer, need);
    expect(early.status).toBe(400);
    expect(await early.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });

    const story = await writeSide(w, 'officer', need, GROUP_SIDE);
    const res = await upload(w.as.officer, need);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { story: { groupSide: { photoUrl: string | null } } };
    const url = body.story.groupSide.photoUrl!;
    expect(url).toMatch(new RegExp(`^/api/stories/${story.id}/photos/group\\?v=\\d+$`));

    const own = await show(url, w.as.officer);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('image/jpeg');
    const kept = await sharp(Buffer.from(await own.arrayBuffer())).metadata();
    expect(kept.exif).toBeUndefined();
    expect((await show(url)).status).toBe(404);
    expect((await show(url, w.as.otherNpoMember)).status).toBe(404);

    await writeSide(w, 'npoMember', need, HELPER_SIDE);
    must(await w.as.staff.gql(MODERATE, { i: story.id, p: true, r: null }));
    expect((await show(url)).status).toBe(200);
  });

  it('refuses a photo from someone who is neither party, and a file that is no photo', async () => {
    const need = await finishedNeed(w, '写真のない餅つき');
    await writeSide(w, 'officer', need, GROUP_SIDE);
    expect((await upload(w.as.otherNpoMember, need)).status).toBe(403);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const refused = await upload(w.as.officer, need, svg);
    expect(refused.status).toBe(400);
    const [row] = await w.db.query(`SELECT group_photo_path FROM story WHERE need_id = $1`, [need]);
    expect(row.group_photo_path).toBeNull();
  });
});
