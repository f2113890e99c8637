# Warnings apply to chainrisk's own targets only (linked PRIVATE), never to users of the headers.
add_library(chainrisk_warnings INTERFACE)
target_compile_options(chainrisk_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wnon-virtual-dtor -Woverloaded-virtual)
if(CHAINRISK_WERROR)
  target_compile_options(chainrisk_warnings INTERFACE -Werror)
endif()
