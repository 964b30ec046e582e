// Text from the project (a docstring, an id) on its way to a terminal: escape sequences are shown,
// not obeyed. The CLI applies this only when it writes to a terminal (cli/main.cpp).
#include "terminal.hpp"

#include <catch2/catch.hpp>

using revlab::terminal_safe;

TEST_CASE("escape sequences from a docstring are shown, not sent to the terminal", "[command]") {
    // Set the window title, write the clipboard (OSC 52), clear the screen, hide a line with \r.
    CHECK(terminal_safe("\x1b]0;pwned\x07") == "\\x1b]0;pwned\\x07");
    CHECK(terminal_safe("\x1b]52;c;ZWNobyBoaQ==\x07") == "\\x1b]52;c;ZWNobyBoaQ==\\x07");
    CHECK(terminal_safe("add field\x1b[2J\x1b[H") == "add field\\x1b[2J\\x1b[H");
    CHECK(terminal_safe("safe\rrm -rf") == "safe\\x0drm -rf");
    // C1 controls (a one-character CSI), DEL, bidirectional overrides, and bytes that are not UTF-8.
    CHECK(terminal_safe("a\xc2\x9b" "2Jb\x7f") == "a\\x9b2Jb\\x7f");
    CHECK(terminal_safe("\xe2\x80\xae" "txt.exe") == "\\u202etxt.exe");
    CHECK(terminal_safe("bad \xff\xfe byte") == "bad \\xff\\xfe byte");
    // What a history shows stays as it is: tabs, CJK, accents, emoji, Alembic's arrows.
    const std::string plain = "Rev: 44e3cc49892c (head)\tadd visit_count field 添加用户表 café 🎉 -> <base>";
    CHECK(terminal_safe(plain) == plain);
}
