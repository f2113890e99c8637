# AddressSanitizer + UndefinedBehaviorSanitizer for every target of the build (tests included).
if(CHAINRISK_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
