import { NpoDirectoryPort } from './npo-directory.port';

describe(NpoDirectoryPort.name, () => {
  it('refuses to answer before the npo module attached its directory', async () => {
    expect(() => new NpoDirectoryPort().namesOf(['a'])).toThrow(/no NPO directory attached/);
  });

  it('asks the attached directory once per distinct id, and not at all for none', async () => {
    const port = new NpoDirectoryPort();
    const asked: string[][] = [];
    port.attach({
      namesOf: async (ids) => {
        asked.push([...ids]);
        return new Map(ids.filter((id) => id !== 'gone').map((id) => [id, `NPO ${id}`]));
      },
      isClaimable: async (id) => id !== 'gone',
    });
    expect(await port.namesOf([])).toEqual(new Map());
    expect(await port.namesOf(['x', 'y', 'x'])).toEqual(
      new Map([
        ['x', 'NPO x'],
        ['y', 'NPO y'],
      ]),
    );
    expect(await port.nameOf('gone')).toBeUndefined();
    expect(await port.nameOf('x')).toBe('NPO x');
    expect(asked).toEqual([['x', 'y'], ['gone'], ['x']]);
  });
});
