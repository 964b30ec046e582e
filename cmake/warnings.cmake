# Warnings for Revlab's own code (never applied to SQLite).
function(revlab_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wimplicit-fallthrough)
  # g++-12 reports false -Wrestrict positives on `"..." + std::string` at -O2 and above (GCC bug 105329).
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  if(REVLAB_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
