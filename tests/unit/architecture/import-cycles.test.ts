import { describe, expect, it } from 'vitest';
import { cycles, folderGraph, importGraph } from '../../support/import-graph';

// A newcomer reads a folder as a unit: no two files, and no two folders, may lean on each other.
describe('imports under electron/', () => {
  const graph = new Map([...importGraph()].filter(([file]) => file.startsWith('electron/')));

  it('reads a real graph (the break service imports the machine)', () => {
    expect(graph.get('electron/breaks/node/break-service.ts')).toContain('electron/breaks/node/runtime.ts');
  });

  it('have no file that imports itself back through others', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('have no folder that imports itself back through others', () => {
    expect(cycles(folderGraph(graph))).toEqual([]);
  });

  it('would report a cycle (the check itself can fail)', () => {
    const looped = new Map(graph);
    looped.set('electron/breaks/common/state.ts', [...(graph.get('electron/breaks/common/state.ts') ?? []), 'electron/breaks/node/runtime.ts']);
    expect(cycles(folderGraph(looped))).not.toEqual([]);
  });
});
