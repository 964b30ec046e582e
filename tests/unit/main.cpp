// The Catch2 runner shared by every unit suite (native and wasm).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
