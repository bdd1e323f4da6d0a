/** Every registered classification stage has its own file and test file, named after it. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAGES } from '@/core/source/stages';

describe('source stages have tests', () => {
  it('has stages', () => expect(STAGES.length).toBeGreaterThan(10));
  it.each(STAGES.map((s) => s.id))(
    '%s has tests/unit/engine/source/<id>.test.ts and core/source/stages/<id>.ts',
    (id) => {
      expect(existsSync(join(__dirname, 'source', `${id}.test.ts`))).toBe(true);
      expect(existsSync(join(__dirname, '../../../core/source/stages', `${id}.ts`))).toBe(true);
    },
  );
  it('stage ids are unique', () => {
    expect(new Set(STAGES.map((s) => s.id)).size).toBe(STAGES.length);
  });
});
