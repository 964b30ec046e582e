// Running a generator function's body so that it can pause at its yields: the statements that hold
// a yield (Stmt::yields) run as coroutines in gen_exec.cpp, the expressions that hold one in
// gen_eval.cpp, with the same semantics as exec.cpp and eval.cpp, whose helpers they share.
// Internal to runtime/.
#pragma once

#include "py/runtime/coro.hpp"
#include "py/runtime/exec.hpp"

namespace revlab::py {

Task<Flow> gen_block(Interp& I, const std::vector<StmtPtr>& body, Frame& f);
Task<Value> gen_eval(Interp& I, const Expr& e, Frame& f);

// Whether a statement of the block holds a yield.
inline bool block_yields(const std::vector<StmtPtr>& body) {
    for (const StmtPtr& s : body)
        if (s->yields) return true;
    return false;
}

// co_await Eval(I, e, f): e's value. Without a yield in e, the tree-walker computes it at once,
// with no coroutine made.
class Eval {
  public:
    Eval(Interp& I, const Expr& e, Frame& f) : I_(I), e_(e), f_(f) {}
    bool await_ready() {
        if (e_.yields) return false;
        value_ = I_.eval(e_, f_);
        return true;
    }
    template <class P> void await_suspend(coro::coroutine_handle<P> parent) {
        task_.emplace(gen_eval(I_, e_, f_));
        task_->start(*parent.promise().r);
    }
    Value await_resume() { return task_ ? task_->result() : std::move(value_); }

  private:
    Interp& I_;
    const Expr& e_;
    Frame& f_;
    Value value_;
    std::optional<Task<Value>> task_;
};

// co_await Block(I, body, f): runs a block; on the tree-walker when none of its statements yields.
class Block {
  public:
    Block(Interp& I, const std::vector<StmtPtr>& body, Frame& f) : I_(I), body_(body), f_(f) {}
    bool await_ready() {
        if (block_yields(body_)) return false;
        flow_ = run_block(I_, body_, f_);
        return true;
    }
    template <class P> void await_suspend(coro::coroutine_handle<P> parent) {
        task_.emplace(gen_block(I_, body_, f_));
        task_->start(*parent.promise().r);
    }
    Flow await_resume() { return task_ ? task_->result() : flow_; }

  private:
    Interp& I_;
    const std::vector<StmtPtr>& body_;
    Frame& f_;
    Flow flow_ = Flow::Normal;
    std::optional<Task<Flow>> task_;
};

} // namespace revlab::py
