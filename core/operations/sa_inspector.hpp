// `sa.inspect(conn)` over the schema layer's reflection: what ScriptHost and `revlab python` pass
// to sa::install.
#pragma once

#include "sa/bind.hpp"

namespace revlab::operations {

sa::Inspector schema_inspector();

} // namespace revlab::operations
