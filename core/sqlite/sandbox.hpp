// What SQL may do on a Revlab connection, enforced by SQLite itself, so that no way of writing a
// statement gets around it:
// - a step budget (SQLite's progress handler): one statement runs at most a set number of steps
//   of SQLite's virtual machine, so an endless recursive query ends in an error, not a hang;
// - an authorizer: no file access but the project's database (ATTACH, VACUUM INTO and
//   load_extension() are refused), the journal stays on, and while Revlab holds a transaction
//   open (a command's, with a savepoint per step) user SQL may not end or escape it, which is
//   what makes a failed step lose nothing.
// Each refusal explains itself: the Database puts the reason in place of SQLite's "not authorized".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;

namespace revlab::sqlite {

// Steps of SQLite's virtual machine one statement may run. Updating or copying a million rows
// (a batch rebuild) takes 10-20 million; an endless recursive WITH runs about 70 million a second
// natively and a third of that as wasm, so the default stops it after 1.5 s of CPU (4.5 s in
// the page). The CLI, which meets real databases, allows ten times more (cli/main.cpp).
inline constexpr std::uint64_t kDefaultStepBudget = 100'000'000;

// "1,000,000,000"
std::string format_count(std::uint64_t n);

// The first keyword of a statement, upper-cased, after blanks and comments ("SELECT").
std::string first_keyword(std::string_view sql);

class Sandbox {
public:
    // Installs the authorizer, the progress handler and the load_extension() stub on `db`. The
    // Sandbox must outlive the connection's statements and keep its address (the Database owns it
    // on the heap).
    explicit Sandbox(sqlite3* db);
    Sandbox(const Sandbox&) = delete;
    Sandbox& operator=(const Sandbox&) = delete;

    void set_step_budget(std::uint64_t steps) { budget_ = steps; }
    std::uint64_t step_budget() const { return budget_; }

    // Before a statement is prepared: the budget starts over, earlier refusals are forgotten, and
    // a VACUUM is noted (it has no authorizer code of its own). Throws Error for a VACUUM while
    // Revlab holds a transaction.
    void begin_statement(std::string_view sql);
    // A statement's first step: its budget starts over (a statement prepared earlier may have
    // waited while others ran).
    void restart_budget() {
        used_ = 0;
        over_budget_ = false;
    }
    // Why the last statement failed, when the sandbox stopped it (a refusal or the budget).
    std::optional<std::string> reason() const;
    bool over_budget() const { return over_budget_; }

    // Revlab's own BEGIN/COMMIT/SAVEPOINT/RELEASE/ROLLBACK pass while `trusted` is set.
    void set_trusted(bool trusted) { trusted_ = trusted; }
    // Revlab opened (+1) or closed (-1) a transaction or savepoint: while any is open, user SQL
    // may not end or escape it.
    void count_transaction(int delta) { transactions_ += delta; }
    bool holds_transaction() const { return transactions_ > 0; }

private:
    static int authorize(void* self, int action, const char* a1, const char* a2, const char* a3, const char* a4);
    static int progress(void* self);
    int deny(std::string reason);

    std::uint64_t budget_ = kDefaultStepBudget;
    std::uint64_t used_ = 0;
    bool over_budget_ = false;
    bool trusted_ = false;
    bool vacuum_ = false;
    int transactions_ = 0;
    std::string denial_;
};

} // namespace revlab::sqlite
