# SQLite, compiled from the verified amalgamation into a static library shared by every target
# (`sqlite3`; `revlab_sqlite` is core/sqlite, the RAII wrapper over it).
# The options trim what Revlab never uses; temp storage stays in memory, which the wasm build
# needs (no filesystem: a temp file there loops forever) and which costs nothing natively.
# The progress handler and the authorizer stay: they are the SQL sandbox (core/sqlite/sandbox.hpp).
add_library(sqlite3 STATIC "${REVLAB_SQLITE_DIR}/sqlite3.c")
target_include_directories(sqlite3 SYSTEM PUBLIC "${REVLAB_SQLITE_DIR}")
target_compile_definitions(sqlite3 PRIVATE
  SQLITE_DQS=0
  SQLITE_TEMP_STORE=3
  SQLITE_DEFAULT_MEMSTATUS=0
  SQLITE_OMIT_DEPRECATED
  SQLITE_OMIT_SHARED_CACHE
  SQLITE_USE_ALLOCA
  SQLITE_OMIT_LOAD_EXTENSION
  # C APIs Revlab never calls (SQL itself is unchanged, bar Tcl-style $variables): 7 KB of wasm.
  SQLITE_OMIT_UTF16
  SQLITE_OMIT_TRACE
  SQLITE_OMIT_COMPLETE
  SQLITE_OMIT_DECLTYPE
  SQLITE_OMIT_GET_TABLE
  SQLITE_OMIT_TCL_VARIABLE
  SQLITE_OMIT_INCRBLOB
  SQLITE_UNTESTABLE)
if(EMSCRIPTEN)
  target_compile_definitions(sqlite3 PRIVATE SQLITE_THREADSAFE=0 SQLITE_OMIT_WAL)
  set(REVLAB_WASM_SQLITE_OPT -Oz CACHE STRING "Optimization level of SQLite in the wasm module")
  target_compile_options(sqlite3 PRIVATE ${REVLAB_WASM_SQLITE_OPT})
else()
  target_compile_definitions(sqlite3 PRIVATE SQLITE_THREADSAFE=1)
  find_package(Threads REQUIRED)
  target_link_libraries(sqlite3 PUBLIC Threads::Threads ${CMAKE_DL_LIBS})
endif()
# Third-party code: never let its warnings fail our build.
target_compile_options(sqlite3 PRIVATE -w)
set_target_properties(sqlite3 PROPERTIES COMPILE_WARNING_AS_ERROR OFF)
