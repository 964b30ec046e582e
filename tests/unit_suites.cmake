# Run as a script after revlab_tests links (tests/CMakeLists.txt): asks the binary for its Catch2 tags and
# writes OUT, which ctest includes (TEST_INCLUDE_FILES) to register one entry per tag, PREFIXunit.TAG.
# So a new test file, or a new tag, needs no CMake edit. Test cases with none of the tags get one more entry,
# PREFIXunit.untagged, so that none can be left out of the run.
#   cmake -D RUNNER=<emulator or empty> -D EXE=<revlab_tests> -D PREFIX=<"" or "wasm."> -D OUT=<file>
#         -D TIMEOUTS=<tag=seconds,...> -D DEFAULT_TIMEOUT=<seconds> -P unit_suites.cmake
# Catch2 v2's exit code is the number of tags listed, so the listing itself says whether it worked.
execute_process(COMMAND ${RUNNER} ${EXE} --list-tags OUTPUT_VARIABLE listing ERROR_VARIABLE errors)
if(NOT listing MATCHES "All available tags:")
  message(FATAL_ERROR "${EXE} --list-tags failed:\n${listing}${errors}")
endif()
# Catch2 v2 prints `  <count>  [tag]` per tag.
string(REGEX MATCHALL "\n +[0-9]+ +\\[[^]\n]+\\]" lines "${listing}")
set(tags "")
foreach(line IN LISTS lines)
  string(REGEX REPLACE ".*\\[([^]]+)\\]$" "\\1" tag "${line}")
  if(NOT tag MATCHES "^[.!]")  # hidden and special tags ([.], [!mayfail]) are not suites
    list(APPEND tags "${tag}")
  endif()
endforeach()
if(NOT tags)
  message(FATAL_ERROR "${EXE} --list-tags names no tags:\n${listing}")
endif()

set(text "# Written by tests/unit_suites.cmake from `${EXE} --list-tags`.\n")
set(command "\"${EXE}\"")
if(RUNNER)
  set(command "\"${RUNNER}\" ${command}")
endif()
set(none "")
foreach(tag IN LISTS tags)
  set(timeout ${DEFAULT_TIMEOUT})
  string(REPLACE "," ";" pairs "${TIMEOUTS}")
  foreach(pair IN LISTS pairs)
    if(pair MATCHES "^${tag}=([0-9]+)$")
      set(timeout ${CMAKE_MATCH_1})
    endif()
  endforeach()
  set(name ${PREFIX}unit.${tag})
  # --warn NoTests: a suite that matches no test case fails instead of passing silently.
  string(APPEND text "add_test(${name} ${command} \"[${tag}]\" --warn NoTests)\n"
                     "set_tests_properties(${name} PROPERTIES TIMEOUT ${timeout} LABELS unit)\n")
  string(APPEND none "~[${tag}]")
endforeach()

execute_process(COMMAND ${RUNNER} ${EXE} --list-test-names-only "${none}" OUTPUT_VARIABLE untagged)
string(STRIP "${untagged}" untagged)
if(untagged)
  string(APPEND text "add_test(${PREFIX}unit.untagged ${command} \"${none}\" --warn NoTests)\n"
                     "set_tests_properties(${PREFIX}unit.untagged PROPERTIES TIMEOUT ${DEFAULT_TIMEOUT} LABELS unit)\n")
endif()

# Rewrite only on change: ctest reads it, and the build should not look dirty.
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
endif()
if(NOT old STREQUAL text)
  file(WRITE "${OUT}" "${text}")
endif()
