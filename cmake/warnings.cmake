# Warnings for Revlab's own code (never applied to SQLite).
function(revlab_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wimplicit-fallthrough)
  if(REVLAB_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
