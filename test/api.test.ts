import { describe, expect, it } from 'vitest';

describe('public API', () => {
  it('exports exactly the documented names', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual(['diagnosticCodes', 'parse', 'schemaVersion']);
  });
});
