// The lessons: the guide's sections, and the problems learners meet, as steps. Each lesson starts
// on its own fresh copy of the demo (`setup` brings it to its starting state); each step is checked
// against the state it must reach (revision, schema, rows, files), or asks a question whose answer
// comes from the state, so typing a command alone never completes a step. The pitfalls of
// Flask-Migrate that need more setup (batch mode, autogenerate's blind spots, renames, naming,
// loops over rows, a half-applied step, stamp) follow, from lesson-pitfalls.ts.
import type { Lesson } from './lesson-types';
import {
  BASE, HEAD, at, atHead, failedWith, hasColumn, hasTable, insertVisits, newHead, noDatabase, number, ranOk,
  revisionQuiz, same, upgradeToEmail, upgradeToHead, UPGRADE, watchData, watchGraph, watchSchema,
} from './lesson-checks';
import { PITFALLS } from './lesson-pitfalls';

export { BASE, HEAD };

export const LESSONS: Lesson[] = [
  {
    id: 'apply',
    title: { en: 'Apply migrations', zh: '应用迁移' },
    intro: {
      en: 'The demo backend has two revision scripts and no database yet. Applying them creates app.db, the user_visits table and the alembic_version table. (The guide first runs set FLASK_APP=main.py; the console accepts it, and finds main.py without it.)',
      zh: '示例后端有两个迁移脚本，还没有数据库。应用迁移会创建 app.db、user_visits 表和 alembic_version 表。（指南会先运行 set FLASK_APP=main.py；控制台接受这一行，不写也能找到 main.py。）',
    },
    start: { en: 'a fresh copy of the demo: two revision scripts, no database yet.', zh: '示例项目的全新副本：两个迁移脚本，还没有数据库。' },
    steps: [
      upgradeToHead({
        en: 'upgrade runs, oldest first, every revision script the database has not had yet, and writes the last one into the alembic_version table. main.py does the same at every start.',
        zh: 'upgrade 按从旧到新的顺序执行数据库还没有执行过的每个迁移脚本，并把最后一个版本号写入 alembic_version 表。main.py 每次启动时也会这样做。',
      }),
      {
        text: same({ en: 'Look at the tables it made.', zh: '查看它创建的表。' }),
        why: { en: 'Migrations made two tables: your model\'s, and one that Alembic keeps for itself.', zh: '迁移创建了两张表：模型对应的表，以及 Alembic 自己使用的一张表。' },
        watch: watchSchema('the tables and their columns', '表和它们的列'),
        goal: { en: 'run the command, then answer the question', zh: '运行命令，然后回答问题' },
        command: () => 'sqlite3 app.db .tables',
        check: ranOk(/sqlite3\s+app\.db/),
        quiz: {
          question: { en: 'Which table tells Alembic where the database is?', zh: '哪张表告诉 Alembic 数据库处在哪个版本？' },
          options: () => [
            { label: 'alembic_version', right: true },
            { label: 'user_visits', right: false },
            { label: 'sqlite_master', right: false },
          ],
        },
      },
      {
        text: same({ en: 'Read the revision it recorded.', zh: '查看它记录的版本号。' }),
        why: {
          en: 'alembic_version holds one row: the revision the database is at. Every flask db command reads it; upgrade and downgrade rewrite it; stamp writes it without running a script.',
          zh: 'alembic_version 只有一行：数据库所处的版本。每个 flask db 命令都会读取它；upgrade 和 downgrade 会改写它；stamp 不执行脚本，只写入它。',
        },
        watch: { view: 'console', what: { en: 'the row the query prints', zh: '查询输出的那一行' } },
        goal: { en: 'run the query, then answer the question', zh: '运行查询，然后回答问题' },
        command: () => 'sqlite3 app.db "SELECT * FROM alembic_version"',
        check: ranOk(/sqlite3\s+app\.db\s+"?select/i),
        quiz: revisionQuiz({ en: 'Which revision does alembic_version hold?', zh: 'alembic_version 里记录的是哪个版本？' }, (c) => c.state.current[0] ?? '(none)'),
      },
    ],
  },
  {
    id: 'inspect',
    title: { en: 'Inspect the state', zh: '查看迁移状态' },
    intro: {
      en: 'Three read-only commands tell you where the database is and what the history looks like. Here the database is one revision behind.',
      zh: '三个只读命令告诉你数据库处在哪个版本，以及迁移历史是什么样的。这里的数据库落后一个版本。',
    },
    start: { en: `the demo, upgraded to its first revision only (${BASE}).`, zh: `示例项目，只升级到第一个版本（${BASE}）。` },
    setup: (s) => s.run(`flask db upgrade ${BASE}`),
    steps: [
      {
        text: same({ en: 'Show the revision the database is at.', zh: '查看数据库的当前版本。' }),
        why: { en: 'current reads alembic_version. It changes nothing, so it is always safe to run.', zh: 'current 读取 alembic_version，不做任何修改，随时都可以放心运行。' },
        watch: watchGraph('the “database” marker', '“数据库”标记'),
        goal: { en: 'run flask db current, then answer the question', zh: '运行 flask db current，然后回答问题' },
        command: () => 'uv run flask db current',
        check: ranOk(/db current/),
        quiz: revisionQuiz({ en: 'Where is the database?', zh: '数据库处在哪个版本？' }, (c) => c.state.current[0] ?? '(none)'),
      },
      {
        text: same({ en: 'Show the head: the newest revision.', zh: '查看 head：最新的版本。' }),
        why: {
          en: 'heads reads the scripts alone, not the database. When current is not a head, the database is behind and upgrade has work to do.',
          zh: 'heads 只读迁移脚本，不看数据库。current 不是 head 时，说明数据库落后了，upgrade 还有工作要做。',
        },
        watch: watchGraph('the revision marked head', '标着 head 的版本'),
        goal: { en: 'run flask db heads, then answer the question', zh: '运行 flask db heads，然后回答问题' },
        command: () => 'uv run flask db heads',
        check: ranOk(/db heads/),
        quiz: revisionQuiz({ en: 'Which revision is the head?', zh: '哪个版本是 head？' }, (c) => c.state.heads[0]),
      },
      {
        text: same({ en: 'Show the history with every detail.', zh: '查看详细的迁移历史。' }),
        why: {
          en: 'Each script names its parent in down_revision; history walks these links from the head down. --verbose adds each revision\'s parent, path and date.',
          zh: '每个脚本在 down_revision 中写明它的父版本；history 从 head 开始沿着这些链接往下走。--verbose 还会显示每个版本的父版本、路径和日期。',
        },
        watch: { view: 'console', what: { en: 'the Parent: lines', zh: 'Parent: 这几行' } },
        goal: { en: 'run flask db history --verbose, then answer the question', zh: '运行 flask db history --verbose，然后回答问题' },
        command: () => 'uv run flask db history --verbose',
        check: ranOk(/db history.*(--verbose|-v)/),
        quiz: revisionQuiz({ en: `Which revision does ${HEAD} revise (its parent)?`, zh: `${HEAD} 的父版本（它修订的版本）是哪个？` }, () => BASE),
      },
      upgradeToHead({ en: 'Now current and heads agree: the database is up to date.', zh: '现在 current 和 heads 一致了：数据库是最新的。' }),
    ],
  },
  {
    id: 'rollback-one',
    title: { en: 'Roll back one step', zh: '回滚到上一个版本' },
    intro: { en: 'downgrade without an argument goes back one revision.', zh: '不带参数的 downgrade 回退一个版本。' },
    start: { en: `the demo at its head (${HEAD}).`, zh: `示例项目，处于 head（${HEAD}）。` },
    setup: (s) => s.run('flask db upgrade'),
    steps: [
      {
        text: same({ en: 'Roll back one revision.', zh: '回滚一个版本。' }),
        why: { en: `Without a target, downgrade runs downgrade() of the newest applied revision, ${HEAD}: it drops visit_count.`, zh: `不带目标时，downgrade 执行最新已应用版本 ${HEAD} 的 downgrade()：删除 visit_count 列。` },
        watch: watchSchema('visit_count is struck through', 'visit_count 被划掉'),
        goal: { en: `the database at ${BASE}, without visit_count`, zh: `数据库处于 ${BASE}，没有 visit_count 列` },
        command: () => 'uv run flask db downgrade',
        check: (c) => at(c, BASE) && !hasColumn(c, 'user_visits', 'visit_count'),
      },
      {
        text: same({ en: 'Check where the database is now.', zh: '确认数据库现在的版本。' }),
        why: { en: 'After any move, current confirms where you are before you go on.', zh: '每次移动之后，先用 current 确认位置再继续。' },
        watch: watchGraph('the “database” marker moved down one', '“数据库”标记下移了一格'),
        goal: { en: 'run flask db current, then answer the question', zh: '运行 flask db current，然后回答问题' },
        command: () => 'uv run flask db current',
        check: ranOk(/db current/),
        quiz: revisionQuiz({ en: 'Where is the database now?', zh: '数据库现在处在哪个版本？' }, (c) => c.state.current[0] ?? '(none)'),
      },
      {
        ...upgradeToHead({ en: 'upgrade runs upgrade() again: the column comes back, filled with 1.', zh: 'upgrade 再次执行 upgrade()：这一列回来了，值填为 1。' }),
        watch: watchSchema('visit_count is back, highlighted', 'visit_count 回来了（高亮）'),
      },
    ],
  },
  {
    id: 'rollback-to',
    title: { en: 'Roll back to a revision', zh: '回滚到特定版本' },
    intro: { en: 'downgrade takes a target revision id; every revision above it is undone, newest first.', zh: 'downgrade 可以指定目标版本号；它之上的每个版本都会按从新到旧的顺序撤销。' },
    start: { en: `the demo at its head (${HEAD}).`, zh: `示例项目，处于 head（${HEAD}）。` },
    setup: (s) => s.run('flask db upgrade'),
    steps: [
      {
        text: same({ en: `Roll back to the first revision, ${BASE}.`, zh: `回滚到第一个版本 ${BASE}。` }),
        why: { en: 'A target id undoes every revision above it, newest first. A unique prefix is enough (downgrade 2472 works too).', zh: '指定目标版本号，会从新到旧撤销它之上的每个版本。唯一的前缀就够了（downgrade 2472 也可以）。' },
        watch: watchGraph('the “database” marker lands on the target', '“数据库”标记落到目标版本上'),
        goal: { en: `the database at ${BASE}`, zh: `数据库处于 ${BASE}` },
        command: () => `uv run flask db downgrade ${BASE}`,
        check: (c) => at(c, BASE),
      },
      {
        text: same({ en: 'Roll back all the way, to base.', zh: '一直回滚到 base。' }),
        why: { en: '“base” is the empty start before the first revision: every downgrade() runs, and only the empty alembic_version table is left.', zh: '“base”是第一个版本之前的空状态：所有 downgrade() 都会执行，只剩下空的 alembic_version 表。' },
        watch: watchSchema('user_visits is gone', 'user_visits 表消失了'),
        goal: { en: 'no revision, and no user_visits table', zh: '没有版本，也没有 user_visits 表' },
        command: () => 'uv run flask db downgrade base',
        check: (c) => c.state.current.length === 0 && !hasTable(c, 'user_visits') && hasTable(c, 'alembic_version'),
      },
      upgradeToHead({ en: 'From base, upgrade runs every script again, oldest first.', zh: '从 base 开始，upgrade 会按从旧到新的顺序重新执行所有脚本。' }),
    ],
  },
  {
    id: 'generate',
    title: { en: 'Generate a migration', zh: '生成迁移脚本' },
    intro: { en: 'Change the model, let autogenerate write the revision script, review it, apply it.', zh: '修改数据模型，让 autogenerate 生成迁移脚本，检查后再应用。' },
    start: { en: `the demo at its head (${HEAD}).`, zh: `示例项目，处于 head（${HEAD}）。` },
    setup: (s) => s.run('flask db upgrade'),
    steps: [
      {
        text: same({ en: 'Edit app/models.py: add an email column to UserVisit, e.g. email = db.Column(db.String(120)).', zh: '编辑 app/models.py：给 UserVisit 增加一个 email 字段，例如 email = db.Column(db.String(120))。' }),
        why: { en: 'autogenerate compares app/models.py with the database: a change must be in the models first.', zh: 'autogenerate 会比较 app/models.py 和数据库：改动必须先写进模型。' },
        watch: { view: 'editor', what: { en: 'the new line in app/models.py', zh: 'app/models.py 中新增的一行' } },
        goal: { en: 'an email = db.Column(...) line in UserVisit', zh: 'UserVisit 中有一行 email = db.Column(...)' },
        action: { label: { en: 'Make this edit for me', zh: '帮我修改' }, run: (a) => a.addModelField('    email = db.Column(db.String(120))') },
        check: (c) => /^\s+email\s*=\s*db\.Column\(/m.test(c.file('app/models.py') ?? ''),
      },
      {
        text: same({ en: 'Generate the migration script.', zh: '生成迁移脚本。' }),
        why: { en: 'migrate writes a script into migrations/versions/; it does not touch the database. The new revision is a head above the database.', zh: 'migrate 把脚本写进 migrations/versions/，并不修改数据库。新版本成为 head，位于数据库所在版本之上。' },
        watch: watchGraph('a new head above the “database” marker', '“数据库”标记上方出现新的 head'),
        goal: { en: 'a new head revision whose script adds email, the database still at ' + HEAD, zh: '出现一个新增 email 的 head 版本，数据库仍在 ' + HEAD },
        command: () => 'uv run flask db migrate -m "add user email field"',
        check: (c) => Boolean(newHead(c, /email/)) && at(c, HEAD),
        recover: { en: '“No changes in schema detected” means models.py has no email line yet: do step 1 first.', zh: '“No changes in schema detected”表示 models.py 还没有 email 这一行：先完成第 1 步。' },
      },
      {
        text: same({ en: 'Review the new script in migrations/versions/.', zh: '检查 migrations/versions/ 中新生成的脚本。' }),
        why: { en: 'Autogenerate is a draft: it misses renames and type changes, and never writes data migrations. Read it before you apply it.', zh: '自动生成的只是草稿：它识别不了改名和类型变化，也不会写数据迁移。应用之前先读一遍。' },
        watch: { view: 'editor', what: { en: 'upgrade() and downgrade()', zh: 'upgrade() 和 downgrade()' } },
        goal: { en: 'answer the question', zh: '回答问题' },
        action: {
          label: { en: 'Open the new script', zh: '打开新脚本' },
          run: async (a, c) => {
            const rev = newHead(c, /email/);
            if (rev) await a.openFile(rev.path);
          },
        },
        check: (c) => Boolean(newHead(c, /email/)),
        quiz: {
          question: { en: 'What does its upgrade() do?', zh: '它的 upgrade() 做了什么？' },
          options: () => [
            { label: { en: 'adds an email column to user_visits', zh: '给 user_visits 增加 email 列' }, right: true },
            { label: { en: 'creates a table called email', zh: '创建一张名为 email 的表' }, right: false },
            { label: { en: 'fills email in every row', zh: '为每一行填写 email' }, right: false },
          ],
        },
      },
      upgradeToEmail({ en: 'Only now does the database change: upgrade runs the new script.', zh: '直到这时数据库才改变：upgrade 执行新脚本。' }),
    ],
  },
  {
    id: 'behind',
    title: { en: '“Target database is not up to date”', zh: '数据库落后：“Target database is not up to date”' },
    intro: {
      en: 'You pulled a teammate\'s revision and changed the models before upgrading. migrate refuses to compare the models with a database behind the head.',
      zh: '你拉取了同事的迁移，还没升级就修改了模型。数据库落后于 head 时，migrate 拒绝比较模型与数据库。',
    },
    start: { en: `the demo at ${BASE} (one behind the head), and an email field already added to app/models.py.`, zh: `示例项目处于 ${BASE}（落后 head 一个版本），app/models.py 中已经加了 email 字段。` },
    setup: async (s) => {
      await s.run(`flask db upgrade ${BASE}`);
      const models = s.read('app/models.py') ?? '';
      await s.write('app/models.py', models.replace(/^(\s+visit_count\s*=.*)$/m, '$1\n    email = db.Column(db.String(120))'));
    },
    steps: [
      {
        text: same({ en: 'Generate a migration for the email field.', zh: '为 email 字段生成迁移。' }),
        why: {
          en: 'migrate compares models.py with the database. A database behind the head would make it write again what the missing revision already does, so Alembic refuses and writes nothing.',
          zh: 'migrate 比较 models.py 和数据库。如果数据库落后于 head，它会把缺少的那个版本已经做过的改动再写一遍，所以 Alembic 拒绝执行，不生成任何文件。',
        },
        watch: watchGraph('the “database” marker sits below the head', '“数据库”标记在 head 下方'),
        goal: { en: 'migrate refused with “Target database is not up to date.”', zh: 'migrate 报错“Target database is not up to date.”' },
        command: () => 'uv run flask db migrate -m "add email"',
        fails: true,
        check: (c) => failedWith(c, /db migrate/, /not up to date/) && c.state.revisions.length === 2,
      },
      upgradeToHead({ en: 'Bring the database to the head first: the teammate\'s revision runs.', zh: '先把数据库升级到 head：同事的迁移会被执行。' }),
      {
        text: same({ en: 'Generate the migration again.', zh: '再次生成迁移。' }),
        why: { en: 'Now the comparison holds only your change: one add_column for email.', zh: '现在比较的结果只剩你的改动：一个添加 email 列的 add_column。' },
        watch: watchGraph('a new head above the database', '数据库上方出现新的 head'),
        goal: { en: 'a new head revision whose script adds email', zh: '出现一个新增 email 的 head 版本' },
        command: () => 'uv run flask db migrate -m "add email"',
        check: (c) => Boolean(newHead(c, /email/)) && c.state.revisions.length === 3,
      },
      upgradeToEmail({ en: 'Apply your revision.', zh: '应用你的迁移。' }),
    ],
  },
  {
    id: 'conflict',
    title: { en: 'Multiple heads and merge', zh: '多个 head 与合并' },
    intro: {
      en: 'Two people each add a revision on the same parent: the history now has two heads, and upgrade refuses to guess. merge joins them.',
      zh: '两个人在同一个父版本上各自新增了迁移：历史出现两个 head，upgrade 无法决定。merge 把它们合并。',
    },
    start: { en: `the demo at its head (${HEAD}).`, zh: `示例项目，处于 head（${HEAD}）。` },
    setup: (s) => s.run('flask db upgrade'),
    steps: [
      {
        text: same({ en: `Make a teammate's revision that also starts from ${BASE}.`, zh: `模拟同事基于 ${BASE} 新建的迁移。` }),
        why: {
          en: `--head ${BASE} makes ${BASE} the new revision's parent instead of the current head: as if a teammate started from an older checkout. ${BASE} already has a child (${HEAD}), so Alembic asks for --splice: it allows a second branch to grow from a revision that is not a head.`,
          zh: `--head ${BASE} 让新版本的父版本是 ${BASE}，而不是当前的 head：就像同事基于旧的代码开始工作。${BASE} 已经有一个子版本（${HEAD}），所以 Alembic 要求加 --splice：它允许从一个不是 head 的版本再长出第二个分支。`,
        },
        watch: watchGraph(`a branch point at ${BASE}, and two heads`, `${BASE} 处出现分叉，有两个 head`),
        goal: { en: 'two heads', zh: '两个 head' },
        command: () => `uv run flask db revision -m "teammate change" --head ${BASE} --splice`,
        check: (c) => c.state.heads.length === 2,
        recover: { en: 'Without --splice, revision refuses a parent that is not a head.', zh: '不加 --splice 时，revision 拒绝使用不是 head 的父版本。' },
      },
      {
        text: same({ en: 'Try to upgrade.', zh: '尝试升级。' }),
        why: { en: 'With two heads, “upgrade to head” is ambiguous: upgrade stops and changes nothing.', zh: '有两个 head 时，“升级到 head”有歧义：upgrade 停下来，什么也不改。' },
        watch: { view: 'console', what: { en: 'the error, and the hint under it', zh: '错误信息和下面的提示' } },
        goal: { en: 'upgrade refused with “Multiple head revisions are present”', zh: 'upgrade 报错“Multiple head revisions are present”' },
        command: () => UPGRADE,
        fails: true,
        check: (c) => failedWith(c, /db upgrade/, /Multiple head revisions/),
      },
      {
        text: same({ en: 'List the heads.', zh: '列出 head。' }),
        why: { en: 'heads prints one line per branch: this is how you notice a conflict after a git pull.', zh: 'heads 每个分支打印一行：git pull 之后就是这样发现冲突的。' },
        watch: { view: 'console', what: { en: 'one line per head', zh: '每个 head 一行' } },
        goal: { en: 'run flask db heads, then answer the question', zh: '运行 flask db heads，然后回答问题' },
        command: () => 'uv run flask db heads',
        check: ranOk(/db heads/),
        quiz: {
          question: { en: 'How many heads are there?', zh: '现在有几个 head？' },
          options: (c) => ['1', '2', '3'].map((n) => ({ label: n, right: Number(n) === c.state.heads.length })),
        },
      },
      {
        text: same({ en: 'Merge the two heads into one revision.', zh: '把两个 head 合并成一个版本。' }),
        why: { en: 'merge writes an empty revision whose down_revision lists both heads: the branches join, and their order no longer matters.', zh: 'merge 生成一个空的迁移，它的 down_revision 同时列出两个 head：分支汇合，两者的先后顺序不再重要。' },
        watch: watchGraph('the two branches join in a merge point', '两个分支在合并点汇合'),
        goal: { en: 'one head, a merge point', zh: '只有一个 head，并且是合并点' },
        command: () => 'uv run flask db merge heads -m "merge heads"',
        check: (c) => c.state.heads.length === 1 && c.state.revisions.some((r) => r.is_head && r.is_merge_point),
      },
      upgradeToHead({ en: 'upgrade runs the teammate\'s revision, then the merge.', zh: 'upgrade 先执行同事的迁移，再执行合并版本。' }),
    ],
  },
  {
    id: 'data',
    title: { en: 'Data migration', zh: '数据迁移' },
    intro: {
      en: 'The second revision adds visit_count and fills it with op.execute("UPDATE ..."). Put rows in first, then watch the UPDATE fill them.',
      zh: '第二个迁移新增 visit_count 字段，并用 op.execute("UPDATE ...") 填充数据。先插入数据，再观察 UPDATE 如何填充它们。',
    },
    start: { en: 'a fresh copy of the demo, no database yet.', zh: '示例项目的全新副本，还没有数据库。' },
    steps: [
      {
        text: same({ en: `Apply only the first revision, ${BASE}.`, zh: `只应用第一个版本 ${BASE}。` }),
        why: { en: 'Stop before the data migration: user_visits exists, without visit_count.', zh: '停在数据迁移之前：user_visits 已存在，但还没有 visit_count。' },
        watch: watchSchema('user_visits without visit_count', '没有 visit_count 的 user_visits'),
        goal: { en: `the database at ${BASE}`, zh: `数据库处于 ${BASE}` },
        command: () => `uv run flask db upgrade ${BASE}`,
        check: (c) => at(c, BASE),
      },
      {
        text: same({ en: 'Put a few visits into user_visits (the Data tab can do this for any table).', zh: '往 user_visits 插入几条访问记录（“数据”标签页可以为任意表生成数据）。' }),
        why: { en: 'A data migration matters only when there are rows to fill.', zh: '只有表里有数据时，数据迁移才有意义。' },
        watch: watchData('the new rows', '新插入的行'),
        goal: { en: 'rows in user_visits', zh: 'user_visits 中有数据' },
        action: { label: { en: 'Seed 5 rows', zh: '插入 5 行' }, run: (a) => a.seed('user_visits', 5) },
        check: async (c) => hasTable(c, 'user_visits') && (await number(c, 'SELECT count(*) FROM user_visits')) > 0,
      },
      {
        text: same({ en: 'Apply the data migration.', zh: '应用数据迁移。' }),
        why: {
          en: `${HEAD} adds visit_count as nullable, fills it with op.execute("UPDATE ... SET visit_count = 1"), then makes it NOT NULL: the guide's pattern for a column the existing rows must have.`,
          zh: `${HEAD} 先把 visit_count 加成可空列，用 op.execute("UPDATE ... SET visit_count = 1") 填充，再改成 NOT NULL：这是指南中给已有数据新增必填列的做法。`,
        },
        watch: watchData('visit_count filled in every row', '每一行的 visit_count 都被填上'),
        goal: { en: 'the database at the head, visit_count set in every row', zh: '数据库处于 head，每一行都有 visit_count' },
        command: () => UPGRADE,
        check: async (c) => atHead(c) && hasColumn(c, 'user_visits', 'visit_count') &&
          (await number(c, 'SELECT count(*) FROM user_visits WHERE visit_count IS NULL')) === 0,
      },
      {
        text: same({ en: 'Read the rows.', zh: '查看数据。' }),
        why: { en: 'A data migration is checked on the data, not on the schema.', zh: '数据迁移要看数据来验证，而不是看表结构。' },
        watch: { view: 'console', what: { en: 'the visit_count of each row', zh: '每一行的 visit_count' } },
        goal: { en: 'run the query, then answer the question', zh: '运行查询，然后回答问题' },
        command: () => 'sqlite3 app.db "SELECT id, ip_address, visit_count FROM user_visits"',
        check: ranOk(/sqlite3\s+app\.db\s+"?select/i),
        quiz: {
          question: { en: 'What visit_count do the old rows have now?', zh: '原有的行现在的 visit_count 是多少？' },
          options: () => [{ label: 'NULL', right: false }, { label: '0', right: false }, { label: '1', right: true }],
        },
      },
    ],
  },
  {
    id: 'not-null',
    title: { en: 'A NOT NULL column on a table with rows', zh: '给有数据的表加 NOT NULL 列' },
    intro: {
      en: 'A new required column fails on a table that has rows: what would they hold? A server_default answers that.',
      zh: '给已有数据的表新增必填列会失败：已有的行该填什么值？server_default 回答了这个问题。',
    },
    start: { en: `the demo at its head (${HEAD}), with 3 rows in user_visits.`, zh: `示例项目处于 head（${HEAD}），user_visits 中有 3 行数据。` },
    setup: async (s) => {
      await s.run('flask db upgrade');
      await s.query(insertVisits([1, 1, 1]));
    },
    steps: [
      {
        text: same({ en: 'Add a required field to UserVisit: country = db.Column(db.String(2), nullable=False).', zh: '给 UserVisit 增加一个必填字段：country = db.Column(db.String(2), nullable=False)。' }),
        why: { en: 'nullable=False: every row must have a country, including the 3 that exist.', zh: 'nullable=False：每一行都必须有 country，包括已有的 3 行。' },
        watch: { view: 'editor', what: { en: 'the new line in app/models.py', zh: 'app/models.py 中新增的一行' } },
        goal: { en: 'a country = db.Column(..., nullable=False) line in UserVisit', zh: 'UserVisit 中有一行 country = db.Column(..., nullable=False)' },
        action: { label: { en: 'Make this edit for me', zh: '帮我修改' }, run: (a) => a.addModelField('    country = db.Column(db.String(2), nullable=False)') },
        check: (c) => /^\s+country\s*=\s*db\.Column\(.*nullable\s*=\s*False/m.test(c.file('app/models.py') ?? ''),
      },
      {
        text: same({ en: 'Generate the migration.', zh: '生成迁移。' }),
        why: { en: 'Autogenerate writes add_column(... nullable=False) with no default: it does not know your rows.', zh: '自动生成的是不带默认值的 add_column(... nullable=False)：它并不知道表里有数据。' },
        watch: watchGraph('a new head', '新的 head'),
        goal: { en: 'a new head revision whose script adds country', zh: '出现一个新增 country 的 head 版本' },
        command: () => 'uv run flask db migrate -m "add country"',
        check: (c) => Boolean(newHead(c, /'country'/)) && c.state.revisions.length === 3,
      },
      {
        text: same({ en: 'Try to apply it.', zh: '尝试应用它。' }),
        why: {
          en: `SQLite cannot add a NOT NULL column without a default to rows that exist. The step fails, and Revlab rolls it back: the database stays at ${HEAD}, rows intact.`,
          zh: `SQLite 不能给已有数据的表添加没有默认值的 NOT NULL 列。这一步失败后 Revlab 会回滚：数据库仍在 ${HEAD}，数据完好。`,
        },
        watch: { view: 'console', what: { en: 'the error, and the hint under it', zh: '错误信息和下面的提示' } },
        goal: { en: 'upgrade failed with “Cannot add a NOT NULL column”, the database still at ' + HEAD, zh: 'upgrade 报错“Cannot add a NOT NULL column”，数据库仍在 ' + HEAD },
        command: () => UPGRADE,
        fails: true,
        check: (c) => failedWith(c, /db upgrade/, /NOT NULL/) && at(c, HEAD),
      },
      {
        text: same({ en: 'Fix the script: give the column a default, sa.Column(\'country\', ..., nullable=False, server_default=\'US\').', zh: '修改脚本：给这一列加默认值，sa.Column(\'country\', ..., nullable=False, server_default=\'US\')。' }),
        why: {
          en: 'A server_default is part of the column in the database, so SQLite fills the existing rows with it. Put the same server_default into models.py too, so that the next migrate sees no difference.',
          zh: 'server_default 是数据库中列定义的一部分，SQLite 会用它填充已有的行。models.py 里也加上同样的 server_default，下次 migrate 才不会认为有差异。',
        },
        watch: { view: 'editor', what: { en: 'the add_column line of the new script', zh: '新脚本中的 add_column 那一行' } },
        goal: { en: 'server_default on the country column in the new script', zh: '新脚本中 country 列带有 server_default' },
        action: {
          label: { en: 'Make this edit for me', zh: '帮我修改' },
          run: async (a, c) => {
            const rev = newHead(c, /'country'/);
            if (!rev) return;
            await a.rewriteFile(rev.path, (text) => text.replace(/(sa\.Column\('country',[^\n]*?nullable=False)\)/, "$1, server_default='US')"), 'server_default');
          },
        },
        check: (c) => /sa\.Column\('country'[^\n]*server_default/.test(c.file(newHead(c, /'country'/)?.path ?? '') ?? ''),
      },
      {
        ...upgradeToHead({ en: 'Now the column can be added: every existing row gets US.', zh: '现在可以添加这一列了：已有的每一行都得到 US。' }),
        watch: watchData('country = US in every row', '每一行的 country 都是 US'),
        goal: { en: 'the database at the new head, country set in every row', zh: '数据库处于新的 head，每一行都有 country' },
        check: async (c) => atHead(c) && hasColumn(c, 'user_visits', 'country') &&
          (await number(c, 'SELECT count(*) FROM user_visits WHERE country IS NULL')) === 0,
      },
    ],
  },
  {
    id: 'data-loss',
    title: { en: 'A downgrade that loses data, and Undo', zh: '会丢数据的回滚与撤销' },
    intro: {
      en: 'A downgrade that drops a column drops its data: upgrading again cannot bring it back. Undo (time travel) can, because the page snapshots the database before every command.',
      zh: '删除列的回滚会连同数据一起删除：再次升级也找不回来。撤销（时光回溯）可以，因为页面在每条命令之前都会保存数据库快照。',
    },
    start: { en: `the demo at its head (${HEAD}), with 3 visits whose visit_count is 5, 12 and 40.`, zh: `示例项目处于 head（${HEAD}），有 3 条访问记录，visit_count 分别是 5、12 和 40。` },
    setup: async (s) => {
      await s.run('flask db upgrade');
      await s.query(insertVisits([5, 12, 40]));
    },
    steps: [
      {
        text: same({ en: 'Roll back one revision.', zh: '回滚一个版本。' }),
        why: { en: `downgrade() of ${HEAD} drops visit_count, and the counts with it. Revlab warns (WARNI [revlab.safety]) but runs it, as Alembic would.`, zh: `${HEAD} 的 downgrade() 删除 visit_count 列，计数也随之消失。Revlab 会给出警告（WARNI [revlab.safety]），但和 Alembic 一样照常执行。` },
        watch: watchSchema('visit_count is struck through', 'visit_count 被划掉'),
        goal: { en: `the database at ${BASE}, without visit_count`, zh: `数据库处于 ${BASE}，没有 visit_count 列` },
        command: () => 'uv run flask db downgrade',
        check: (c) => at(c, BASE) && !hasColumn(c, 'user_visits', 'visit_count'),
      },
      {
        ...upgradeToHead({ en: 'The column comes back, but upgrade() can only fill in 1: the counts 5, 12 and 40 are gone. A downgrade is not an undo.', zh: '这一列回来了，但 upgrade() 只能填 1：5、12、40 这些计数已经丢失。回滚并不等于撤销。' }),
        watch: watchData('visit_count is 1 in every row', '每一行的 visit_count 都是 1'),
        goal: { en: 'the database at the head, visit_count 1 in every row', zh: '数据库处于 head，每一行 visit_count 都是 1' },
        check: async (c) => atHead(c) && hasColumn(c, 'user_visits', 'visit_count') && (await number(c, 'SELECT sum(visit_count) FROM user_visits')) === 3,
      },
      {
        text: same({ en: 'Press Undo (top bar) twice: back before the upgrade, then before the downgrade.', zh: '按两次顶栏的“撤销”：先回到升级之前，再回到回滚之前。' }),
        why: { en: 'Time travel restores the whole database, counts included. On a real server the same safety is a backup taken before the downgrade.', zh: '时光回溯恢复整个数据库，计数也一起回来。在真实的服务器上，同样的保障来自回滚之前做的备份。' },
        watch: watchData('visit_count back to 5, 12 and 40', 'visit_count 恢复为 5、12、40'),
        goal: { en: 'the database at the head with the counts 5, 12 and 40', zh: '数据库处于 head，计数恢复为 5、12、40' },
        action: { label: { en: 'Undo', zh: '撤销' }, run: (a) => a.undo() },
        check: async (c) => atHead(c) && (await number(c, 'SELECT sum(visit_count) FROM user_visits')) === 57,
      },
    ],
  },
  {
    id: 'first-run',
    title: { en: 'The first-run pitfall', zh: '首次运行的陷阱' },
    intro: {
      en: 'main.py upgrades when migrations/versions holds scripts, and calls db.create_all() when it holds none. Tables made that way have no alembic_version row, so once the migrations arrive, upgrade tries to create them again and fails. stamp records the revision without running it.',
      zh: 'migrations/versions 中有脚本时 main.py 执行升级，没有脚本时调用 db.create_all()。这样创建的表没有 alembic_version 记录，所以迁移脚本一到，upgrade 会再次建表而失败。stamp 只记录版本号而不执行迁移。',
    },
    start: { en: 'the demo without its revision scripts and without a database: the app before anyone ran flask db migrate.', zh: '没有迁移脚本、也没有数据库的示例项目：还没有人运行过 flask db migrate 时的应用。' },
    setup: async (s) => {
      await s.remove(`migrations/versions/${BASE}_initial_migration.py`);
      await s.remove(`migrations/versions/${HEAD}_add_visit_count_field.py`);
    },
    steps: [
      {
        text: same({ en: 'Start the app the first-run way.', zh: '以“首次运行”的方式启动应用。' }),
        why: { en: 'migrations/versions is empty, so main.py\'s init_database() calls db.create_all(): the tables of models.py, and no alembic_version.', zh: 'migrations/versions 是空的，所以 main.py 的 init_database() 调用 db.create_all()：创建 models.py 中的表，但没有 alembic_version。' },
        watch: watchSchema('user_visits, and no alembic_version', '有 user_visits，没有 alembic_version'),
        goal: { en: 'user_visits made by create_all(), no alembic_version table', zh: 'create_all() 创建了 user_visits，没有 alembic_version 表' },
        command: () => 'uv run python main.py',
        check: (c) => hasTable(c, 'user_visits') && !hasTable(c, 'alembic_version') && c.state.revisions.length === 0,
      },
      {
        text: same({ en: `Now the team's revision scripts arrive (a git pull): ${BASE} and ${HEAD}.`, zh: `现在团队的迁移脚本到了（git pull）：${BASE} 和 ${HEAD}。` }),
        why: { en: 'The database has the tables, but records no revision: to Alembic it is at base, empty.', zh: '数据库里已经有表，但没有记录任何版本：在 Alembic 看来它处于 base，是空的。' },
        watch: watchGraph('two revisions, the database at none', '两个版本，数据库不在任何版本上'),
        goal: { en: 'the two revision scripts in migrations/versions', zh: 'migrations/versions 中有这两个迁移脚本' },
        action: {
          label: { en: 'Pull the migrations', zh: '拉取迁移脚本' },
          run: (a) => a.writeFiles(Object.fromEntries(Object.entries(a.demoFiles()).filter(([path]) => /^migrations\/versions\/\w+\.py$/.test(path))), 'git pull'),
        },
        check: (c) => c.state.revisions.length === 2 && c.state.current.length === 0 && hasTable(c, 'user_visits'),
      },
      {
        text: same({ en: 'Upgrade: it fails, the table already exists.', zh: '执行 upgrade：会失败，因为表已经存在。' }),
        why: { en: `upgrade starts from base and runs ${BASE}, whose CREATE TABLE user_visits finds the table there.`, zh: `upgrade 从 base 开始执行 ${BASE}，其中的 CREATE TABLE user_visits 发现表已经存在。` },
        watch: { view: 'console', what: { en: 'the error, and the hint under it', zh: '错误信息和下面的提示' } },
        goal: { en: 'upgrade failed with “already exists”', zh: 'upgrade 报错“already exists”' },
        command: () => UPGRADE,
        fails: true,
        check: (c) => failedWith(c, /db upgrade/, /already exists/) && c.state.current.length === 0,
      },
      {
        text: same({ en: 'The tables already match the head: record that with stamp.', zh: '表结构已经和 head 一致：用 stamp 记录版本。' }),
        why: { en: 'stamp writes the revision into alembic_version without running any script: right when the tables already match it.', zh: 'stamp 只把版本号写进 alembic_version，不执行任何脚本：适用于表结构已经与该版本一致的情况。' },
        watch: watchGraph('the “database” marker appears on the head', '“数据库”标记出现在 head 上'),
        goal: { en: 'the database stamped at the head', zh: '数据库被标记为 head' },
        command: () => 'uv run flask db stamp head',
        check: atHead,
      },
      {
        text: same({ en: 'Start the app again.', zh: '再次启动应用。' }),
        why: { en: 'Now migrations exist, so main.py upgrades; the database is at the head, so there is nothing to do.', zh: '现在有迁移脚本了，所以 main.py 执行升级；数据库已经在 head，所以无事可做。' },
        watch: { view: 'console', what: { en: 'no “Running upgrade” line', zh: '没有“Running upgrade”这一行' } },
        goal: { en: 'run it, then answer the question', zh: '运行它，然后回答问题' },
        command: () => 'uv run python main.py',
        check: (c) => ranOk(/main\.py/)(c) && atHead(c),
        quiz: {
          question: { en: 'What did main.py do this time?', zh: '这次 main.py 做了什么？' },
          options: () => [
            { label: { en: 'db.create_all()', zh: 'db.create_all()' }, right: false },
            { label: { en: 'upgrade(), with nothing to apply', zh: 'upgrade()，没有需要执行的迁移' }, right: true },
            { label: { en: 'failed: the table already exists', zh: '失败：表已经存在' }, right: false },
          ],
        },
      },
    ],
  },
  {
    id: 'reset',
    title: { en: 'Reset the database', zh: '重置数据库' },
    intro: { en: 'Delete the database file and build it again from the migrations (the guide\'s Q&A).', zh: '删除数据库文件，再用迁移重新初始化（指南“常见问题”一节）。' },
    start: { en: `the demo at its head (${HEAD}).`, zh: `示例项目，处于 head（${HEAD}）。` },
    setup: (s) => s.run('flask db upgrade'),
    steps: [
      {
        text: same({ en: 'Delete the database file.', zh: '删除数据库文件。' }),
        why: { en: 'The database is one file: removing it forgets the schema, the rows and alembic_version.', zh: '数据库就是一个文件：删除它就丢掉了表结构、数据和 alembic_version。' },
        watch: watchSchema('no tables left', '一张表也不剩'),
        goal: { en: 'no database', zh: '没有数据库' },
        command: () => 'rm app.db',
        check: noDatabase,
      },
      upgradeToHead({ en: 'The scripts rebuild it from nothing: that is why every change of the schema belongs in a migration.', zh: '迁移脚本从零重建数据库：这就是为什么每次结构改动都应该写成迁移。' }),
    ],
  },
  ...PITFALLS,
];
