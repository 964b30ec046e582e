/**
 * What an imported project holds, as the import banner tells it: its revisions (and those whose file
 * did not read), whether it has env.py and app/models.py, and the app's own Python modules that
 * revisions and models can import. No DOM and no texts: app.ts words it (messages.ts).
 */
import type { State } from './api';

export interface ImportSummary {
  revisions: number;
  /** Files of migrations/versions that did not read, each with why. */
  broken: { path: string; error: string }[];
  envPy: boolean;
  models: boolean;
  /** Python files outside migrations/ other than app/models.py: the app's modules, importable by revisions. */
  modules: string[];
}

export function summarizeImport(paths: string[], state: State): ImportSummary {
  const broken = state.revisions
    .filter((r) => r.broken)
    .map((r) => ({ path: r.path, error: r.error ?? state.error ?? '' }));
  const revisions = state.revisions.filter((r) => !r.broken).length;
  const modules = paths
    .filter((p) => p.endsWith('.py') && !p.startsWith('migrations/') && p !== 'app/models.py')
    .sort();
  return {
    revisions,
    broken,
    envPy: paths.includes('migrations/env.py'),
    models: paths.includes('app/models.py'),
    modules,
  };
}
