// Where SQLite's randomness comes from in the browser. SQLite seeds its PRNG (random(),
// randomblob(), temporary names) from its OS layer's xRandomness, which on unix opens
// /dev/urandom. The page's module is linked without a filesystem (-sFILESYSTEM=0): there, open()
// "succeeds" with a descriptor below SQLITE_MINIMUM_FILE_DESCRIPTOR, and SQLite's robust_open
// retries forever, so the first random() hung the worker. In the browser the seed comes from
// getentropy() instead (crypto.getRandomValues under Emscripten).
#include "sqlite/randomness.hpp"

#include <sqlite3.h>

#if defined(__EMSCRIPTEN__)
#include <unistd.h>

#include <algorithm>
#endif

namespace revlab::sqlite {

#if defined(__EMSCRIPTEN__)
namespace {

int entropy(sqlite3_vfs*, int n, char* out) {
    int done = 0;
    while (done < n) {
        const int chunk = std::min(n - done, 256); // getentropy's limit per call
        if (getentropy(out + done, static_cast<std::size_t>(chunk)) != 0) break;
        done += chunk;
    }
    return done;
}

} // namespace

void use_browser_randomness() {
    // SQLite keeps a list of VFSes, process-wide by its design; this one is the default VFS with
    // another seed, registered once before the first connection.
    static sqlite3_vfs vfs = [] {
        sqlite3_initialize();
        sqlite3_vfs copy = *sqlite3_vfs_find(nullptr);
        copy.zName = "revlab-browser";
        copy.xRandomness = entropy;
        return copy;
    }();
    static const bool registered = sqlite3_vfs_register(&vfs, 1) == SQLITE_OK;
    (void)registered;
}
#else
void use_browser_randomness() {}
#endif

} // namespace revlab::sqlite
