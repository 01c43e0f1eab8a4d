import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot as findProjectRoot } from './project-root';

const projectRoot = findProjectRoot();

/** Every TypeScript file git knows under electron/ and renderer/, with the project files it imports. */
export function importGraph(): Map<string, string[]> {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'electron', 'renderer'], { cwd: projectRoot, encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));
  const known = new Set(files);
  const specs = /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"\n]+)['"]|import\(\s*['"]([^'"\n]+)['"]/g;
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = readFileSync(path.join(projectRoot, file), 'utf8');
    const deps: string[] = [];
    for (const m of source.matchAll(specs)) {
      const spec = m[1] ?? m[2] ?? '';
      const base = spec.startsWith('@electron/')
        ? `electron/${spec.slice('@electron/'.length)}`
        : spec.startsWith('.')
          ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec))
          : null;
      const target = base === null ? undefined : [base, `${base}.ts`, `${base}.tsx`].find((c) => known.has(c));
      if (target) deps.push(target);
    }
    graph.set(file, deps);
  }
  return graph;
}

/** Strongly connected groups of more than one node (Tarjan): each one is an import cycle. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** The same graph between folders: a folder imports another when any of its files does. */
export function folderGraph(graph: Map<string, string[]>): Map<string, string[]> {
  const folders = new Map<string, Set<string>>();
  for (const [file, deps] of graph) {
    const from = path.posix.dirname(file);
    const set = folders.get(from) ?? new Set<string>();
    for (const dep of deps) if (path.posix.dirname(dep) !== from) set.add(path.posix.dirname(dep));
    folders.set(from, set);
  }
  return new Map([...folders].map(([k, v]) => [k, [...v]]));
}
