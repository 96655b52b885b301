import { dirname, join } from 'node:path';
import { type IpadicFeatures, type Tokenizer, builder } from 'kuromoji';

let loading: Promise<Tokenizer<IpadicFeatures>> | undefined;

/**
 * kuromoji with the IPADIC dictionary shipped inside its npm package (nothing downloaded at run
 * time). Loading takes most of a second and ~100 MB, so a process loads it once, whichever app
 * instance asks first (the CLI's evaluation starts a second one).
 */
export function loadTokenizer(): Promise<Tokenizer<IpadicFeatures>> {
  loading ??= new Promise<Tokenizer<IpadicFeatures>>((resolve, reject) => {
    const dicPath = join(dirname(require.resolve('kuromoji/package.json')), 'dict');
    builder({ dicPath }).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer)));
  }).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
