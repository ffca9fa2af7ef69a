# The core's third-party libraries for the Emscripten build, compiled from
# the Debian source packages that scripts/fetch-wasm-deps.sh unpacks into
# PRECIS_WASM_DEPS_DIR (default: <build dir>/deps). Defines the same targets
# as the native branch of PrecisDeps.cmake:
#   precis::json      nlohmann/json headers (copied; em++ does not search /usr/include)
#   precis::utf8proc  utf8proc.c, compiled with emcc
#   precis::stemmer   Snowball runtime + every UTF-8 stemmer of Snowball's list
include_guard(GLOBAL)
include(PrecisWasm)

set(PRECIS_WASM_DEPS_DIR "${CMAKE_BINARY_DIR}/deps"
    CACHE PATH "Sources fetched by scripts/fetch-wasm-deps.sh")
set(_deps "${PRECIS_WASM_DEPS_DIR}")
set(_utf8proc "${_deps}/src/utf8proc")
set(_snowball "${_deps}/src/snowball")

foreach(_f IN ITEMS
        "${_deps}/include/nlohmann/json.hpp"
        "${_utf8proc}/utf8proc.c"
        "${_snowball}/precis-stemmers.txt"
        "${_snowball}/libstemmer/libstemmer_utf8.c"
        "${_snowball}/libstemmer/modules_utf8.h")
  if(NOT EXISTS "${_f}")
    message(FATAL_ERROR
      "${_f} is missing. Run scripts/fetch-wasm-deps.sh <build dir> first "
      "(scripts/build-wasm.sh does it).")
  endif()
endforeach()

add_library(precis_json INTERFACE)
target_include_directories(precis_json SYSTEM INTERFACE "${_deps}/include")
add_library(precis::json ALIAS precis_json)

# Third-party C: compiled as it is, warnings off (not ours to fix).
add_library(precis_utf8proc STATIC "${_utf8proc}/utf8proc.c")
target_include_directories(precis_utf8proc SYSTEM PUBLIC "${_utf8proc}")
target_compile_definitions(precis_utf8proc PUBLIC UTF8PROC_STATIC)
target_compile_options(precis_utf8proc PRIVATE -w)
add_library(precis::utf8proc ALIAS precis_utf8proc)

# The stemmers that scripts/fetch-wasm-deps.sh generated (one per language;
# the core asks for them by ISO 639-1 code).
file(STRINGS "${_snowball}/precis-stemmers.txt" _algorithms)
set(_stemmer_sources)
foreach(_a IN LISTS _algorithms)
  list(APPEND _stemmer_sources "${_snowball}/src_c/stem_UTF_8_${_a}.c")
endforeach()
add_library(precis_stemmer STATIC
  ${_stemmer_sources}
  "${_snowball}/runtime/api.c"
  "${_snowball}/runtime/utilities.c"
  "${_snowball}/libstemmer/libstemmer_utf8.c")
target_include_directories(precis_stemmer SYSTEM PUBLIC "${_snowball}/include")
target_compile_options(precis_stemmer PRIVATE -w)
add_library(precis::stemmer ALIAS precis_stemmer)

unset(_f)
unset(_a)
unset(_algorithms)
unset(_stemmer_sources)
unset(_deps)
unset(_utf8proc)
unset(_snowball)
