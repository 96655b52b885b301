import '../../i18n/i18n';
import {
  DataBookJobsDocument,
  DataBookPreviewDocument,
  DataBookQrTargetDocument,
} from '@tsunagu/shared/graphql-client';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithMocks } from '../../shared/testing/render-with-mocks';
import { DataBookPage } from './DataBookPage';

const YEAR = new Date().getFullYear();
const input = (includeOtherHelpers: boolean) => ({
  groupBy: 'FIELD',
  wards: [],
  fields: [],
  certifiedOnly: false,
  claimedOnly: false,
  withContacts: false,
  includeOtherHelpers,
  pageSize: 'A4',
  editionYear: YEAR,
  title: null,
  issuer: null,
});
const preview = (includeOtherHelpers: boolean, npos: number, pages: number) => ({
  request: { query: DataBookPreviewDocument, variables: { input: input(includeOtherHelpers) } },
  result: { data: { dataBookPreview: { __typename: 'DataBookPreview', npos, pages } } },
});
const jobs = { request: { query: DataBookJobsDocument }, result: { data: { dataBookJobs: [] } } };
const qr = {
  request: { query: DataBookQrTargetDocument },
  result: {
    data: { dataBookQrTarget: { __typename: 'DataBookQrTarget', url: 'https://tsunagu.example/npos/', local: false } },
  },
};

describe('DataBookPage: companies, universities and other helpers', () => {
  it('leaves them out at first, and counts them in once 「企業・大学などの協力者も載せる」 is ticked', async () => {
    renderWithMocks(<DataBookPage />, [jobs, qr, preview(false, 293, 80), preview(true, 301, 82)]);
    const box = await screen.findByRole('checkbox', { name: '企業・大学などの協力者も載せる' });
    expect((box as HTMLInputElement).checked).toBe(false);
    const estimate = screen.getByTestId('databook-estimate');
    await screen.findByText((_, el) => el === estimate && (estimate.textContent ?? '').includes('293'));
    await userEvent.click(box);
    await screen.findByText((_, el) => el === estimate && (estimate.textContent ?? '').includes('301'));
    expect((box as HTMLInputElement).checked).toBe(true);
  });
});
