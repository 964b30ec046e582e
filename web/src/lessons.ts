// Lessons: the guide's sections as guided steps. Each step says what to type (or offers an action
// button) and checks the project's state before it lets the learner go on. A step's check runs
// after every command or action taken while it is the current step.
import type { State, Table } from './api';
import { button, el } from './dom';
import { bind, lang, t } from './i18n';

type Text = { en: string; zh: string };

export interface LessonContext {
  state: State;
  tables: Table[];
  lastLine: string;
  lastExit: number;
  lastOutput: string[];
  query(sql: string): Promise<unknown[][]>;
  file(path: string): string | undefined;
}

export interface LessonActions {
  type(line: string): void;
  openFile(path: string): Promise<void>;
  addEmailColumn(): Promise<void>;
  seed(table: string, count: number): Promise<number>;
  createAll(): Promise<void>;
}

interface Step {
  text: (ctx: LessonContext) => Text;
  command?: (ctx: LessonContext) => string;
  action?: { label: Text; run: (actions: LessonActions, ctx: LessonContext) => Promise<unknown> };
  check: (ctx: LessonContext) => boolean | Promise<boolean>;
}

interface Lesson {
  id: string;
  title: Text;
  intro: Text;
  steps: Step[];
}

// --- facts about the state, for the checks --------------------------------------------------------
const atHead = (c: LessonContext) => c.state.heads.length === 1 && c.state.current.length === 1 && c.state.current[0] === c.state.heads[0];
const ran = (pattern: RegExp) => (c: LessonContext) => pattern.test(c.lastLine) && c.lastExit === 0;
const baseId = (c: LessonContext) => [...c.state.revisions].reverse().find((r) => r.is_base)?.id ?? '<revision_id>';
const noDatabase = (c: LessonContext) => c.state.current.length === 0 && c.tables.length === 0;
const hasTable = (c: LessonContext, name: string) => c.tables.some((table) => table.name === name);
const hasColumn = (c: LessonContext, table: string, column: string) =>
  c.tables.some((tb) => tb.name === table && tb.columns.some((col) => col.name === column));

const upgradeStep: Step = {
  text: () => ({ en: 'Bring the database up to the head revision.', zh: '先把数据库升级到最新版本（head）。' }),
  command: () => 'uv run flask db upgrade',
  check: atHead,
};

export const LESSONS: Lesson[] = [
  {
    id: 'apply',
    title: { en: 'Apply migrations', zh: '应用迁移' },
    intro: {
      en: 'The demo backend has two revision scripts and no database yet. Applying them creates app.db, the user_visits table and the alembic_version table.',
      zh: '示例后端有两个迁移脚本，还没有数据库。应用迁移会创建 app.db、user_visits 表和 alembic_version 表。',
    },
    steps: [
      {
        text: () => ({ en: 'Tell Flask where the app is (the guide does this first).', zh: '告诉 Flask 应用的入口（指南的第一步）。' }),
        command: () => 'set FLASK_APP=main.py',
        check: ran(/FLASK_APP=main\.py/),
      },
      upgradeStep,
      {
        text: () => ({ en: 'Look at the tables it made.', zh: '查看它创建的表。' }),
        command: () => 'sqlite3 app.db .schema',
        check: ran(/sqlite3\s+app\.db/),
      },
    ],
  },
  {
    id: 'inspect',
    title: { en: 'Inspect the state', zh: '查看迁移状态' },
    intro: { en: 'Three read-only commands tell you where the database is and what the history looks like.', zh: '三个只读命令告诉你数据库处在哪个版本，以及迁移历史是什么样的。' },
    steps: [
      upgradeStep,
      { text: () => ({ en: 'Show the current revision of the database.', zh: '查看数据库的当前版本。' }), command: () => 'uv run flask db current', check: ran(/db current/) },
      { text: () => ({ en: 'Show the history, newest first.', zh: '查看迁移历史（最新的在前）。' }), command: () => 'uv run flask db history', check: ran(/db history/) },
      {
        text: () => ({ en: 'Show the history with every detail.', zh: '查看详细的迁移信息。' }),
        command: () => 'uv run flask db history --verbose',
        check: ran(/db history.*(--verbose|-v)/),
      },
    ],
  },
  {
    id: 'rollback-one',
    title: { en: 'Roll back one step', zh: '回滚到上一个版本' },
    intro: { en: 'downgrade without an argument goes back one revision. Watch the Schema tab: the dropped column is highlighted.', zh: '不带参数的 downgrade 回退一个版本。留意“结构”标签页：被删除的列会高亮显示。' },
    steps: [
      upgradeStep,
      {
        text: () => ({ en: 'Roll back one revision.', zh: '回滚一个版本。' }),
        command: () => 'uv run flask db downgrade',
        check: (c) => ran(/db downgrade\s*$/)(c) && !atHead(c),
      },
      { text: () => ({ en: 'Check where the database is now.', zh: '确认数据库现在的版本。' }), command: () => 'uv run flask db current', check: ran(/db current/) },
    ],
  },
  {
    id: 'rollback-to',
    title: { en: 'Roll back to a revision', zh: '回滚到特定版本' },
    intro: { en: 'downgrade takes a target revision id; every revision above it is undone, newest first.', zh: 'downgrade 可以指定目标版本号；它之上的每个版本都会按从新到旧的顺序撤销。' },
    steps: [
      upgradeStep,
      {
        text: (c) => ({ en: `Roll back to the first revision, ${baseId(c)}.`, zh: `回滚到第一个版本 ${baseId(c)}。` }),
        command: (c) => `uv run flask db downgrade ${baseId(c)}`,
        check: (c) => c.state.current.length === 1 && c.state.current[0] === baseId(c),
      },
      { text: () => ({ en: 'And up again to the head.', zh: '再升级回最新版本。' }), command: () => 'uv run flask db upgrade', check: atHead },
    ],
  },
  {
    id: 'generate',
    title: { en: 'Generate a migration', zh: '生成迁移脚本' },
    intro: { en: 'Change the model, let autogenerate write the revision script, review it, apply it.', zh: '修改数据模型，让 autogenerate 生成迁移脚本，检查后再应用。' },
    steps: [
      upgradeStep,
      {
        text: () => ({ en: 'Edit app/models.py: add an email column to UserVisit, e.g. email = db.Column(db.String(120)).', zh: '编辑 app/models.py：给 UserVisit 增加一个 email 字段，例如 email = db.Column(db.String(120))。' }),
        action: { label: { en: 'Make this edit for me', zh: '帮我修改' }, run: (a) => a.addEmailColumn() },
        check: (c) => /^\s+email\s*=\s*db\.Column\(/m.test(c.file('app/models.py') ?? ''),
      },
      {
        text: () => ({ en: 'Generate the migration script.', zh: '生成迁移脚本。' }),
        command: () => 'uv run flask db migrate -m "add user email field"',
        check: (c) => ran(/db migrate/)(c) && c.state.revisions.some((r) => r.is_head && /email/i.test(c.file(r.path) ?? '')),
      },
      {
        text: () => ({ en: 'Review the new file in migrations/versions/, then apply it.', zh: '检查 migrations/versions/ 中新生成的文件，然后应用它。' }),
        command: () => 'uv run flask db upgrade',
        check: (c) => atHead(c) && hasColumn(c, 'user_visits', 'email'),
      },
    ],
  },
  {
    id: 'conflict',
    title: { en: 'Conflict and merge', zh: '迁移冲突解决' },
    intro: { en: 'Two people each add a revision on the same parent: the history now has two heads, and upgrade refuses to guess. merge joins them.', zh: '两个人在同一个父版本上各自新增了迁移：历史出现两个 head，upgrade 无法决定。merge 把它们合并。' },
    steps: [
      upgradeStep,
      {
        text: (c) => ({ en: `Simulate a teammate's revision that also starts from ${baseId(c)}.`, zh: `模拟同事基于 ${baseId(c)} 新建的迁移。` }),
        command: (c) => `uv run flask db revision -m "teammate change" --head ${baseId(c)} --splice`,
        check: (c) => c.state.heads.length >= 2,
      },
      { text: () => ({ en: 'List the heads: there are two.', zh: '列出 head：现在有两个。' }), command: () => 'uv run flask db heads', check: ran(/db heads/) },
      {
        text: () => ({ en: 'Merge the two heads into one revision.', zh: '把两个 head 合并成一个版本。' }),
        command: () => 'uv run flask db merge heads -m "merge heads"',
        check: (c) => c.state.heads.length === 1 && c.state.revisions.some((r) => r.is_head && r.is_merge_point),
      },
      { text: () => ({ en: 'Apply everything.', zh: '应用全部迁移。' }), command: () => 'uv run flask db upgrade', check: atHead },
    ],
  },
  {
    id: 'data',
    title: { en: 'Data migration', zh: '数据迁移' },
    intro: {
      en: 'The second revision adds visit_count and fills it with op.execute("UPDATE ..."). Put rows in first, then watch the UPDATE fill them.',
      zh: '第二个迁移新增 visit_count 字段，并用 op.execute("UPDATE ...") 填充数据。先插入数据，再观察 UPDATE 如何填充它们。',
    },
    steps: [
      { text: () => ({ en: 'Start from an empty database.', zh: '从空数据库开始。' }), command: () => 'rm app.db', check: noDatabase },
      {
        text: (c) => ({ en: `Apply only the first revision, ${baseId(c)}.`, zh: `只应用第一个版本 ${baseId(c)}。` }),
        command: (c) => `uv run flask db upgrade ${baseId(c)}`,
        check: (c) => c.state.current.length === 1 && c.state.current[0] === baseId(c),
      },
      {
        text: () => ({ en: 'Put a few visits into user_visits (the Data tab can do this for any table).', zh: '往 user_visits 插入几条访问记录（“数据”标签页可以为任意表生成数据）。' }),
        action: { label: { en: 'Seed 5 rows', zh: '插入 5 行' }, run: (a) => a.seed('user_visits', 5) },
        check: async (c) => hasTable(c, 'user_visits') && Number((await c.query('SELECT count(*) FROM user_visits'))[0]?.[0]) > 0,
      },
      {
        text: () => ({ en: 'Apply the data migration.', zh: '应用数据迁移。' }),
        command: () => 'uv run flask db upgrade',
        check: async (c) => atHead(c) && hasColumn(c, 'user_visits', 'visit_count') &&
          Number((await c.query('SELECT count(*) FROM user_visits WHERE visit_count IS NULL'))[0]?.[0]) === 0,
      },
      {
        text: () => ({ en: 'Every existing row now has visit_count = 1.', zh: '现有的每一行 visit_count 都是 1。' }),
        command: () => 'sqlite3 app.db "SELECT id, ip_address, visit_count FROM user_visits"',
        check: ran(/sqlite3\s+app\.db\s+"?SELECT/i),
      },
    ],
  },
  {
    id: 'first-run',
    title: { en: 'The first-run pitfall', zh: '首次运行的陷阱' },
    intro: {
      en: 'main.py calls db.create_all() when it finds no migrations. Tables made that way have no alembic_version row, so a later upgrade tries to create them again and fails. stamp records the revision without running it.',
      zh: 'main.py 在找不到迁移时会调用 db.create_all()。这样创建的表没有 alembic_version 记录，之后执行 upgrade 会再次建表而失败。stamp 只记录版本号而不执行迁移。',
    },
    steps: [
      { text: () => ({ en: 'Start from an empty database.', zh: '从空数据库开始。' }), command: () => 'rm app.db', check: noDatabase },
      {
        text: () => ({ en: 'Run the app once the "first run" way: db.create_all() makes the tables.', zh: '以“首次运行”的方式启动应用：db.create_all() 创建表结构。' }),
        action: { label: { en: 'Run db.create_all()', zh: '执行 db.create_all()' }, run: (a) => a.createAll() },
        check: (c) => hasTable(c, 'user_visits') && c.state.current.length === 0,
      },
      {
        text: () => ({ en: 'Now upgrade: it fails, the table already exists.', zh: '现在执行 upgrade：会失败，因为表已经存在。' }),
        command: () => 'uv run flask db upgrade',
        check: (c) => /db upgrade/.test(c.lastLine) && c.lastExit !== 0 && c.lastOutput.some((line) => /already exists/.test(line)),
      },
      {
        text: () => ({ en: 'The tables already match the head: record that with stamp.', zh: '表结构已经和 head 一致：用 stamp 记录版本。' }),
        command: () => 'uv run flask db stamp head',
        check: atHead,
      },
      { text: () => ({ en: 'Check: the database is at head, and upgrade has nothing to do.', zh: '确认：数据库处于 head，upgrade 无需再做任何事。' }), command: () => 'uv run flask db upgrade', check: (c) => atHead(c) && ran(/db upgrade/)(c) },
    ],
  },
  {
    id: 'reset',
    title: { en: 'Reset the database', zh: '重置数据库' },
    intro: { en: 'Delete the database file and build it again from the migrations (the guide\'s Q&A).', zh: '删除数据库文件，再用迁移重新初始化（指南“常见问题”一节）。' },
    steps: [
      { text: () => ({ en: 'Delete the database file.', zh: '删除数据库文件。' }), command: () => 'rm app.db', check: noDatabase },
      { text: () => ({ en: 'Initialise it again.', zh: '重新初始化。' }), command: () => 'uv run flask db upgrade', check: atHead },
    ],
  },
];

function text(value: Text): string {
  return lang() === 'zh' ? value.zh : value.en;
}

export class LessonsView {
  readonly element: HTMLElement;
  private readonly picker: HTMLSelectElement;
  private readonly body: HTMLElement;
  private lesson = 0;
  private step = 0;
  private readonly done = new Set<string>();
  private ctx: LessonContext | undefined;
  private checking = Promise.resolve();

  constructor(private readonly actions: LessonActions) {
    this.element = el('section', 'lessons');
    this.element.dataset.testid = 'lessons';
    const bar = el('div', 'lesson-bar');
    this.picker = el('select', 'select');
    this.picker.dataset.testid = 'lesson-select';
    bind(this.picker, 'lessons.pick', 'aria-label');
    this.picker.addEventListener('change', () => this.start(Number(this.picker.value)));
    bar.append(this.picker);
    this.body = el('div', 'lesson-body');
    this.element.append(bar, this.body);
    this.render();
  }

  start(index: number): void {
    this.lesson = Math.max(0, Math.min(index, LESSONS.length - 1));
    this.step = 0;
    this.render();
  }

  /** After a command or an action: check the current step, and move on when it holds. */
  event(ctx: LessonContext): Promise<void> {
    this.ctx = ctx;
    this.checking = this.checking.then(async () => {
      const lesson = LESSONS[this.lesson];
      const step = lesson.steps[this.step];
      if (!step) return;
      let ok = false;
      try {
        ok = await step.check(ctx);
      } catch {
        ok = false;
      }
      if (!ok) return;
      this.step++;
      if (this.step >= lesson.steps.length) this.done.add(lesson.id);
      this.render();
    });
    return this.checking;
  }

  /** The context without an event (e.g. the first state): only used to word the steps. */
  context(ctx: LessonContext): void {
    this.ctx = ctx;
    this.render();
  }

  render(): void {
    this.picker.replaceChildren(...LESSONS.map((lesson, i) => {
      const option = el('option', undefined, `${i + 1}. ${text(lesson.title)}${this.done.has(lesson.id) ? ' ✓' : ''}`);
      option.value = String(i);
      return option;
    }));
    this.picker.value = String(this.lesson);
    const lesson = LESSONS[this.lesson];
    const parts: HTMLElement[] = [el('h3', 'lesson-title', text(lesson.title)), el('p', 'lesson-intro', text(lesson.intro))];
    const list = el('ol', 'lesson-steps');
    lesson.steps.forEach((step, i) => {
      const status = i < this.step ? 'done' : i === this.step ? 'current' : 'pending';
      const li = el('li', `lesson-step ${status}`);
      li.dataset.testid = `lesson-step-${i + 1}`;
      li.dataset.status = status;
      const marker = el('span', 'step-marker', i < this.step ? '✓' : String(i + 1));
      const content = el('div', 'step-content');
      const ctx = this.ctx;
      content.append(el('p', 'step-text', ctx ? text(step.text(ctx)) : ''));
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
        act.addEventListener('click', async () => {
          act.disabled = true;
          try {
            await step.action!.run(this.actions, ctx);
          } finally {
            act.disabled = false;
          }
        });
        content.append(act);
      }
      li.append(marker, content);
      list.append(li);
    });
    parts.push(list);
    if (this.step >= lesson.steps.length) {
      const done = el('div', 'lesson-done');
      done.dataset.testid = 'lesson-done';
      done.append(el('strong', undefined, t('lessons.complete')));
      if (this.lesson + 1 < LESSONS.length) {
        const next = button(t('lessons.next', text(LESSONS[this.lesson + 1].title)), 'btn primary small', () => this.start(this.lesson + 1));
        next.dataset.testid = 'lesson-next';
        done.append(next);
      }
      parts.push(done);
    } else {
      const status = el('p', 'lesson-progress', t('lessons.progress', this.step + 1, lesson.steps.length));
      status.dataset.testid = 'lesson-progress';
      parts.push(status);
    }
    const restart = button(t('lessons.restart'), 'btn ghost small', () => this.start(this.lesson));
    restart.dataset.testid = 'lesson-restart';
    parts.push(restart);
    this.body.replaceChildren(...parts);
  }
}
