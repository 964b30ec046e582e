// Entry point: starts the worker (all wasm work happens there) and the page around it.
import './style.css';
import { App } from './app';
import { RevlabClient, WorkerFailure } from './client';

const root = document.getElementById('app')!;

function boot(): void {
  let worker: Worker;
  let app: App | undefined;
  const failures: unknown[] = [];
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'revlab' });
  } catch (error) {
    const client = new RevlabClient(new EventTarget() as unknown as Worker);
    app = new App(root, client);
    app.fail(new WorkerFailure(`the worker could not be started: ${error instanceof Error ? error.message : String(error)}`));
    return;
  }
  const client = new RevlabClient(worker, (failure) => (app ? app.fail(failure) : failures.push(failure)));
  app = new App(root, client);
  for (const failure of failures) app.fail(failure);
  void app.start();
}

boot();
