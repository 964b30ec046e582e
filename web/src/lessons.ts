// The lesson pane: it sits beside the Graph, Schema and Data views (above the console), runs one
// lesson of the catalogue at a time on its own clean copy of the demo, and checks the current step
// after every command or action. A step advances only when the project reaches its state (and its
// question, if any, is answered); when a command fails or the database moves elsewhere, the pane
// says why and how to recover.
import { button, el } from './dom';
import { bind, lang, t } from './i18n';
import { LESSONS } from './lesson-catalogue';
import type { LessonActions, LessonContext, Step, Text, View } from './lesson-types';

export { LESSONS };
export type { LessonContext };

function text(value: Text | string): string {
  return typeof value === 'string' ? value : lang() === 'zh' ? value.zh : value.en;
}

/** Where the database and the heads were when a step began: a move elsewhere is drift. */
type Mark = { current: string; heads: string };
const mark = (c: LessonContext): Mark => ({ current: [...c.state.current].sort().join(','), heads: [...c.state.heads].sort().join(',') });
const revisions = (ids: string) => ids || '<base>';

/** failed: the command failed; drift: the database or the heads moved elsewhere; changed: the command changed the
 * project but not towards the step; notyet: it changed nothing the step needs; wrong: a wrong answer. */
type Message = { kind: 'failed' | 'drift' | 'changed' | 'notyet' | 'wrong' | 'error'; text: () => Text };

const VIEW_NAMES: Record<View, Text> = {
  graph: { en: 'Graph', zh: '版本图' },
  schema: { en: 'Schema', zh: '结构' },
  data: { en: 'Data', zh: '数据' },
  editor: { en: 'Editor', zh: '编辑器' },
  console: { en: 'Console', zh: '控制台' },
};

export class LessonsView {
  readonly element: HTMLElement;
  private readonly picker: HTMLSelectElement;
  private readonly leaveButton: HTMLButtonElement;
  private readonly body: HTMLElement;
  /** The lesson running (its index), if any. */
  private active: number | undefined;
  private step = 0;
  private preparing = false;
  private acting = false;
  private readonly done = new Set<string>();
  private ctx: LessonContext | undefined;
  private checking = Promise.resolve();
  private begin: Mark | undefined;
  private seenCommands = 0;
  private message: Message | undefined;
  /** The open question of the current step: its options, fixed when it opened. */
  private quiz: { label: Text | string; right: boolean }[] | undefined;

  /** `running` hears whether a lesson runs (the page marks the pane's toggle, which may hide it). */
  constructor(
    private readonly actions: LessonActions,
    private readonly running: (on: boolean) => void = () => {},
  ) {
    this.element = el('section', 'pane lessons');
    this.element.dataset.testid = 'lessons';
    this.element.setAttribute('aria-labelledby', 'lessons-heading');
    const bar = el('div', 'pane-title lesson-bar');
    const heading = bind(el('h2'), 'lessons.heading');
    heading.id = 'lessons-heading';
    this.picker = el('select', 'select');
    this.picker.dataset.testid = 'lesson-select';
    bind(this.picker, 'lessons.pick', 'aria-label');
    this.picker.addEventListener('change', () => {
      if (this.picker.value !== '') void this.start(Number(this.picker.value));
    });
    this.leaveButton = bind(button('', 'btn small', () => void this.leave()), 'lessons.leave');
    this.leaveButton.dataset.testid = 'lesson-leave';
    bar.append(heading, this.picker, this.leaveButton);
    this.body = el('div', 'lesson-body');
    this.body.setAttribute('aria-live', 'polite');
    this.element.append(bar, this.body);
    this.render();
  }

  /** Starts and leaves run one at a time: a Leave (or an import, a reset) during a start waits for it. */
  private transitions = Promise.resolve();

  private serial(run: () => Promise<void>): Promise<void> {
    const next = this.transitions.then(run);
    this.transitions = next.catch(() => undefined);
    return next;
  }

  /** Starts lesson `index` on a fresh copy of the demo (the user's project is put aside by the page). */
  start(index: number): Promise<void> {
    return this.serial(() => this.open(index));
  }

  /** Leaves the lesson: the page puts the user's project back. */
  leave(): Promise<void> {
    return this.serial(() => this.end());
  }

  private async open(index: number): Promise<void> {
    const lesson = LESSONS[Math.max(0, Math.min(index, LESSONS.length - 1))];
    this.preparing = true;
    this.message = undefined;
    this.render();
    await this.checking;
    try {
      await this.actions.enter(lesson);
      this.active = LESSONS.indexOf(lesson);
      this.step = 0;
      this.beginStep();
    } catch (error) {
      // The copy could not be made: the user's project comes back, and the pane says why.
      this.active = undefined;
      this.message = { kind: 'error', text: () => ({ en: `${error}`, zh: `${error}` }) };
      await this.actions.leave();
    } finally {
      this.preparing = false;
      this.render();
    }
  }

  private async end(): Promise<void> {
    await this.checking;
    this.active = undefined;
    this.message = undefined;
    this.quiz = undefined;
    this.render();
    await this.actions.leave();
  }

  /** After a command, an action, an edit or an undo: check the current step. */
  event(ctx: LessonContext): Promise<void> {
    this.ctx = ctx;
    this.checking = this.checking.then(() => this.evaluate(ctx)).catch(() => undefined);
    return this.checking;
  }

  /** The context without an event (a refresh): only used to word the steps. */
  context(ctx: LessonContext): void {
    this.ctx = ctx;
    this.render();
  }

  private current(): Step | undefined {
    return this.active === undefined ? undefined : LESSONS[this.active].steps[this.step];
  }

  private beginStep(): void {
    this.quiz = undefined;
    this.message = undefined;
    if (this.ctx) {
      this.begin = mark(this.ctx);
      this.seenCommands = this.ctx.commands;
    }
    const watch = this.current()?.watch.view;
    if (watch) this.actions.show(watch);
  }

  private async evaluate(ctx: LessonContext): Promise<void> {
    const step = this.current();
    if (!step || this.preparing) return this.render();
    const command = ctx.commands !== this.seenCommands;
    this.seenCommands = ctx.commands;
    let ok = false;
    try {
      ok = await step.check(ctx);
    } catch {
      ok = false;
    }
    if (ok && !step.quiz) {
      this.advance(ctx);
      return;
    }
    if (step.quiz && (ok || this.quiz)) {
      // The question stays open once asked; a move of the database meanwhile is said.
      if (!this.quiz) this.quiz = step.quiz.options(ctx);
      if (this.moved(ctx)) this.message = this.drift(step, ctx);
      else if (command || this.message?.kind !== 'wrong') this.message = undefined;
    } else if (command) {
      this.message = this.diagnose(step, ctx);
    } else if ((this.message?.kind === 'drift' && !this.moved(ctx)) || this.message?.kind === 'changed') {
      this.message = undefined; // an Undo put it back (or another change came)
    }
    this.render();
  }

  private advance(ctx: LessonContext): void {
    const lesson = LESSONS[this.active!];
    this.step++;
    this.ctx = ctx;
    if (this.step >= lesson.steps.length) {
      this.done.add(lesson.id);
      this.quiz = undefined;
      this.message = undefined;
      this.render();
      return;
    }
    this.beginStep();
    this.render();
    // The next step may hold already (a question about what is on screen): check it at once.
    void this.event(ctx);
  }

  private moved(ctx: LessonContext): boolean {
    if (!this.begin) return false;
    const now = mark(ctx);
    return now.current !== this.begin.current || now.heads !== this.begin.heads;
  }

  /** Why a command did not complete the step, and how to go on. */
  private diagnose(step: Step, ctx: LessonContext): Message {
    const line = ctx.lastLine;
    if (ctx.lastExit !== 0) {
      const error = [...ctx.lastOutput].reverse().find((l) => /error|exists|not found|no such/i.test(l)) ?? ctx.lastOutput.at(-1) ?? '';
      const code = ctx.lastExit;
      return {
        kind: 'failed',
        text: () => {
          const recover = step.recover ?? { en: 'Read the error and the hint under it in the console, then run the step\'s command again.', zh: '阅读控制台中的错误和下面的提示，然后重新运行这一步的命令。' };
          return {
            en: `“${line}” failed (exit ${code}): ${error}\n${recover.en}`,
            zh: `“${line}” 失败了（退出码 ${code}）：${error}\n${recover.zh}`,
          };
        },
      };
    }
    if (this.moved(ctx)) return this.drift(step, ctx);
    const changed = ctx.lastChanged;
    return {
      kind: changed ? 'changed' : 'notyet',
      text: () => ({
        en: `“${line}” ran, but this step is not done: it waits for ${step.goal.en}.${step.recover ? ` ${step.recover.en}` : ''}${changed ? '\nIt changed the project in another way: Undo takes it back.' : ''}`,
        zh: `“${line}” 已运行，但这一步还没完成：需要${step.goal.zh}。${step.recover ? step.recover.zh : ''}${changed ? '\n它以别的方式改动了项目：“撤销”可以撤回。' : ''}`,
      }),
    };
  }

  private drift(step: Step, ctx: LessonContext): Message {
    const was = this.begin!;
    const now = mark(ctx);
    const where = now.current !== was.current
      ? { en: `The database moved from ${revisions(was.current)} to ${revisions(now.current)}`, zh: `数据库从 ${revisions(was.current)} 移到了 ${revisions(now.current)}` }
      : { en: `The heads changed from ${revisions(was.heads)} to ${revisions(now.heads)}`, zh: `head 从 ${revisions(was.heads)} 变成了 ${revisions(now.heads)}` };
    return {
      kind: 'drift',
      text: () => ({
        en: `${where.en}, which this step does not lead to (it waits for ${step.goal.en}). Undo takes the last command back; Restart starts the lesson again on a clean copy.`,
        zh: `${where.zh}，这不是这一步要到达的状态（需要${step.goal.zh}）。“撤销”可以撤回上一条命令；“重新开始”会在全新的副本上重来。`,
      }),
    };
  }

  private async act(step: Step): Promise<void> {
    if (this.acting || !this.ctx) return;
    this.acting = true;
    this.render();
    try {
      await step.action!.run(this.actions, this.ctx);
      await this.checking;
    } catch (error) {
      this.message = { kind: 'error', text: () => ({ en: `${error}`, zh: `${error}` }) };
    } finally {
      this.acting = false;
      this.render();
    }
  }

  private answer(right: boolean): void {
    if (!right) {
      this.message = { kind: 'wrong', text: () => ({ en: 'Not quite: read the output (and the view) again.', zh: '不对：再看一看输出（和视图）。' }) };
      this.render();
      return;
    }
    if (this.ctx) this.advance(this.ctx);
  }

  // --- drawing ------------------------------------------------------------------------------------
  render(): void {
    const placeholder = el('option', undefined, t('lessons.choose'));
    placeholder.value = '';
    this.picker.replaceChildren(placeholder, ...LESSONS.map((lesson, i) => {
      const option = el('option', undefined, `${i + 1}. ${text(lesson.title)}${this.done.has(lesson.id) ? ' ✓' : ''}`);
      option.value = String(i);
      return option;
    }));
    this.picker.value = this.active === undefined ? '' : String(this.active);
    this.picker.disabled = this.preparing;
    this.leaveButton.hidden = this.active === undefined;
    this.element.classList.toggle('running', this.active !== undefined);
    this.running(this.active !== undefined);
    if (this.preparing) {
      const note = el('p', 'lesson-preparing', t('lessons.preparing'));
      note.dataset.testid = 'lesson-preparing';
      this.body.replaceChildren(note);
      return;
    }
    this.body.replaceChildren(...(this.active === undefined ? this.catalogue() : this.lesson(this.active)));
    // Keep the current step in view, scrolling the pane only (never the page).
    const current = this.body.querySelector<HTMLElement>('.lesson-step.current, .lesson-done');
    if (current) {
      const top = current.offsetTop;
      const bottom = top + current.offsetHeight;
      if (top < this.body.scrollTop || bottom > this.body.scrollTop + this.body.clientHeight) {
        this.body.scrollTop = Math.max(0, Math.min(top - 8, bottom - this.body.clientHeight + 8));
      }
    }
  }

  /** No lesson running: the list to start one from. */
  private catalogue(): HTMLElement[] {
    const parts: HTMLElement[] = [el('p', 'lesson-intro', t('lessons.about'))];
    if (this.message) parts.push(this.messageBox(this.message));
    const list = el('ol', 'lesson-list');
    LESSONS.forEach((lesson, i) => {
      const li = el('li');
      const start = button(`${text(lesson.title)}${this.done.has(lesson.id) ? ' ✓' : ''}`, 'btn ghost small lesson-start', () => void this.start(i));
      start.dataset.testid = `lesson-start-${lesson.id}`;
      li.append(start);
      list.append(li);
    });
    parts.push(list);
    return parts;
  }

  private lesson(index: number): HTMLElement[] {
    const lesson = LESSONS[index];
    const parts: HTMLElement[] = [el('h3', 'lesson-title', text(lesson.title)), el('p', 'lesson-intro', text(lesson.intro))];
    const start = el('p', 'lesson-start-state', t('lessons.startState', text(lesson.start)));
    parts.push(start);
    const list = el('ol', 'lesson-steps');
    lesson.steps.forEach((step, i) => list.append(this.stepItem(step, i)));
    parts.push(list);
    if (this.step >= lesson.steps.length) {
      const done = el('div', 'lesson-done');
      done.dataset.testid = 'lesson-done';
      done.append(el('strong', undefined, t('lessons.complete')), el('span', 'lesson-done-note', t('lessons.stillCopy')));
      const back = button(t('lessons.backHome'), 'btn small', () => void this.leave());
      back.dataset.testid = 'lesson-back';
      done.append(back);
      if (index + 1 < LESSONS.length) {
        const next = button(t('lessons.next', text(LESSONS[index + 1].title)), 'btn primary small', () => void this.start(index + 1));
        next.dataset.testid = 'lesson-next';
        done.append(next);
      }
      parts.push(done);
    } else {
      const status = el('p', 'lesson-progress', t('lessons.progress', this.step + 1, lesson.steps.length));
      status.dataset.testid = 'lesson-progress';
      parts.push(status);
    }
    const restart = button(t('lessons.restart'), 'btn ghost small', () => void this.start(index));
    restart.dataset.testid = 'lesson-restart';
    parts.push(restart);
    return parts;
  }

  private stepItem(step: Step, i: number): HTMLElement {
    const status = i < this.step ? 'done' : i === this.step ? 'current' : 'pending';
    const li = el('li', `lesson-step ${status}`);
    li.dataset.testid = `lesson-step-${i + 1}`;
    li.dataset.status = status;
    const marker = el('span', 'step-marker', i < this.step ? '✓' : String(i + 1));
    const content = el('div', 'step-content');
    const ctx = this.ctx;
    content.append(el('p', 'step-text', ctx ? text(step.text(ctx)) : ''));
    if (status === 'current') {
      const why = el('p', 'step-why');
      why.dataset.testid = 'lesson-why';
      why.append(el('strong', undefined, t('lessons.why')), ` ${text(step.why)}`);
      content.append(why);
      content.append(this.watchLine(step.watch));
      if (step.fails) content.append(el('p', 'step-fails', t('lessons.meantToFail')));
    }
    if (step.command && ctx) {
      const line = step.command(ctx);
      const row = el('div', 'step-command');
      row.append(el('code', undefined, line));
      if (status === 'current') {
        const type = button(t('lessons.typeIt'), 'btn small', () => this.actions.type(line));
        type.dataset.testid = 'lesson-type';
        row.append(type);
      }
      content.append(row);
    }
    if (step.action && status === 'current' && ctx) {
      const act = button(text(step.action.label), 'btn small primary');
      act.dataset.testid = 'lesson-action';
      // Disabled until the action and the check it leads to are over (the pane redraws meanwhile).
      act.disabled = this.acting;
      act.addEventListener('click', () => void this.act(step));
      content.append(act);
    }
    if (status === 'current' && this.quiz && step.quiz) content.append(this.quizBox(step));
    if (status === 'current' && this.message) content.append(this.messageBox(this.message));
    li.append(marker, content);
    return li;
  }

  private watchLine(watch: NonNullable<Step['watch']>): HTMLElement {
    const row = el('p', 'step-watch');
    row.dataset.testid = 'lesson-watch';
    row.dataset.view = watch.view;
    row.append(el('strong', undefined, t('lessons.watch')), ' ');
    if (watch.view === 'graph' || watch.view === 'schema' || watch.view === 'data') {
      const go = button(text(VIEW_NAMES[watch.view]), 'btn link small', () => this.actions.show(watch.view));
      go.dataset.testid = 'lesson-watch-view';
      row.append(go);
    } else row.append(el('span', 'view-name', text(VIEW_NAMES[watch.view])));
    row.append(`${lang() === 'zh' ? '：' : ': '}${text(watch.what)}`);
    return row;
  }

  private quizBox(step: Step): HTMLElement {
    const box = el('div', 'lesson-quiz');
    box.dataset.testid = 'lesson-quiz';
    box.append(el('p', 'quiz-question', text(step.quiz!.question)));
    const row = el('div', 'quiz-options');
    (this.quiz ?? []).forEach((option, n) => {
      const b = button(text(option.label), 'btn small', () => this.answer(option.right));
      b.dataset.testid = `lesson-answer-${n}`;
      row.append(b);
    });
    box.append(row);
    return box;
  }

  private messageBox(message: Message): HTMLElement {
    const box = el('div', `lesson-message ${message.kind}`);
    box.dataset.testid = 'lesson-message';
    box.dataset.kind = message.kind;
    box.setAttribute('role', message.kind === 'wrong' || message.kind === 'notyet' ? 'status' : 'alert');
    box.append(el('p', undefined, text(message.text())));
    if (message.kind === 'drift' || message.kind === 'changed') {
      const undo = button(t('top.undo'), 'btn small', () => void this.actions.undo());
      undo.dataset.testid = 'lesson-undo';
      box.append(undo);
    }
    if ((message.kind === 'drift' || message.kind === 'changed' || message.kind === 'failed') && this.active !== undefined) {
      const index = this.active;
      const restart = button(t('lessons.restart'), 'btn small ghost', () => void this.start(index));
      box.append(restart);
    }
    return box;
  }
}
