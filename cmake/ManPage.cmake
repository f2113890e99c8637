# The man page, generated at build time by help2man (Debian package help2man) from the
# binary's own --help and the hand-written sections of docs/man/chainrisk.h2m, so it never
# drifts from the flags (style.md §8). Without help2man the build goes on without one.
find_program(HELP2MAN_EXECUTABLE help2man)
find_program(BASH_EXECUTABLE bash)
if(NOT HELP2MAN_EXECUTABLE OR NOT BASH_EXECUTABLE)
  message(STATUS "help2man not found: building no man page (install it with `apt-get install help2man`)")
  return()
endif()

set(CHAINRISK_MAN_DIR ${PROJECT_BINARY_DIR}/man)
add_custom_command(
  OUTPUT ${CHAINRISK_MAN_DIR}/chainrisk.1.gz
  COMMAND ${BASH_EXECUTABLE} ${PROJECT_SOURCE_DIR}/cmake/make_man_page.sh ${HELP2MAN_EXECUTABLE}
          $<TARGET_FILE:chainrisk> ${PROJECT_SOURCE_DIR}/docs/man/chainrisk.h2m ${PROJECT_VERSION}
          ${CHAINRISK_MAN_DIR}
  DEPENDS chainrisk ${PROJECT_SOURCE_DIR}/cmake/make_man_page.sh ${PROJECT_SOURCE_DIR}/docs/man/chainrisk.h2m
  COMMENT "Generating the man page chainrisk.1 with help2man"
  VERBATIM)
add_custom_target(man_page ALL DEPENDS ${CHAINRISK_MAN_DIR}/chainrisk.1.gz)
install(FILES ${CHAINRISK_MAN_DIR}/chainrisk.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
