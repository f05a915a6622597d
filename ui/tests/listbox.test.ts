import { describe, expect, it } from 'vitest';
import { activeDescendant, CLOSED, highlighted, listboxId, listboxKey, optionId, type ListboxKey } from '../src/lib/listbox';

const key = (k: string, mods: Partial<ListboxKey> = {}): ListboxKey => ({ key: k, ctrlKey: false, metaKey: false, ...mods });
const open = (active: number) => ({ open: true, active });

describe('listboxKey', () => {
  it('ArrowDown opens a closed list on the first option, then moves down and wraps', () => {
    expect(listboxKey(key('ArrowDown'), CLOSED, 3, 'k')).toEqual({ open: true, active: 0 });
    expect(listboxKey(key('ArrowDown'), { open: false, active: 1 }, 3, 'k')).toEqual({ open: true, active: 1 });
    expect(listboxKey(key('ArrowDown'), open(-1), 3, 'k')).toEqual({ open: true, active: 0 });
    expect(listboxKey(key('ArrowDown'), open(1), 3, 'k')).toEqual({ open: true, active: 2 });
    expect(listboxKey(key('ArrowDown'), open(2), 3, 'k')).toEqual({ open: true, active: 0 });
  });

  it('ArrowUp moves up and wraps to the last option', () => {
    expect(listboxKey(key('ArrowUp'), CLOSED, 3, 'k')).toEqual({ open: true, active: 2 });
    expect(listboxKey(key('ArrowUp'), open(0), 3, 'k')).toEqual({ open: true, active: 2 });
    expect(listboxKey(key('ArrowUp'), open(2), 3, 'k')).toEqual({ open: true, active: 1 });
  });

  it('leaves the arrows alone without options or with Ctrl/Meta', () => {
    expect(listboxKey(key('ArrowDown'), open(-1), 0, 'k')).toBeNull();
    expect(listboxKey(key('ArrowUp'), open(-1), 0, 'k')).toBeNull();
    expect(listboxKey(key('ArrowDown', { ctrlKey: true }), open(0), 3, 'k')).toBeNull();
    expect(listboxKey(key('ArrowUp', { metaKey: true }), open(0), 3, 'k')).toBeNull();
  });

  it('Enter picks without changing the state; Ctrl+Enter is left to the form', () => {
    expect(listboxKey(key('Enter'), open(1), 3, 'k')).toEqual({ open: true, active: 1, then: 'pick' });
    expect(listboxKey(key('Enter'), CLOSED, 0, '')).toEqual({ ...CLOSED, then: 'pick' });
    expect(listboxKey(key('Enter', { ctrlKey: true }), open(1), 3, 'k')).toBeNull();
    expect(listboxKey(key('Enter', { metaKey: true }), open(1), 3, 'k')).toBeNull();
  });

  it('Escape closes an open list, else clears typed text, else does nothing', () => {
    expect(listboxKey(key('Escape'), open(1), 3, 'k')).toEqual(CLOSED);
    expect(listboxKey(key('Escape'), CLOSED, 3, 'k')).toEqual({ ...CLOSED, then: 'clear' });
    expect(listboxKey(key('Escape'), CLOSED, 0, '')).toBeNull();
  });

  it('ignores other keys', () => {
    for (const k of ['Tab', 'Backspace', 'a', 'Home']) expect(listboxKey(key(k), open(0), 3, 'k')).toBeNull();
  });
});

describe('listbox ids and ARIA', () => {
  it('derives the list and option ids from the combobox id', () => {
    expect(listboxId('qe-site')).toBe('qe-site-listbox');
    expect(optionId('qe-site', 2)).toBe('qe-site-option-2');
  });

  it('points aria-activedescendant at the highlighted option only while expanded', () => {
    expect(activeDescendant('p', true, 1)).toBe('p-option-1');
    expect(activeDescendant('p', true, -1)).toBeUndefined();
    expect(activeDescendant('p', false, 1)).toBeUndefined();
  });

  it('highlighted: the active item of an open list', () => {
    const items = ['a', 'b'];
    expect(highlighted(open(1), items)).toBe('b');
    expect(highlighted(open(-1), items)).toBeUndefined();
    expect(highlighted(open(2), items)).toBeUndefined();
    expect(highlighted({ open: false, active: 0 }, items)).toBeUndefined();
  });
});
