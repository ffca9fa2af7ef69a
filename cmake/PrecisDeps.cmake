# Third-party libraries of the core, as imported targets:
#   precis::json      nlohmann/json (header only)
#   precis::utf8proc  Unicode normalisation, case folding and categories (the
#                     source of the generated tables; the tests compare them)
#   precis::unicode_data  the core's Unicode tables (unicode_data.inc), made at
#                     build time from utf8proc's data (core/gen/unicode_data_gen.cc)
#   precis::stemmer   Snowball's libstemmer
# Natively they come from Debian's -dev packages. Under Emscripten they are
# compiled from the Debian source packages that scripts/fetch-wasm-deps.sh
# unpacks into the build tree (see cmake/PrecisWasmDeps.cmake).
set(PRECIS_GENERATED_DIR ${CMAKE_BINARY_DIR}/generated)
set(PRECIS_UNICODE_DATA ${PRECIS_GENERATED_DIR}/unicode_data.inc)
set(PRECIS_UNICODE_GEN_SOURCE ${CMAKE_CURRENT_LIST_DIR}/../core/gen/unicode_data_gen.cc)
file(MAKE_DIRECTORY ${PRECIS_GENERATED_DIR})
add_library(precis_unicode_data INTERFACE)
target_include_directories(precis_unicode_data INTERFACE ${PRECIS_GENERATED_DIR})
add_library(precis::unicode_data ALIAS precis_unicode_data)

if(EMSCRIPTEN)
  include(PrecisWasmDeps)
  return()
endif()

find_package(nlohmann_json 3.9 REQUIRED)
add_library(precis::json ALIAS nlohmann_json::nlohmann_json)

find_path(UTF8PROC_INCLUDE_DIR utf8proc.h REQUIRED)
find_library(UTF8PROC_LIBRARY NAMES utf8proc REQUIRED)
add_library(precis_utf8proc INTERFACE)
target_include_directories(precis_utf8proc SYSTEM INTERFACE ${UTF8PROC_INCLUDE_DIR})
target_link_libraries(precis_utf8proc INTERFACE ${UTF8PROC_LIBRARY})
add_library(precis::utf8proc ALIAS precis_utf8proc)

find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY NAMES stemmer REQUIRED)
add_library(precis_stemmer INTERFACE)
target_include_directories(precis_stemmer SYSTEM INTERFACE ${STEMMER_INCLUDE_DIR})
target_link_libraries(precis_stemmer INTERFACE ${STEMMER_LIBRARY})
add_library(precis::stemmer ALIAS precis_stemmer)

# The Unicode tables, written by a generator linked with the system's utf8proc.
add_executable(precis_unicode_data_gen ${PRECIS_UNICODE_GEN_SOURCE})
target_link_libraries(precis_unicode_data_gen PRIVATE precis_utf8proc)
add_custom_command(OUTPUT ${PRECIS_UNICODE_DATA}
  COMMAND precis_unicode_data_gen ${PRECIS_UNICODE_DATA}
  DEPENDS precis_unicode_data_gen
  COMMENT "Generating the Unicode tables from utf8proc")
add_custom_target(precis_unicode_data_inc DEPENDS ${PRECIS_UNICODE_DATA})
