# Warning flags applied to the project's own targets.
add_library(precis_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(precis_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                         $<$<BOOL:${PRECIS_WERROR}>:-Werror>)
endif()
