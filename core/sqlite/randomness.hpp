// SQLite's random seed in the browser (randomness.cpp says why): called before a connection opens.
#pragma once

namespace revlab::sqlite {

// In the wasm build, makes getentropy() the default VFS's source of randomness (once); natively
// SQLite's own /dev/urandom is used and this does nothing.
void use_browser_randomness();

} // namespace revlab::sqlite
