import { placeFor } from './marche-capacity';

describe(placeFor.name, () => {
  it('gives a place while PENDING + ACCEPTED stay within the capacity', () => {
    expect(placeFor({ capacity: 2 }, { taken: 1, last: 0 })).toEqual({ status: 'PENDING', position: null });
  });

  it('puts the next one on the waitlist after the last position once the type is full', () => {
    expect(placeFor({ capacity: 2 }, { taken: 2, last: 0 })).toEqual({ status: 'WAITLISTED', position: 1 });
    expect(placeFor({ capacity: 2 }, { taken: 2, last: 7 })).toEqual({ status: 'WAITLISTED', position: 8 });
  });
});
