import { describe, expect, it } from 'vitest';
import { describeAuditDetails, detailText } from '@/lib/audit/describe-audit-details';

describe('describeAuditDetails', () => {
  it('turns before/after objects into one row per field', () => {
    expect(describeAuditDetails({ version: 3, before: { status: 'OPEN', implementation: '' }, after: { status: 'FULFILLED', implementation: 'Text' } })).toEqual({
      changes: [
        { field: 'status', before: 'OPEN', after: 'FULFILLED' },
        { field: 'implementation', before: null, after: 'Text' },
      ],
      other: [{ key: 'version', value: '3' }],
    });
  });

  it('reads the `changes` shape (project.updated)', () => {
    expect(describeAuditDetails({ changes: { title: { before: 'Alt', after: 'Neu' }, countries: { before: ['VN'], after: ['VN', 'PH'] } } })).toEqual({
      changes: [
        { field: 'title', before: 'Alt', after: 'Neu' },
        { field: 'countries', before: 'VN', after: 'VN, PH' },
      ],
      other: [],
    });
  });

  it('reads a change of one value (verdict.set, comment.edited)', () => {
    expect(describeAuditDetails({ revision: 2, standardKey: 'std-07', before: null, after: 'OK' })).toEqual({
      changes: [{ field: '', before: null, after: 'OK' }],
      other: [
        { key: 'revision', value: '2' },
        { key: 'standardKey', value: 'std-07' },
      ],
    });
  });

  it('lists other details as key/value pairs, nested values as JSON', () => {
    expect(describeAuditDetails({ email: 'a@b.de', reason: 'wrong-password', flags: { x: 1 }, empty: '' })).toEqual({
      changes: [],
      other: [
        { key: 'email', value: 'a@b.de' },
        { key: 'reason', value: 'wrong-password' },
        { key: 'flags', value: '{"x":1}' },
        { key: 'empty', value: null },
      ],
    });
    expect(describeAuditDetails(null)).toEqual({ changes: [], other: [] });
    expect(describeAuditDetails('text')).toEqual({ changes: [], other: [{ key: '', value: 'text' }] });
    expect(describeAuditDetails({ changes: 'kein Objekt' })).toEqual({ changes: [], other: [{ key: 'changes', value: 'kein Objekt' }] });
  });

  it('writes values as text', () => {
    expect(detailText(false)).toBe('false');
    expect(detailText([])).toBeNull();
    expect(detailText([{ a: 1 }])).toBe('[{"a":1}]');
  });
});
