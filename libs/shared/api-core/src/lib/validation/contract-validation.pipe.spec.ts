import { contractValidationPipe } from './contract-validation.pipe';

describe('contractValidationPipe', () => {
  const pipe = contractValidationPipe();

  it('refuses text with a NUL character anywhere in a body or query, naming the field', async () => {
    await expect(
      pipe.transform({ ward: '八幡西区', rows: [{ note: 'a\u0000b' }] }, { type: 'body', data: undefined }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'rows.0.note' } });
    await expect(pipe.transform('x\u0000', { type: 'query', data: 'ward' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'ward' },
    });
  });

  it('lets ordinary text through, and leaves what custom decorators hand over alone', async () => {
    await expect(pipe.transform({ ward: '八幡西区' }, { type: 'body', data: undefined })).resolves.toEqual({
      ward: '八幡西区',
    });
    const request = { headers: { 'x-odd': 'a\u0000' } };
    await expect(pipe.transform(request, { type: 'custom', data: undefined })).resolves.toBe(request);
  });
});
