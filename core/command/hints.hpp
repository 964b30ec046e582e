// Hints for a learner: which of the errors people most often meet while following the guide (or
// rehearsing their own project) a command's output holds. The CLI prints Flask-Migrate's text
// byte for byte and no hint; the page shows the hint under the error, in the user's language
// (web/src/messages.ts, `hint.<key>`), from the keys this returns.
#pragma once

#include "output.hpp"

#include <string>
#include <vector>

namespace revlab::command {

// The hint keys for `lines` (each key once, in the order of the lines that call for it).
std::vector<std::string> hints_for(const std::vector<OutputLine>& lines);

} // namespace revlab::command
