import {
  moveHandle,
  nextStep,
  playStart,
  rangeOfSlots,
  slotAt,
  slotsBetween,
  slotsOfRange,
} from './brush';
import { periodsBetween } from './periods';

const years = periodsBetween('2000', '2009', 'YEAR');

describe('the brush', () => {
  it('reads a drag in pixels as the periods under it, either way round', () => {
    expect(slotAt(0, 500, 10)).toBe(0);
    expect(slotAt(149, 500, 10)).toBe(2);
    expect(slotAt(-20, 500, 10)).toBe(0);
    expect(slotAt(900, 500, 10)).toBe(9);
    const slots = slotsBetween(slotAt(420, 500, 10), slotAt(160, 500, 10));
    expect(rangeOfSlots(years, slots)).toEqual({ from: '2003', to: '2008' });
  });

  it('puts a range back on the periods, open sides at the ends', () => {
    expect(slotsOfRange({ from: '2003', to: '2008' }, years)).toEqual([3, 8]);
    expect(slotsOfRange({ from: null, to: '2004-06' }, years)).toEqual([0, 4]);
    expect(slotsOfRange({ from: '2005', to: null }, years)).toEqual([5, 9]);
    expect(slotsOfRange(null, years)).toBeNull();
  });

  it('moves a handle by the slider keys, never past the other handle or the ends', () => {
    expect(moveHandle([3, 8], 'start', 'ArrowRight', 10)).toEqual([4, 8]);
    expect(moveHandle([3, 8], 'end', 'ArrowLeft', 10)).toEqual([3, 7]);
    expect(moveHandle([3, 8], 'start', 'PageUp', 10)).toEqual([8, 8]);
    expect(moveHandle([3, 8], 'end', 'PageUp', 10)).toEqual([3, 9]);
    expect(moveHandle([3, 8], 'start', 'Home', 10)).toEqual([0, 8]);
    expect(moveHandle([3, 8], 'end', 'Home', 10)).toEqual([3, 3]);
    expect(moveHandle([3, 8], 'start', 'Enter', 10)).toBeNull();
  });

  it('plays the range forward one period at a time, keeping its width, until its end reaches the last period', () => {
    expect(nextStep([2, 4], 10)).toEqual([3, 5]);
    expect(nextStep([7, 9], 10)).toBeNull();
    expect(nextStep(null, 10)).toEqual([0, 0]);
    expect(playStart([7, 9], 10)).toEqual([0, 2]);
    expect(playStart([0, 9], 10)).toEqual([0, 0]);
    expect(playStart([2, 4], 10)).toEqual([2, 4]);
  });
});
