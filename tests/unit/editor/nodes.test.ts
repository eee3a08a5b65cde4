import { describe, expect, it } from 'vitest';
import { EDITOR_NODES } from '#src/editor/nodes.ts';
import { VALIDATED_NODE_TYPES } from '#src/editor/node-specs.ts';

describe('the node registry', () => {
  it('loads without a DOM (the server imports it)', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    expect(EDITOR_NODES.length).toBeGreaterThan(0);
  });

  it('and the validator’s whitelist name exactly the same node types', () => {
    // Lexical registers these itself in every editor.
    const builtIn = ['root', 'paragraph', 'text', 'linebreak', 'tab'];
    const registered = [...builtIn, ...EDITOR_NODES.map((klass) => klass.getType())];
    expect(new Set(registered)).toEqual(new Set(VALIDATED_NODE_TYPES));
  });
});
