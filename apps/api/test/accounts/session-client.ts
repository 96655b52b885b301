export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** A browser-like client for integration tests: keeps the session cookie between calls. */
export class SessionClient {
  cookie = '';
  lastSetCookie = '';

  /** `address`: sent as X-Forwarded-For, the client address when the app trusts the proxy. */
  constructor(
    private readonly baseUrl: string,
    private readonly address?: string,
  ) {}

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GqlResult<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.address ? { 'x-forwarded-for': this.address } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      this.lastSetCookie = setCookie;
      const [pair] = setCookie.split(';');
      this.cookie = pair.endsWith('=') ? '' : pair;
    }
    return (await res.json()) as GqlResult<T>;
  }

  /** A REST GET (downloads, exports) with this person's session. */
  get(path: string): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, { headers: this.cookie ? { cookie: this.cookie } : {} });
  }

  async signIn(email: string, password: string): Promise<this> {
    const r = await this.gql(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`, {
      e: email,
      p: password,
    });
    if (r.errors) throw new Error(`sign-in failed for ${email}: ${r.errors[0].message}`);
    return this;
  }
}

export const errorCode = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.['code'] as string | undefined;
