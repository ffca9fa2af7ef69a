# The core's language tables (trigram profiles, stopword lists), generated at
# build time from npm packages by scripts/gen-language-data.mjs into the build
# tree. The packages come from `npm ci` (scripts/setup.sh runs it first).
#   precis_language_data(TARGET)  adds the generated source to TARGET
include_guard(GLOBAL)

find_program(PRECIS_NODE_EXECUTABLE NAMES node nodejs)
if(NOT PRECIS_NODE_EXECUTABLE)
  message(FATAL_ERROR "node is needed to generate the language tables (install nodejs)")
endif()

function(precis_language_data target)
  set(_script "${PROJECT_SOURCE_DIR}/scripts/gen-language-data.mjs")
  set(_modules "${PROJECT_SOURCE_DIR}/node_modules")
  set(_inputs
    "${_modules}/franc/data.js"
    "${_modules}/stopwords-iso/stopwords-iso.json"
    "${_modules}/iso-639-3/iso6393-to-1.js")
  foreach(_f IN LISTS _inputs)
    if(NOT EXISTS "${_f}")
      message(FATAL_ERROR
        "${_f} is missing: run `npm ci` in ${PROJECT_SOURCE_DIR} first "
        "(scripts/setup.sh does it). The language tables are generated from it.")
    endif()
  endforeach()
  set(_out "${CMAKE_CURRENT_BINARY_DIR}/generated/language_data.cc")
  add_custom_command(
    OUTPUT "${_out}"
    COMMAND "${PRECIS_NODE_EXECUTABLE}" "${_script}" "${_out}"
    DEPENDS "${_script}" ${_inputs}
    COMMENT "Generating the language tables (trigram profiles, stopwords)"
    VERBATIM)
  target_sources(${target} PRIVATE "${_out}")
endfunction()
