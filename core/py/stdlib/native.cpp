#include "py/stdlib/native.hpp"

namespace revlab::py {

void register_native_modules(Interp& I) {
    (void)I;
}

} // namespace revlab::py
