// The data-loss lint, Revlab's addition to `flask db migrate`: after the revision is written, one
// warning per operation of its upgrade that throws data away, so that a learner reads the file
// before running it. Alembic says nothing; a dropped column is gone after `flask db upgrade`, and
// `flask db downgrade` brings back the column, not its values.
#pragma once

#include "autogenerate/ops.hpp"

#include <string>
#include <vector>

namespace revlab::autogenerate {

inline constexpr const char* kSafetyLogger = "revlab.safety";

// The warning texts, in upgrade order:
//   upgrade drops table 'x': its data will be lost
//   upgrade drops column 'x.y': its data will be lost
//   upgrade narrows column 'x.y' from VARCHAR(length=255) to String(length=100): ...
//   upgrade converts column 'x.y' from VARCHAR(length=45) to Integer(): ...
std::vector<std::string> data_loss_warnings(const OpList& upgrade);

} // namespace revlab::autogenerate
