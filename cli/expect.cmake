# Runs one command and checks its exit code and output, for the CLI tests:
#   cmake -DEXPECT_EXIT=N [-DEXPECT_OUTPUT=REGEX] [-DREJECT_OUTPUT=REGEX]
#         -DCMD=a;b;c -P expect.cmake
# The test fails when the exit code differs from N, when stdout and stderr
# together do not match EXPECT_OUTPUT, or when they match REJECT_OUTPUT.
if(NOT DEFINED EXPECT_EXIT OR NOT DEFINED CMD)
  message(FATAL_ERROR "expect.cmake: EXPECT_EXIT and CMD are required")
endif()
string(REPLACE "|" ";" command "${CMD}")
execute_process(COMMAND ${command} RESULT_VARIABLE code OUTPUT_VARIABLE out
                ERROR_VARIABLE out INPUT_FILE /dev/null)
set(failed FALSE)
if(NOT "${code}" STREQUAL "${EXPECT_EXIT}")
  message(SEND_ERROR "exit code ${code}, expected ${EXPECT_EXIT}")
  set(failed TRUE)
endif()
if(DEFINED EXPECT_OUTPUT AND NOT out MATCHES "${EXPECT_OUTPUT}")
  message(SEND_ERROR "the output does not match: ${EXPECT_OUTPUT}")
  set(failed TRUE)
endif()
if(DEFINED REJECT_OUTPUT AND out MATCHES "${REJECT_OUTPUT}")
  message(SEND_ERROR "the output matches what it must not: ${REJECT_OUTPUT}")
  set(failed TRUE)
endif()
if(failed)
  message("output:\n${out}")
endif()
