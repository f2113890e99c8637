# AddressSanitizer + UndefinedBehaviorSanitizer for every target of the build (tests included).
if(CHAINRISK_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# libFuzzer builds (tests/fuzz): every object gets the coverage instrumentation the fuzzer
# steers by, plus ASan + UBSan so a memory error or undefined behaviour is a crash.
if(CHAINRISK_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CHAINRISK_FUZZ needs clang: cmake -DCMAKE_CXX_COMPILER=clang++ ...")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
