import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from './project-root';

/**
 * Which of the project's main-process files (electron/**) a piece of work enters, read from V8's
 * precise coverage: a file is entered when any function in it ran. Each stage is measured on its
 * own (counters reset between stages), so the result is, stage by stage, the files a newcomer
 * following that step would have to open.
 */
export class StageTrace {
  private readonly session = new Session();
  private readonly root = projectRoot();
  readonly stages: Array<{ stage: string; entered: string[] }> = [];

  async start(): Promise<void> {
    this.session.connect();
    await this.session.post('Profiler.enable');
    await this.session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    await this.take(); // drop what ran before: setting up the desk is not the break
  }

  /** Runs `work` as one stage and records the main-process files it entered. */
  async stage(stage: string, work: () => Promise<unknown>): Promise<void> {
    await work();
    this.stages.push({ stage, entered: await this.take() });
  }

  /** Every file in the order first entered (stage by stage), each once. */
  firstEntered(): string[] {
    const seen = new Set<string>();
    for (const { entered } of this.stages) for (const file of entered) seen.add(file);
    return [...seen];
  }

  async stop(): Promise<void> {
    await this.session.post('Profiler.stopPreciseCoverage');
    this.session.disconnect();
  }

  private async take(): Promise<string[]> {
    const { result } = await this.session.post('Profiler.takePreciseCoverage');
    const files = result
      .filter((script) => script.functions.some((fn) => (fn.ranges[0]?.count ?? 0) > 0))
      .map((script) => (script.url.startsWith('file:') ? fileURLToPath(script.url) : script.url))
      .map((file) => path.relative(this.root, file).split(path.sep).join('/'))
      .filter((file) => file.startsWith('electron/') && /\.tsx?$/.test(file));
    return [...new Set(files)].sort();
  }
}
