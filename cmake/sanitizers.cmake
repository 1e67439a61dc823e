# AddressSanitizer + UndefinedBehaviorSanitizer over everything (scripts/test-sanitized.sh).
# Every target, tests and the vbtrack binary alike, is compiled and linked with
# them, so a memory error or undefined behaviour anywhere in our code stops the
# process with a report. The system libraries (Tesseract, Poppler, ...) are not
# instrumented, but ASan still sees their heap through its malloc.
option(VBTRACK_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(VBTRACK_SANITIZE)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    message(FATAL_ERROR "VBTRACK_SANITIZE needs GCC or Clang (-fsanitize); this is ${CMAKE_CXX_COMPILER_ID}")
  endif()
  # -fno-sanitize-recover: undefined behaviour fails the test instead of printing and going on.
  set(VBTRACK_SANITIZER_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  # Whatever the build type, -O0 -g1 (they come after the build type's flags):
  # the ASan documentation recommends -O1 for speed at run time, but here the
  # build is what costs (CI's 2 cores compile ~250 files, and -O1 takes a third
  # longer than -O0), while the tests' heavy lifting is in the uninstrumented
  # libraries; line tables for the stacks without full debug information.
  add_compile_options(${VBTRACK_SANITIZER_FLAGS} -O0 -g1)
  # The checks the release build leaves out, on as well: the standard library's
  # own (an index past a vector's size, front() of an empty one: within its
  # capacity ASan sees nothing wrong) and the libraries' assert()s (nlohmann-json
  # asserts on a missing key read through a const object), which the build
  # type's -DNDEBUG turns off.
  add_compile_options(-UNDEBUG -D_GLIBCXX_ASSERTIONS)
  # GCC's manual: "sanitizers tend to increase the rate of false positive
  # warnings, most notably those around -Wmaybe-uninitialized" (here: inside
  # libstdc++'s std::regex); the normal build keeps that warning an error.
  add_compile_options($<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>)
  add_link_options(${VBTRACK_SANITIZER_FLAGS})
  # Code that must behave differently under ASan (a memory limit its shadow
  # memory cannot live with, a test's peak-memory bound) checks the compiler's
  # own __SANITIZE_ADDRESS__.
endif()
