# GoogleTest for the Emscripten build: compiled with em++ from the sources in
# /usr/src/googletest (Debian's googletest package), and the options that let
# a test program run in node with the real file system (NODERAWFS), so the
# suites read tests/data and ../shared/data as they do natively.
include_guard(GLOBAL)
include(PrecisWasm)

set(PRECIS_GOOGLETEST_SOURCE_DIR /usr/src/googletest
    CACHE PATH "GoogleTest sources (Debian package googletest)")
if(NOT EXISTS "${PRECIS_GOOGLETEST_SOURCE_DIR}/googletest/CMakeLists.txt")
  message(FATAL_ERROR "GoogleTest sources not found in ${PRECIS_GOOGLETEST_SOURCE_DIR} "
                      "(install the googletest package)")
endif()

set(BUILD_GMOCK OFF CACHE BOOL "" FORCE)
set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
set(gtest_disable_pthreads ON CACHE BOOL "" FORCE)
add_subdirectory("${PRECIS_GOOGLETEST_SOURCE_DIR}"
                 "${CMAKE_BINARY_DIR}/googletest" EXCLUDE_FROM_ALL)
# Keep GoogleTest's own warnings out of the project's -Werror builds.
foreach(_t gtest gtest_main)
  target_compile_options(${_t} PRIVATE -w)
endforeach()
unset(_t)

# Test programs are CommonJS scripts (name.js + name.wasm). The checkout's
# package.json says "type": "module", which would make node load them as ES
# modules; this one, nearer to them, restores the default.
file(WRITE "${CMAKE_BINARY_DIR}/package.json" "{\"type\": \"commonjs\"}\n")

# Link options for a test program that runs under node.
function(precis_wasm_test_options target)
  target_link_options(${target} PRIVATE
    -sNODERAWFS=1             # the host file system, for tests/data and shared data
    -sENVIRONMENT=node
    -sALLOW_MEMORY_GROWTH=1
    -sEXIT_RUNTIME=1)         # the exit status of main() is the process's
  set_target_properties(${target} PROPERTIES
    CROSSCOMPILING_EMULATOR "${CMAKE_CROSSCOMPILING_EMULATOR}")
endfunction()
