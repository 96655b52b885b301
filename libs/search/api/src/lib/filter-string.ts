/** A value as a Meilisearch filter string literal (quotes and backslashes escaped). */
export const filterString = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
