# libFuzzer builds of the fuzz targets in tests/fuzz (scripts/fuzz.sh drives
# them). Every library is instrumented for coverage and compiled with ASan and
# UBSan, so a memory error or undefined behaviour stops the fuzzer like a crash;
# build the fuzz targets by name, so only the libraries they use are built.
# -O1 -g after the build type's flags: what the libFuzzer documentation uses,
# and a quicker build on 2 cores. Without the option, tests/fuzz builds replay
# tools that ctest runs instead.
option(VBTRACK_FUZZ "Build the libFuzzer targets of tests/fuzz (needs clang)" OFF)
if(VBTRACK_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "VBTRACK_FUZZ needs clang and libFuzzer: configure with CC=clang CXX=clang++ "
                        "(Debian packages clang and libclang-rt-14-dev), or run scripts/fuzz.sh")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                      -fno-omit-frame-pointer -O1 -g)
  add_link_options(-fsanitize=address,undefined)
  add_subdirectory(tests/fuzz ${CMAKE_BINARY_DIR}/fuzz)
endif()
