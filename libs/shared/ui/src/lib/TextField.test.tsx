import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TextArea } from './TextArea';
import { TextField } from './TextField';

describe('TextField', () => {
  it('ties the label, the hint and the error to the input', () => {
    render(<TextField label="メール" hint="例: a@example.jp" error="入力してください" />);
    const input = screen.getByLabelText('メール');
    expect(input.tagName).toBe('INPUT');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ');
    const texts = described.map((id) => document.getElementById(id)?.textContent);
    expect(texts).toEqual(['例: a@example.jp', '入力してください']);
  });

  it('is not invalid without an error and keeps a given describedby', () => {
    render(
      <>
        <p id="extra">extra</p>
        <TextField label="名前" aria-describedby="extra" required requiredLabel="必須" />
      </>,
    );
    const input = screen.getByRole('textbox', { name: /名前/ });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBe('extra');
    expect(screen.getByText('必須')).toBeTruthy();
  });
});

describe('TextArea', () => {
  it('is a labelled textarea with its error tied to it', () => {
    render(<TextArea label="紹介" error="長すぎます" />);
    const box = screen.getByRole('textbox', { name: '紹介' });
    expect(box.tagName).toBe('TEXTAREA');
    expect(document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent).toBe('長すぎます');
  });
});
