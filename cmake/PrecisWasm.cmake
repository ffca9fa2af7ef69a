# Emscripten-wide settings, included (once) before any target is defined when
# the project is configured with emcmake:
#   * speed-first code generation for every target (-O2, optional LTO);
#   * node as the test emulator, without the flags emcmake adds that node 20
#     rejects;
#   * precis_wasm_module(): the link options of the JavaScript modules.
include_guard(GLOBAL)

option(PRECIS_WASM_LTO "Link-time optimisation for the WebAssembly build" ON)
set(PRECIS_WASM_OPT "-O2" CACHE STRING
    "Optimisation level of WebAssembly Release builds (-Oz, -Os, -O2, -O3)")
set(PRECIS_WASM_MALLOC "dlmalloc" CACHE STRING
    "Allocator of the WebAssembly modules (dlmalloc, emmalloc)")

# Release builds optimise for speed by default: measured in node (CPU time,
# best of 41 runs on an 800-word article) -O2 with dlmalloc takes 3.0 ms
# where -Oz with emmalloc takes 7.1 ms and -Os 7.6 ms, for 41 KB more
# gzipped (239 KB against 198 KB; brotli 178 KB against 149 KB).
foreach(lang C CXX)
  set(CMAKE_${lang}_FLAGS_RELEASE "${PRECIS_WASM_OPT} -DNDEBUG")
  set(CMAKE_${lang}_FLAGS_MINSIZEREL "-Oz -DNDEBUG")
endforeach()
if(PRECIS_WASM_LTO AND CMAKE_BUILD_TYPE MATCHES "^(Release|MinSizeRel)$")
  add_compile_options(-flto)
  add_link_options(-flto)
endif()

# emcmake passes "node;--experimental-wasm-threads", which node 20 refuses.
# Tests run in plain node; --no-experimental-fetch keeps the Emscripten
# 3.1.6 loader from trying fetch() on a file path.
find_program(PRECIS_NODE NAMES node nodejs REQUIRED)
set(CMAKE_CROSSCOMPILING_EMULATOR "${PRECIS_NODE};--no-experimental-fetch"
    CACHE STRING "Runs the test programs built with Emscripten" FORCE)

# Debian's Emscripten runs its JavaScript optimiser (acorn) in node at link
# time and finds acorn only through NODE_PATH: set it for every link, so a
# plain `cmake --build` works without the environment of scripts/build-wasm.sh.
set(PRECIS_NODE_MODULES /usr/share/nodejs CACHE PATH "Folder holding node's acorn module")
if(EXISTS "${PRECIS_NODE_MODULES}/acorn")
  set(_node_path "${PRECIS_NODE_MODULES}")
  if(DEFINED ENV{NODE_PATH} AND NOT "$ENV{NODE_PATH}" STREQUAL ""
     AND NOT "$ENV{NODE_PATH}" STREQUAL "${PRECIS_NODE_MODULES}")
    set(_node_path "$ENV{NODE_PATH}:${_node_path}")
  endif()
  foreach(lang C CXX)
    set(CMAKE_${lang}_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env "NODE_PATH=${_node_path}")
  endforeach()
  unset(_node_path)
endif()

# Link options shared by the browser and node modules.
set(PRECIS_WASM_MODULE_OPTIONS
  -lembind
  -sMODULARIZE=1
  -sEXPORT_ES6=1
  -sEXPORT_NAME=createPrecisModule
  -sFILESYSTEM=0
  -sALLOW_MEMORY_GROWTH=1
  -sDYNAMIC_EXECUTION=0
  -sMALLOC=${PRECIS_WASM_MALLOC}
  # The Module fields a caller may pass to the factory (d.ts lists them).
  -sINCOMING_MODULE_JS_API=[wasmBinary,locateFile,instantiateWasm,print,printErr,onAbort,onRuntimeInitialized]
)
