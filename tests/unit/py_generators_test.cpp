// Generators pause at each yield (their statements run as coroutines), stay inside the sandbox's
// limits, and refuse with a located error a yield in a place they cannot pause at.
#include "py/run_main.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace revlab::py;

namespace {

struct Run {
    int status;
    std::string out, err;
};

Run run(const std::string& source, Limits limits = {}) {
    Run r;
    Host host;
    host.out = [&r](std::string_view s) { r.out += s; };
    host.err = [&r](std::string_view s) { r.err += s; };
    r.status = run_main("gen.py", source, std::move(host), limits);
    return r;
}

} // namespace

TEST_CASE("py generators: the body pauses at each yield, and its caller's effects interleave", "[py]") {
    const Run r = run("def rows():\n"
                      "    for i in range(3):\n"
                      "        print('make', i)\n"
                      "        got = yield i\n"
                      "        print('got', got)\n"
                      "    return 'end'\n"
                      "g = rows()\n"
                      "print('first', next(g))\n"
                      "print('second', g.send('a'))\n"
                      "for v in g:\n"
                      "    print('loop', v)\n");
    CHECK(r.status == 0);
    CHECK(r.out == "make 0\nfirst 0\ngot a\nmake 1\nsecond 1\ngot None\nmake 2\nloop 2\ngot None\n");
}

TEST_CASE("py generators: a generator dropped while paused in try/finally runs its finally clause", "[py]") {
    const Run r = run("def g():\n"
                      "    try:\n"
                      "        yield 1\n"
                      "        yield 2\n"
                      "    finally:\n"
                      "        print('closed')\n"
                      "for x in g():\n"
                      "    break\n"
                      "print('after')\n");
    CHECK(r.status == 0);
    CHECK(r.out == "closed\nafter\n");
}

TEST_CASE("py generators: an endless generator stops at the step budget", "[py]") {
    Limits limits;
    limits.steps = 200'000;
    const Run r = run("def forever():\n"
                      "    n = 0\n"
                      "    while True:\n"
                      "        n += 1\n"
                      "        yield n\n"
                      "for x in forever():\n"
                      "    pass\n",
                      limits);
    CHECK(r.status != 0);
    CHECK(r.err.find("ran more than 200000 steps") != std::string::npos);
}

TEST_CASE("py generators: generators nested past the recursion limit raise RecursionError", "[py]") {
    const Run r = run("def down(n):\n"
                      "    yield from down(n + 1)\n"
                      "    yield n\n"
                      "list(down(0))\n");
    CHECK(r.status != 0);
    CHECK(r.err.find("RecursionError: maximum recursion depth exceeded") != std::string::npos);
}

TEST_CASE("py generators: a yield where a generator cannot pause is refused where it is", "[py]") {
    const Run r = run("def g(x):\n"
                      "    x[(yield)] = 1\n");
    CHECK(r.status != 0);
    CHECK(r.err.find("gen.py:2:8") != std::string::npos);
    CHECK(r.err.find("cannot pause at a yield in an assignment target") != std::string::npos);
}
