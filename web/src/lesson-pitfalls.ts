// The lessons on what most often goes wrong with Flask-Migrate beyond the guide: SQLite's ALTER limits
// and batch mode, what autogenerate does not see, a rename written as drop + add, unnamed
// constraints, a data migration that loops over rows, a step that fails half-way, and stamp. Each
// step was run against the core (the same texts, errors and states): see tests/e2e/pitfalls.test.mjs.
import type { Lesson, LessonActions, LessonContext, Step, Text } from './lesson-types';
import {
  HEAD, at, atHead, failedWith, hasColumn, insertVisits, newHead, number, ranOk, same, upgradeToHead, UPGRADE,
  watchData, watchGraph, watchSchema,
} from './lesson-checks';

const MODELS = 'app/models.py';
const editor = (en: string, zh: string) => ({ view: 'editor' as const, what: { en, zh } });
const consoleWatch = (en: string, zh: string) => ({ view: 'console' as const, what: { en, zh } });
const theError = consoleWatch('the error, and the hint under it (the editor marks its line)', '错误信息和下面的提示（编辑器会标出出错的行）');
const models = (c: LessonContext) => c.file(MODELS) ?? '';
const column = (c: LessonContext, table: string, name: string) =>
  c.tables.find((tb) => tb.name === table)?.columns.find((col) => col.name === name);
const tableSql = (c: LessonContext, table: string) => c.tables.find((tb) => tb.name === table)?.sql ?? '';
/** The revision the learner made whose script matches `pattern` (a head, not one of the demo's). */
const script = (c: LessonContext, pattern: RegExp) => c.file(newHead(c, pattern)?.path ?? '') ?? '';

/** Replaces the empty upgrade() and downgrade() of a script `flask db revision` wrote. */
const fill = (upgrade: string, downgrade: string) => (text: string) =>
  text.replace(/def upgrade\(\):\n {4}pass\n/, `def upgrade():\n${upgrade}`).replace(/def downgrade\(\):\n {4}pass\n/, `def downgrade():\n${downgrade}`);

/** `flask db revision -m MESSAGE`: an empty script, a new head. */
const newRevision = (message: string, why: Text): Step => ({
  text: same({ en: `Make an empty revision script: flask db revision -m "${message}".`, zh: `新建一个空的迁移脚本：flask db revision -m "${message}"。` }),
  why,
  watch: watchGraph('a new head above the “database” marker', '“数据库”标记上方出现新的 head'),
  goal: { en: `a new head revision “${message}”`, zh: `出现新的 head 版本“${message}”` },
  command: () => `uv run flask db revision -m "${message}"`,
  check: (c) => Boolean(newHead(c, new RegExp(message))) && c.state.revisions.length === 3,
});

/** Rewrites the learner's revision (found by `find`) with `edit`, as a recorded change. */
const editRevision = (find: RegExp, edit: (text: string) => string, label: string) =>
  async (a: LessonActions, c: LessonContext) => {
    const rev = newHead(c, find);
    if (rev) await a.rewriteFile(rev.path, edit, label);
  };

const WIDEN_PLAIN = fill(
  "    op.alter_column('user_visits', 'user_agent', type_=sa.String(length=500), existing_type=sa.String(length=255))\n",
  "    op.alter_column('user_visits', 'user_agent', type_=sa.String(length=255), existing_type=sa.String(length=500))\n",
);
const toBatch = (text: string) =>
  text.replace(/^ {4}op\.alter_column\('user_visits', ('user_agent'.*)\)$/gm,
    "    with op.batch_alter_table('user_visits') as batch_op:\n        batch_op.alter_column($1)");

const LOOP_UP = `    with op.batch_alter_table('user_visits') as batch_op:
        batch_op.add_column(sa.Column('network', sa.String(length=45), nullable=True))

    # The table as this revision knows it (not app.models: the models move on, this script must not).
    visits = sa.table('user_visits', sa.column('id', sa.Integer), sa.column('ip_address', sa.String),
                      sa.column('network', sa.String))
    conn = op.get_bind()
    rows = conn.execute(sa.select(visits.c.id, visits.c.ip_address)).fetchall()
    for row in rows:
        network = '.'.join(row.ip_address.split('.')[:3]) + '.0/24'
        conn.execute(visits.update().where(visits.c.id == row.id).values(network=network))
`;
const LOOP_DOWN = `    with op.batch_alter_table('user_visits') as batch_op:
        batch_op.drop_column('network')
`;

const TWO_STEPS = fill(
  "    op.add_column('user_visits', sa.Column('referrer', sa.String(length=255), nullable=True))\n" +
    "    op.create_index('ix_user_visits_referrer', 'user_visits', ['referer'])\n",
  "    op.drop_index('ix_user_visits_referrer', table_name='user_visits')\n    op.drop_column('user_visits', 'referrer')\n",
);

const VISITS = insertVisits([1, 1, 1]); // ip 10.0.0.1 .. 10.0.0.3, user_agent 'lesson'

export const PITFALLS: Lesson[] = [
  {
    id: 'batch',
    title: { en: 'SQLite’s ALTER limits and batch mode', zh: 'SQLite 的 ALTER 限制与批处理模式' },
    intro: {
      en: 'SQLite’s ALTER TABLE can add, rename and drop a column, and little else: no changing a column’s type, no adding or dropping a constraint. Alembic’s batch mode works around it by rebuilding the table. Widen user_agent from 255 to 500 characters, the plain way first.',
      zh: 'SQLite 的 ALTER TABLE 只能添加、重命名和删除列，别的几乎都不行：不能修改列的类型，也不能添加或删除约束。Alembic 的批处理模式（batch mode）通过重建整张表绕过这个限制。把 user_agent 从 255 个字符加宽到 500 个，先用普通的写法试试。',
    },
    start: { en: `the demo at its head (${HEAD}), with 3 rows in user_visits.`, zh: `示例项目处于 head（${HEAD}），user_visits 中有 3 行数据。` },
    setup: async (s) => {
      await s.run('flask db upgrade');
      await s.query(VISITS);
    },
    steps: [
      newRevision('widen user agent', {
        en: 'A type change is a revision of its own. flask db revision writes an empty script; you write upgrade() and downgrade().',
        zh: '修改类型也是一个独立的迁移。flask db revision 生成一个空脚本，upgrade() 和 downgrade() 由你来写。',
      }),
      {
        text: same({ en: 'Write the change the plain way: op.alter_column(\'user_visits\', \'user_agent\', type_=sa.String(length=500), ...).', zh: '用普通写法写这个改动：op.alter_column(\'user_visits\', \'user_agent\', type_=sa.String(length=500), ...)。' }),
        why: {
          en: 'This is what you would write for PostgreSQL or MySQL, where ALTER TABLE ... ALTER COLUMN ... TYPE exists.',
          zh: '在 PostgreSQL 或 MySQL 上就会这样写，因为它们支持 ALTER TABLE ... ALTER COLUMN ... TYPE。',
        },
        watch: editor('upgrade() of the new script', '新脚本的 upgrade()'),
        goal: { en: 'op.alter_column(...) in upgrade() of the new script', zh: '新脚本的 upgrade() 中有 op.alter_column(...)' },
        action: { label: { en: 'Write it for me', zh: '帮我写' }, run: editRevision(/widen user agent/, WIDEN_PLAIN, 'op.alter_column') },
        check: (c) => /^ {4}op\.alter_column\('user_visits', 'user_agent'/m.test(script(c, /widen user agent/)),
      },
      {
        text: same({ en: 'Try to apply it.', zh: '尝试应用它。' }),
        why: {
          en: `Outside batch mode, Alembic sends ALTER TABLE user_visits ALTER COLUMN ..., which SQLite does not know: the step fails. Revlab rolls it back, so the database stays at ${HEAD}.`,
          zh: `不在批处理模式下时，Alembic 会发送 ALTER TABLE user_visits ALTER COLUMN ...，SQLite 不认识这种语句：这一步失败。Revlab 会回滚它，所以数据库仍在 ${HEAD}。`,
        },
        watch: theError,
        goal: { en: `upgrade failed on ALTER, the database still at ${HEAD}`, zh: `upgrade 在 ALTER 处失败，数据库仍在 ${HEAD}` },
        command: () => UPGRADE,
        fails: true,
        check: (c) => failedWith(c, /db upgrade/, /ALTER/) && at(c, HEAD),
      },
      {
        text: same({ en: 'Rewrite it in batch mode: with op.batch_alter_table(\'user_visits\') as batch_op: batch_op.alter_column(\'user_agent\', ...).', zh: '改用批处理模式：with op.batch_alter_table(\'user_visits\') as batch_op: batch_op.alter_column(\'user_agent\', ...)。' }),
        why: {
          en: 'batch_alter_table collects the changes, then “moves and copies”: it creates a new table with the new definition, copies every row into it, drops the old table and renames the new one. Flask-Migrate’s autogenerate writes batch mode for you (render_as_batch).',
          zh: 'batch_alter_table 先收集所有改动，再“移动并复制”：按新定义建一张新表，把每一行复制过去，删除旧表，再把新表改名。Flask-Migrate 自动生成的脚本默认就是批处理模式（render_as_batch）。',
        },
        watch: editor('the with op.batch_alter_table(...) block', 'with op.batch_alter_table(...) 代码块'),
        goal: { en: 'both alter_column calls inside batch_alter_table', zh: '两处 alter_column 都写在 batch_alter_table 中' },
        action: { label: { en: 'Rewrite it for me', zh: '帮我改写' }, run: editRevision(/widen user agent/, toBatch, 'batch_alter_table') },
        recover: { en: 'The script still calls op.alter_column outside batch mode: rewrite it first (the button does it), then upgrade.', zh: '脚本仍在批处理模式之外调用 op.alter_column：先改写它（按钮可以代劳），再升级。' },
        check: (c) => {
          const text = script(c, /widen user agent/);
          return (text.match(/batch_op\.alter_column\('user_agent'/g) ?? []).length === 2 && !/^ {4}op\.alter_column/m.test(text);
        },
      },
      {
        ...upgradeToHead({
          en: 'Now the table is rebuilt with VARCHAR(500), and the 3 rows are copied across.',
          zh: '现在表按 VARCHAR(500) 重建，3 行数据也被复制了过去。',
        }),
        watch: watchSchema('user_agent is VARCHAR(500)', 'user_agent 变成 VARCHAR(500)'),
        goal: { en: 'the database at the new head, user_agent VARCHAR(500), the 3 rows kept', zh: '数据库处于新的 head，user_agent 是 VARCHAR(500)，3 行数据都在' },
        recover: { en: 'Still ALTER COLUMN? Both alter_column calls must be batch_op.alter_column(...) inside with op.batch_alter_table(...).', zh: '还是 ALTER COLUMN？两处 alter_column 都必须写成 with op.batch_alter_table(...) 中的 batch_op.alter_column(...)。' },
        check: async (c) => atHead(c) && column(c, 'user_visits', 'user_agent')?.type === 'VARCHAR(500)' &&
          (await number(c, "SELECT count(*) FROM user_visits WHERE user_agent = 'lesson'")) === 3,
      },
    ],
  },
  {
    id: 'blind-spots',
    title: { en: 'What autogenerate does not see', zh: '自动生成看不到的改动' },
    intro: {
      en: 'flask db migrate compares app/models.py with the database. What lives only in Python never reaches the database, so it never shows up in a migration: default= is the classic case. server_default= does.',
      zh: 'flask db migrate 比较 app/models.py 和数据库。只存在于 Python 中的东西永远到不了数据库，所以也不会出现在迁移里：default= 就是典型的例子。server_default= 则会出现。',
    },
    start: { en: `the demo at its head (${HEAD}), with 3 rows in user_visits.`, zh: `示例项目处于 head（${HEAD}），user_visits 中有 3 行数据。` },
    setup: async (s) => {
      await s.run('flask db upgrade');
      await s.query(VISITS);
    },
    steps: [
      {
        text: same({ en: 'In app/models.py, change visit_count’s default=1 to default=5.', zh: '在 app/models.py 中，把 visit_count 的 default=1 改成 default=5。' }),
        why: { en: 'You want new visits to start at 5.', zh: '你希望新的访问记录从 5 开始计数。' },
        watch: editor('the visit_count line', 'visit_count 这一行'),
        goal: { en: 'visit_count with default=5 in app/models.py', zh: 'app/models.py 中 visit_count 的 default=5' },
        action: {
          label: { en: 'Make this edit for me', zh: '帮我修改' },
          run: (a) => a.rewriteFile(MODELS, (text) => text.replace(/(visit_count = db\.Column\([^\n]*)default=1\)/, '$1default=5)'), 'default=5'),
        },
        check: (c) => /visit_count\s*=\s*db\.Column\([^\n]*\bdefault=5\b/.test(models(c)),
      },
      {
        text: same({ en: 'Generate a migration for it.', zh: '为它生成迁移。' }),
        why: {
          en: 'default= is applied by SQLAlchemy, in Python, when your app inserts a row without a value. The database never hears of it, so the comparison finds nothing: “No changes in schema detected.”, and no script. Nothing is wrong; there is just nothing to migrate.',
          zh: 'default= 由 SQLAlchemy 在 Python 中使用：应用插入一行且没有给值时才生效。数据库对它一无所知，所以比较不出任何差异：“No changes in schema detected.”，也不会生成脚本。这并不是出错，只是没有需要迁移的东西。',
        },
        watch: consoleWatch('the line “No changes in schema detected.”', '“No changes in schema detected.”这一行'),
        goal: { en: 'run flask db migrate, then answer the question', zh: '运行 flask db migrate，然后回答问题' },
        command: () => 'uv run flask db migrate -m "visit_count default 5"',
        check: (c) => ranOk(/db migrate/)(c) && c.lastOutput.some((line) => /No changes in schema detected/.test(line)) && c.state.revisions.length === 2,
        quiz: {
          question: { en: 'Why did migrate find no change?', zh: '为什么 migrate 没有发现改动？' },
          options: () => [
            { label: { en: 'default= lives in Python only; the database’s column is the same', zh: 'default= 只存在于 Python 中，数据库里的列没有变化' }, right: true },
            { label: { en: 'the database is behind the head', zh: '数据库落后于 head' }, right: false },
            { label: { en: 'migrate ignores integer columns', zh: 'migrate 会忽略整数列' }, right: false },
          ],
        },
      },
      {
        text: same({ en: 'Give the column a server_default too: server_default=\'5\'.', zh: '再给这一列加上 server_default：server_default=\'5\'。' }),
        why: {
          en: 'server_default is part of the column in the database (DEFAULT 5 in its DDL), so rows inserted by anything, a SQL console or another service, get it too, and a comparison can see it.',
          zh: 'server_default 是数据库中列定义的一部分（DDL 里的 DEFAULT 5），所以不论谁插入数据（SQL 控制台或别的服务）都会用到它，比较时也能看到它。',
        },
        watch: editor('the visit_count line', 'visit_count 这一行'),
        goal: { en: "server_default='5' on visit_count in app/models.py", zh: "app/models.py 中 visit_count 带有 server_default='5'" },
        action: {
          label: { en: 'Make this edit for me', zh: '帮我修改' },
          run: (a) => a.rewriteFile(MODELS, (text) => text.replace(/(visit_count = db\.Column\([^\n]*?)\)\n/, "$1, server_default='5')\n"), 'server_default'),
        },
        check: (c) => /visit_count\s*=\s*db\.Column\([^\n]*server_default\s*=\s*['"]5['"]/.test(models(c)),
      },
      {
        text: same({ en: 'Generate the migration again.', zh: '再次生成迁移。' }),
        why: {
          en: 'Now the database’s column differs from the model’s: autogenerate writes an alter_column with server_default. Revlab compares server defaults; Flask-Migrate leaves Alembic’s compare_server_default off, so with the real tool check a default change by hand. Type changes are compared (Flask-Migrate turns compare_type on): String(255) to String(500) is seen, String(255) to String() is not.',
          zh: '现在数据库中的列和模型不同了：自动生成会写出带 server_default 的 alter_column。Revlab 会比较服务端默认值；Flask-Migrate 没有打开 Alembic 的 compare_server_default，所以用真实工具时，默认值的改动要自己检查。类型会被比较（Flask-Migrate 打开了 compare_type）：String(255) 改成 String(500) 能被发现，改成 String() 则不能。',
        },
        watch: watchGraph('a new head', '新的 head'),
        goal: { en: 'a new head revision whose script sets server_default', zh: '出现一个设置 server_default 的 head 版本' },
        recover: { en: '“No changes in schema detected” means visit_count has no server_default in app/models.py yet: do step 3 first.', zh: '“No changes in schema detected”表示 app/models.py 中 visit_count 还没有 server_default：先完成第 3 步。' },
        command: () => 'uv run flask db migrate -m "visit_count server default"',
        check: (c) => /server_default=/.test(script(c, /visit_count server default/)) && c.state.revisions.length === 3,
      },
      {
        ...upgradeToHead({ en: 'Batch mode rebuilds the table with DEFAULT 5 on visit_count.', zh: '批处理模式重建表，visit_count 带上 DEFAULT 5。' }),
        watch: watchSchema('visit_count’s default is 5', 'visit_count 的默认值是 5'),
        goal: { en: 'the database at the new head, visit_count with a server default of 5', zh: '数据库处于新的 head，visit_count 的服务端默认值是 5' },
        check: (c) => atHead(c) && /5/.test(String(column(c, 'user_visits', 'visit_count')?.default ?? '')),
      },
      {
        text: same({ en: 'Insert a visit without a visit_count, in plain SQL.', zh: '用普通 SQL 插入一条不带 visit_count 的访问记录。' }),
        why: { en: 'Plain SQL knows nothing of default=: only the server default can fill the column here.', zh: '普通 SQL 不知道 default=：这里只有服务端默认值能填充这一列。' },
        watch: watchData('the new row has visit_count 5', '新插入的行 visit_count 是 5'),
        goal: { en: 'a row added by SQL, with visit_count 5', zh: '用 SQL 插入的一行，visit_count 是 5' },
        command: () => `sqlite3 app.db "INSERT INTO user_visits (ip_address) VALUES ('10.0.0.9')"`,
        check: async (c) => (await number(c, "SELECT count(*) FROM user_visits WHERE ip_address = '10.0.0.9' AND visit_count = 5")) === 1,
      },
    ],
  },
  {
    id: 'rename',
    title: { en: 'A rename that loses data', zh: '会丢数据的改名' },
    intro: {
      en: 'Rename a model attribute and Alembic’s autogenerate sees a column gone and a new one: it writes drop_column and add_column, and upgrade throws the old values away. Revlab detects renames (as alter_column(new_column_name=...)); --no-rename-detection shows what Alembic would write.',
      zh: '给模型属性改名后，Alembic 的自动生成只看到一列消失、一列新增：它写出 drop_column 和 add_column，upgrade 会把原来的值丢掉。Revlab 能识别改名（写成 alter_column(new_column_name=...)）；加 --no-rename-detection 可以看到 Alembic 原本会写出的脚本。',
    },
    start: { en: `the demo at its head (${HEAD}), with 3 visits whose user_agent is “lesson”.`, zh: `示例项目处于 head（${HEAD}），有 3 条访问记录，user_agent 都是“lesson”。` },
    setup: async (s) => {
      await s.run('flask db upgrade');
      await s.query(VISITS);
    },
    steps: [
      {
        text: same({ en: 'In app/models.py, rename user_agent to browser.', zh: '在 app/models.py 中，把 user_agent 改名为 browser。' }),
        why: { en: 'The model now says browser; the database still has user_agent, with its values.', zh: '模型里现在叫 browser；数据库里仍是 user_agent，值都还在。' },
        watch: editor('the renamed line', '改名的那一行'),
        goal: { en: 'browser = db.Column(...) in UserVisit, no user_agent', zh: 'UserVisit 中有 browser = db.Column(...)，没有 user_agent' },
        action: { label: { en: 'Make this edit for me', zh: '帮我修改' }, run: (a) => a.rewriteFile(MODELS, (text) => text.replace(/^(\s+)user_agent(\s*=)/m, '$1browser$2'), 'browser') },
        check: (c) => /^\s+browser\s*=\s*db\.Column\(/m.test(models(c)) && !/^\s+user_agent\s*=/m.test(models(c)),
      },
      {
        text: same({ en: 'Generate the migration as Alembic would: with --no-rename-detection.', zh: '像 Alembic 那样生成迁移：加上 --no-rename-detection。' }),
        why: {
          en: 'Alembic compares names only. A column that disappeared and one that appeared are a drop and an add; it cannot know they are the same data. Revlab warns (WARNI [revlab.safety]) that the drop loses data.',
          zh: 'Alembic 只比较名字。消失的一列和新出现的一列就是一次删除和一次添加；它无法知道这是同一份数据。Revlab 会警告（WARNI [revlab.safety]）删除列会丢数据。',
        },
        watch: consoleWatch('“Detected removed column”, and the warning', '“Detected removed column”以及警告'),
        goal: { en: 'a new head whose script drops user_agent and adds browser', zh: '出现一个删除 user_agent、添加 browser 的 head 版本' },
        command: () => 'uv run flask db migrate -m "rename user agent" --no-rename-detection',
        check: (c) => /drop_column\('user_agent'\)/.test(script(c, /rename user agent/)),
      },
      {
        text: same({ en: 'Apply it.', zh: '应用它。' }),
        why: { en: 'add_column makes browser empty, drop_column removes user_agent and its values. The step succeeds, and the data is gone.', zh: 'add_column 新增的 browser 是空的，drop_column 删除了 user_agent 和它的值。这一步成功了，数据却没了。' },
        watch: watchData('browser is NULL in every row', '每一行的 browser 都是 NULL'),
        goal: { en: 'the database at the new head, browser empty in every row', zh: '数据库处于新的 head，每一行的 browser 都是空的' },
        command: () => UPGRADE,
        check: async (c) => atHead(c) && hasColumn(c, 'user_visits', 'browser') && !hasColumn(c, 'user_visits', 'user_agent') &&
          (await number(c, 'SELECT count(*) FROM user_visits WHERE browser IS NOT NULL')) === 0,
      },
      {
        text: same({ en: 'Press Undo twice: before the upgrade, then before the migrate (the script goes too).', zh: '按两次“撤销”：先回到升级之前，再回到 migrate 之前（脚本也会一起撤销）。' }),
        why: { en: 'Time travel brings back the values, and removes the drop + add script, so that you can generate a better one.', zh: '时光回溯找回数据，并去掉那个删除 + 添加的脚本，以便重新生成一个更好的。' },
        watch: watchData('user_agent back, with “lesson” in every row', 'user_agent 回来了，每一行都是“lesson”'),
        goal: { en: `the database at ${HEAD} with its user_agent values, and no new script`, zh: `数据库处于 ${HEAD}，user_agent 的值都在，没有新脚本` },
        action: { label: { en: 'Undo', zh: '撤销' }, run: (a) => a.undo() },
        check: async (c) => at(c, HEAD) && c.state.revisions.length === 2 && hasColumn(c, 'user_visits', 'user_agent') &&
          (await number(c, "SELECT count(*) FROM user_visits WHERE user_agent = 'lesson'")) === 3,
      },
      {
        text: same({ en: 'Generate it again, with rename detection (the default in Revlab).', zh: '再生成一次，这次使用改名识别（Revlab 默认打开）。' }),
        why: {
          en: 'Revlab pairs a dropped and an added column of the same table, type and nullability, and writes alter_column(\'user_agent\', new_column_name=\'browser\'), which keeps the values. With the real tool, fix the script by hand the same way.',
          zh: 'Revlab 会把同一张表中类型和可空性都相同的一删一增配成一对，写出 alter_column(\'user_agent\', new_column_name=\'browser\')，值会保留。使用真实工具时，照这个样子手动修改脚本。',
        },
        watch: consoleWatch('the line “Detected renamed column”', '“Detected renamed column”这一行'),
        goal: { en: 'a new head whose script renames user_agent to browser', zh: '出现一个把 user_agent 改名为 browser 的 head 版本' },
        recover: { en: 'Run it without --no-rename-detection; if the drop + add script is still there, Undo it first.', zh: '不要加 --no-rename-detection；如果删除 + 添加的脚本还在，先撤销它。' },
        command: () => 'uv run flask db migrate -m "rename user agent"',
        check: (c) => /new_column_name='browser'/.test(script(c, /rename user agent/)),
      },
      {
        ...upgradeToHead({ en: 'A rename keeps every value.', zh: '改名会保留每一个值。' }),
        watch: watchData('browser holds “lesson” in every row', '每一行的 browser 都是“lesson”'),
        goal: { en: 'the database at the new head, browser = “lesson” in every row', zh: '数据库处于新的 head，每一行的 browser 都是“lesson”' },
        check: async (c) => atHead(c) && (await number(c, "SELECT count(*) FROM user_visits WHERE browser = 'lesson'")) === 3,
      },
    ],
  },
  {
    id: 'naming',
    title: { en: 'Constraints need names', zh: '约束需要名字' },
    intro: {
      en: 'unique=True in a model makes a UNIQUE constraint without a name. Autogenerate writes its name as None, and batch mode refuses it: a constraint a migration cannot name is one it can never drop.',
      zh: '模型中的 unique=True 会生成一个没有名字的 UNIQUE 约束。自动生成把它的名字写成 None，批处理模式拒绝执行：迁移叫不出名字的约束，以后也就没法删除。',
    },
    start: { en: `the demo at its head (${HEAD}).`, zh: `示例项目，处于 head（${HEAD}）。` },
    setup: (s) => s.run('flask db upgrade'),
    steps: [
      {
        text: same({ en: 'Add a unique field to UserVisit: email = db.Column(db.String(120), unique=True).', zh: '给 UserVisit 增加一个唯一字段：email = db.Column(db.String(120), unique=True)。' }),
        why: { en: 'unique=True asks for a UNIQUE constraint on email, and gives it no name.', zh: 'unique=True 要求给 email 加 UNIQUE 约束，但没有给它起名字。' },
        watch: editor('the new line in app/models.py', 'app/models.py 中新增的一行'),
        goal: { en: 'an email = db.Column(..., unique=True) line in UserVisit', zh: 'UserVisit 中有一行 email = db.Column(..., unique=True)' },
        action: { label: { en: 'Make this edit for me', zh: '帮我修改' }, run: (a) => a.addModelField('    email = db.Column(db.String(120), unique=True)') },
        check: (c) => /^\s+email\s*=\s*db\.Column\([^\n]*unique\s*=\s*True/m.test(models(c)),
      },
      {
        text: same({ en: 'Generate the migration.', zh: '生成迁移。' }),
        why: { en: 'Look at the script: create_unique_constraint(None, [\'email\']) and drop_constraint(None, ...). None is the name the model gave.', zh: '看一下脚本：create_unique_constraint(None, [\'email\']) 和 drop_constraint(None, ...)。None 就是模型给的名字。' },
        watch: watchGraph('a new head', '新的 head'),
        goal: { en: 'a new head whose script creates the unique constraint', zh: '出现一个创建唯一约束的 head 版本' },
        command: () => 'uv run flask db migrate -m "add email"',
        check: (c) => /create_unique_constraint\(None/.test(script(c, /add email/)),
      },
      {
        text: same({ en: 'Try to apply it.', zh: '尝试应用它。' }),
        why: {
          en: 'Batch mode writes the whole table anew, each constraint by its name: “Constraint must have a name”. On PostgreSQL the server would pick a name (user_visits_email_key), another on MySQL: the downgrade’s drop_constraint(None) could not find it either way.',
          zh: '批处理模式会重新写出整张表，每个约束都要写名字：“Constraint must have a name”。在 PostgreSQL 上数据库会自己起名（user_visits_email_key），在 MySQL 上又是另一个名字：不管哪种，downgrade 中的 drop_constraint(None) 都找不到它。',
        },
        watch: theError,
        goal: { en: `upgrade failed with “Constraint must have a name”, the database still at ${HEAD}`, zh: `upgrade 报错“Constraint must have a name”，数据库仍在 ${HEAD}` },
        command: () => UPGRADE,
        fails: true,
        check: (c) => failedWith(c, /db upgrade/, /Constraint must have a name/) && at(c, HEAD),
      },
      {
        text: same({ en: 'Name it in the script: \'uq_user_visits_email\', in create_unique_constraint and in drop_constraint.', zh: '在脚本中给它起名：create_unique_constraint 和 drop_constraint 中都写 \'uq_user_visits_email\'。' }),
        why: {
          en: 'The usual cure is a naming convention: db = SQLAlchemy(metadata=MetaData(naming_convention={\'uq\': \'uq_%(table_name)s_%(column_0_name)s\', ...})), so that autogenerate writes these names itself. Revlab does not read a naming convention in the models yet, so here you name it by hand, as the convention would.',
          zh: '通常的办法是命名约定：db = SQLAlchemy(metadata=MetaData(naming_convention={\'uq\': \'uq_%(table_name)s_%(column_0_name)s\', ...}))，这样自动生成会自己写出这些名字。Revlab 目前还不读取模型中的命名约定，所以这里按约定的规则手动起名。',
        },
        watch: editor('the two None that become a name', '两处 None 变成了名字'),
        goal: { en: 'uq_user_visits_email in both places of the script', zh: '脚本的两处都写了 uq_user_visits_email' },
        recover: { en: 'The constraint still has no name: name it in the script first (the button does it), then upgrade.', zh: '约束仍然没有名字：先在脚本中给它起名（按钮可以代劳），再升级。' },
        action: {
          label: { en: 'Make this edit for me', zh: '帮我修改' },
          run: editRevision(/add email/, (text) => text.replace(/(create_unique_constraint|drop_constraint)\(None,/g, "$1('uq_user_visits_email',"), 'uq_user_visits_email'),
        },
        check: (c) => (script(c, /add email/).match(/\('uq_user_visits_email',/g) ?? []).length === 2,
      },
      {
        ...upgradeToHead({ en: 'The table is rebuilt with CONSTRAINT uq_user_visits_email UNIQUE (email).', zh: '表被重建，带上 CONSTRAINT uq_user_visits_email UNIQUE (email)。' }),
        watch: watchSchema('email, and the table’s SQL names the constraint', 'email 列，以及表的 SQL 中约束的名字'),
        goal: { en: 'the database at the new head, the constraint uq_user_visits_email in the table', zh: '数据库处于新的 head，表中有约束 uq_user_visits_email' },
        check: (c) => atHead(c) && /CONSTRAINT uq_user_visits_email UNIQUE/.test(tableSql(c, 'user_visits')),
      },
      {
        text: same({ en: 'Roll back one step: the downgrade drops the constraint by its name.', zh: '回滚一步：downgrade 按名字删除这个约束。' }),
        why: { en: 'drop_constraint(\'uq_user_visits_email\') finds what it drops. That is what the name is for.', zh: 'drop_constraint(\'uq_user_visits_email\') 能找到要删除的约束。名字就是为此而起的。' },
        watch: watchSchema('email is gone', 'email 列消失了'),
        goal: { en: `the database at ${HEAD}, without email`, zh: `数据库处于 ${HEAD}，没有 email 列` },
        command: () => 'uv run flask db downgrade',
        check: (c) => at(c, HEAD) && !hasColumn(c, 'user_visits', 'email'),
      },
    ],
  },
  {
    id: 'data-loop',
    title: { en: 'A data migration that loops over rows', zh: '逐行处理的数据迁移' },
    intro: {
      en: 'op.execute("UPDATE ...") is enough when SQL can compute the new value. When it takes Python, read the rows with op.get_bind() and update them one by one. Here: a network column, filled from each visit’s IP address.',
      zh: '新值能用 SQL 算出来时，op.execute("UPDATE ...") 就够了。需要 Python 来算时，用 op.get_bind() 读出各行，再逐行更新。这里：新增 network 列，根据每条访问记录的 IP 地址来填充。',
    },
    start: { en: `the demo at its head (${HEAD}), with visits from 10.0.0.1, 10.0.0.2 and 10.0.0.3.`, zh: `示例项目处于 head（${HEAD}），有来自 10.0.0.1、10.0.0.2 和 10.0.0.3 的访问记录。` },
    setup: async (s) => {
      await s.run('flask db upgrade');
      await s.query(VISITS);
    },
    steps: [
      newRevision('fill network', {
        en: 'A data migration is a revision like any other; autogenerate never writes one, since the data is not in the models.',
        zh: '数据迁移和其他迁移一样是一个版本；自动生成从不写数据迁移，因为数据不在模型里。',
      }),
      {
        text: same({ en: 'Write upgrade(): add the column in batch mode, then loop over the rows and set each network.', zh: '编写 upgrade()：先用批处理模式添加列，再逐行循环，设置每一行的 network。' }),
        why: {
          en: 'sa.table(...) describes the table as this revision knows it. Do not import app.models: the models will change in later revisions, and this script must still run on the schema it was written for.',
          zh: 'sa.table(...) 按这个版本所知道的样子描述表。不要导入 app.models：模型在以后的版本中还会改变，而这个脚本必须仍能在它所针对的表结构上运行。',
        },
        watch: editor('the for loop in upgrade()', 'upgrade() 中的 for 循环'),
        goal: { en: 'a for loop over the rows in upgrade(), and a downgrade() that drops network', zh: 'upgrade() 中有逐行的 for 循环，downgrade() 删除 network 列' },
        action: { label: { en: 'Write it for me', zh: '帮我写' }, run: editRevision(/fill network/, fill(LOOP_UP, LOOP_DOWN), 'for row in rows') },
        check: (c) => /^ {4}for row in rows:/m.test(script(c, /fill network/)) && /drop_column\('network'\)/.test(script(c, /fill network/)),
      },
      {
        ...upgradeToHead({
          en: 'The script runs in Revlab’s Python interpreter: the loop reads each row, builds its network in Python, and updates it, all in the step’s transaction.',
          zh: '脚本在 Revlab 的 Python 解释器中运行：循环读取每一行，用 Python 算出它的 network，再更新它，全部在这一步的事务中完成。',
        }),
        watch: watchData('network filled in every row', '每一行的 network 都被填上'),
        goal: { en: 'the database at the new head, network set in every row', zh: '数据库处于新的 head，每一行都有 network' },
        recover: { en: 'The editor marks the line of the script that failed: fix it there, then upgrade again (Revlab rolled the step back).', zh: '编辑器标出了脚本中出错的那一行：在那里改正，然后重新升级（Revlab 已经回滚了这一步）。' },
        check: async (c) => atHead(c) && hasColumn(c, 'user_visits', 'network') &&
          (await number(c, "SELECT count(*) FROM user_visits WHERE network = '10.0.0.0/24'")) === 3,
      },
      {
        text: same({ en: 'Read the rows.', zh: '查看数据。' }),
        why: { en: 'Check a data migration on the data itself.', zh: '数据迁移要对照数据本身来检查。' },
        watch: consoleWatch('the network of each row', '每一行的 network'),
        goal: { en: 'run the query, then answer the question', zh: '运行查询，然后回答问题' },
        command: () => 'sqlite3 app.db "SELECT id, ip_address, network FROM user_visits"',
        check: ranOk(/sqlite3\s+app\.db\s+"?select/i),
        quiz: {
          question: { en: 'Which network did the visit from 10.0.0.2 get?', zh: '来自 10.0.0.2 的访问记录得到的 network 是什么？' },
          options: () => ['10.0.0.2/32', '10.0.0.0/24', '10.0.0.0/8'].map((label) => ({ label, right: label === '10.0.0.0/24' })),
        },
      },
    ],
  },
  {
    id: 'half-applied',
    title: { en: 'A step that fails half-way', zh: '执行到一半失败的迁移' },
    intro: {
      en: 'On SQLite, Alembic runs DDL without a transaction (“Will assume non-transactional DDL”). When a script fails after its first operation, real Alembic leaves that operation applied and alembic_version unchanged: a half-applied database. Revlab rolls the whole step back. See both.',
      zh: '在 SQLite 上，Alembic 不在事务中执行 DDL（“Will assume non-transactional DDL”）。如果脚本在第一个操作之后失败，真实的 Alembic 会保留已执行的操作，而 alembic_version 不变：数据库处于“执行了一半”的状态。Revlab 会回滚整个步骤。两种情况都来看看。',
    },
    start: { en: `the demo at its head (${HEAD}), and a new revision that adds referrer, then indexes a misspelt column.`, zh: `示例项目处于 head（${HEAD}），还有一个新版本：先添加 referrer 列，再给一个拼错的列建索引。` },
    setup: async (s) => {
      await s.run('flask db upgrade');
      await s.run('flask db revision -m "add referrer"');
    },
    steps: [
      {
        text: same({ en: 'Write the script: op.add_column(... \'referrer\' ...), then op.create_index(... [\'referer\']) with the typo.', zh: '编写脚本：先 op.add_column(... \'referrer\' ...)，再 op.create_index(... [\'referer\'])（拼错了）。' }),
        why: { en: 'Two operations in one step: the first works, the second cannot.', zh: '一个步骤中有两个操作：第一个能成功，第二个不能。' },
        watch: editor('upgrade() of the new script', '新脚本的 upgrade()'),
        goal: { en: 'add_column and create_index in upgrade() of the new script', zh: '新脚本的 upgrade() 中有 add_column 和 create_index' },
        action: { label: { en: 'Write it for me', zh: '帮我写' }, run: editRevision(/add referrer/, TWO_STEPS, 'add_column + create_index') },
        check: (c) => /op\.add_column\('user_visits'/.test(script(c, /add referrer/)) && /op\.create_index\(/.test(script(c, /add referrer/)),
      },
      {
        text: same({ en: 'Apply it.', zh: '应用它。' }),
        why: {
          en: `create_index fails: no such column: referer. Revlab runs each step in a savepoint and rolls it back whole: no referrer column, the database still at ${HEAD}, and you can fix the script and run it again.`,
          zh: `create_index 失败：no such column: referer。Revlab 把每一步放在一个保存点（savepoint）里执行，失败时整体回滚：没有 referrer 列，数据库仍在 ${HEAD}，改好脚本就可以重新运行。`,
        },
        watch: theError,
        goal: { en: `upgrade failed, no referrer column, the database at ${HEAD}`, zh: `upgrade 失败，没有 referrer 列，数据库在 ${HEAD}` },
        command: () => UPGRADE,
        fails: true,
        check: (c) => failedWith(c, /db upgrade/, /no such column: referer/) && at(c, HEAD) && !hasColumn(c, 'user_visits', 'referrer'),
      },
      {
        text: same({ en: 'Now make the database as real Alembic would have left it: run the step’s first statement by hand.', zh: '现在把数据库变成真实 Alembic 会留下的样子：手动执行这一步的第一条语句。' }),
        why: {
          en: `With Alembic, the ALTER TABLE ... ADD COLUMN referrer was already done when create_index failed, and nothing undid it; alembic_version still says ${HEAD}.`,
          zh: `在 Alembic 中，create_index 失败时 ALTER TABLE ... ADD COLUMN referrer 已经执行了，没有任何东西撤销它；alembic_version 仍然是 ${HEAD}。`,
        },
        watch: watchSchema('referrer appears, the database still at the old head', '出现 referrer 列，数据库仍在旧的 head'),
        goal: { en: `a referrer column, the database still at ${HEAD}`, zh: `有 referrer 列，数据库仍在 ${HEAD}` },
        command: () => 'sqlite3 app.db "ALTER TABLE user_visits ADD COLUMN referrer VARCHAR(255)"',
        check: (c) => hasColumn(c, 'user_visits', 'referrer') && at(c, HEAD),
      },
      {
        text: same({ en: 'Fix the typo in the script: [\'referrer\'].', zh: '改正脚本中的拼写：[\'referrer\']。' }),
        why: { en: 'The script is right now. Is the database ready for it?', zh: '脚本现在是对的了。数据库准备好了吗？' },
        watch: editor('the create_index line', 'create_index 这一行'),
        goal: { en: "create_index on ['referrer']", zh: "create_index 的列是 ['referrer']" },
        action: { label: { en: 'Fix it for me', zh: '帮我改' }, run: editRevision(/add referrer/, (text) => text.replace("['referer']", "['referrer']"), "['referrer']") },
        check: (c) => /create_index\([^\n]*\['referrer'\]/.test(script(c, /add referrer/)),
      },
      {
        text: same({ en: 'Apply it again.', zh: '再次应用它。' }),
        why: {
          en: 'upgrade runs the whole script from its first line, and its add_column meets the column the failed run left: “duplicate column name”. This is the half-applied state; the fix is to undo what was applied by hand (or restore a backup), never to stamp past it.',
          zh: 'upgrade 从第一行开始执行整个脚本，其中的 add_column 碰到了上次失败留下的列：“duplicate column name”。这就是“执行了一半”的状态；解决办法是手动撤销已执行的部分（或恢复备份），而不是用 stamp 跳过它。',
        },
        watch: theError,
        goal: { en: 'upgrade failed with “duplicate column name”', zh: 'upgrade 报错“duplicate column name”' },
        command: () => UPGRADE,
        fails: true,
        check: (c) => failedWith(c, /db upgrade/, /duplicate column name: referrer/) && at(c, HEAD),
      },
      {
        text: same({ en: 'Undo the half-applied part by hand: drop the referrer column.', zh: '手动撤销执行了一半的部分：删除 referrer 列。' }),
        why: { en: 'Bring the database back to what alembic_version says it is. (Undo in time travel would do it too; on a server, this or a backup is all you have.)', zh: '让数据库回到 alembic_version 所说的状态。（时光回溯的撤销也能做到；在服务器上，只能这样做或者恢复备份。）' },
        watch: watchSchema('referrer is gone', 'referrer 列消失了'),
        goal: { en: `no referrer column, the database at ${HEAD}`, zh: `没有 referrer 列，数据库在 ${HEAD}` },
        command: () => 'sqlite3 app.db "ALTER TABLE user_visits DROP COLUMN referrer"',
        check: (c) => !hasColumn(c, 'user_visits', 'referrer') && at(c, HEAD),
      },
      {
        ...upgradeToHead({ en: 'From a clean state, the fixed script runs through.', zh: '从干净的状态开始，改好的脚本顺利执行。' }),
        watch: watchSchema('referrer and its index', 'referrer 列和它的索引'),
        goal: { en: 'the database at the new head, with referrer and ix_user_visits_referrer', zh: '数据库处于新的 head，有 referrer 列和 ix_user_visits_referrer 索引' },
        recover: { en: '“duplicate column name” means referrer is still there: drop it first (step 6).', zh: '“duplicate column name”表示 referrer 列还在：先删除它（第 6 步）。' },
        check: (c) => atHead(c) && hasColumn(c, 'user_visits', 'referrer') &&
          Boolean(c.tables.find((tb) => tb.name === 'user_visits')?.indexes.some((ix) => ix.name === 'ix_user_visits_referrer')),
      },
    ],
  },
  {
    id: 'stamp',
    title: { en: 'stamp records, it does not build', zh: 'stamp 只记录，不建表' },
    intro: {
      en: 'stamp writes a revision into alembic_version and runs nothing. It is right after db.create_all() made the tables of the head (the first-run lesson). On an empty database it is a lie that upgrade then believes.',
      zh: 'stamp 把版本号写进 alembic_version，不执行任何脚本。在 db.create_all() 建好 head 对应的表之后用它是对的（见“首次运行的陷阱”）。对一个空数据库使用 stamp 就是在说谎，而 upgrade 会相信这个谎言。',
    },
    start: { en: 'a fresh copy of the demo, no database yet.', zh: '示例项目的全新副本，还没有数据库。' },
    steps: [
      {
        text: same({ en: 'Stamp the empty database at the head.', zh: '把空数据库标记为 head。' }),
        why: { en: 'stamp only writes alembic_version: no script runs, no table is made.', zh: 'stamp 只写 alembic_version：不执行任何脚本，也不建表。' },
        watch: watchGraph('the “database” marker on the head', '“数据库”标记在 head 上'),
        goal: { en: 'the database stamped at the head, without user_visits', zh: '数据库被标记为 head，但没有 user_visits 表' },
        command: () => 'uv run flask db stamp head',
        check: (c) => atHead(c) && !hasColumn(c, 'user_visits', 'id'),
      },
      {
        text: same({ en: 'Query the visits, as the app would.', zh: '像应用那样查询访问记录。' }),
        why: { en: 'alembic_version says head, but the table is not there.', zh: 'alembic_version 说是 head，但表并不存在。' },
        watch: theError,
        goal: { en: 'the query failed with “no such table”', zh: '查询报错“no such table”' },
        command: () => 'sqlite3 app.db "SELECT count(*) FROM user_visits"',
        fails: true,
        check: (c) => failedWith(c, /sqlite3/, /no such table/),
      },
      {
        text: same({ en: 'Upgrade.', zh: '执行升级。' }),
        why: { en: 'upgrade trusts alembic_version: the database is at the head, so there is nothing to run.', zh: 'upgrade 相信 alembic_version：数据库已经在 head，所以没有要执行的脚本。' },
        watch: consoleWatch('no “Running upgrade” line', '没有“Running upgrade”这一行'),
        goal: { en: 'run it, then answer the question', zh: '运行它，然后回答问题' },
        command: () => UPGRADE,
        check: (c) => ranOk(/db upgrade/)(c) && atHead(c),
        quiz: {
          question: { en: 'What did upgrade create?', zh: 'upgrade 创建了什么？' },
          options: () => [
            { label: { en: 'nothing: the database already claims the head', zh: '什么也没有：数据库已经声称处于 head' }, right: true },
            { label: { en: 'the user_visits table', zh: 'user_visits 表' }, right: false },
            { label: { en: 'a second alembic_version row', zh: '第二行 alembic_version 记录' }, right: false },
          ],
        },
      },
      {
        text: same({ en: 'Take the stamp back: stamp base.', zh: '撤回这个标记：stamp base。' }),
        why: { en: 'stamp base empties alembic_version, again without running anything. (downgrade would run the scripts’ downgrade() and fail on tables that are not there.)', zh: 'stamp base 清空 alembic_version，同样不执行任何东西。（downgrade 会执行脚本的 downgrade()，在不存在的表上失败。）' },
        watch: watchGraph('the “database” marker leaves the graph', '“数据库”标记离开版本图'),
        goal: { en: 'no revision in alembic_version', zh: 'alembic_version 中没有版本' },
        command: () => 'uv run flask db stamp base',
        check: (c) => c.state.current.length === 0,
      },
      {
        ...upgradeToHead({ en: 'Now upgrade runs every script, and the tables exist. Use stamp only when the tables already match the revision you stamp.', zh: '现在 upgrade 执行了所有脚本，表也建好了。只有当表结构已经和要标记的版本一致时，才用 stamp。' }),
        watch: watchSchema('user_visits appears', '出现 user_visits 表'),
        goal: { en: 'the database at the head, with user_visits', zh: '数据库处于 head，有 user_visits 表' },
        check: (c) => atHead(c) && hasColumn(c, 'user_visits', 'visit_count'),
      },
    ],
  },
];
