# Third-party libraries of the core, as imported targets:
#   precis::json      nlohmann/json (header only)
#   precis::utf8proc  Unicode normalisation, case folding and categories
#   precis::stemmer   Snowball's libstemmer
# Natively they come from Debian's -dev packages. Under Emscripten they are
# compiled from the Debian source packages that scripts/fetch-wasm-deps.sh
# unpacks into the build tree (see cmake/PrecisWasmDeps.cmake).
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
