import { answersText } from './application-answers.util';

describe('answersText', () => {
  it('joins the answers in order', () => {
    expect(answersText(['はい、折り紙の体験', '10時から'])).toBe('はい、折り紙の体験 / 10時から');
  });

  it('reads an old row that holds {} (or a JSON text) without failing', () => {
    expect(answersText({})).toBe('');
    expect(answersText('{}')).toBe('');
    expect(answersText('["はい"]')).toBe('はい');
    expect(answersText(null)).toBe('');
    expect(answersText({ 0: 'はい' })).toBe('はい');
  });
});
