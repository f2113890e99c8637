# What `cmake --install` puts beside the binary (docs, licence, data provenance) and the
# Debian package of it all: `cpack -G DEB` in the build directory (docs/ci.md).

# Docs: README, the user docs, the example BOMs.
file(GLOB CHAINRISK_DOCS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/*.md)
install(FILES README.md LICENSE ${CHAINRISK_DOCS} DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)

# Data provenance: the manifest (source, edition, licence, sha256 of every embedded dataset)
# and the curation notes; docs/data.md is installed with the docs above.
install(FILES data/manifest.json data/curate/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR}/data)
install(FILES data/curate/sources/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR}/data/sources)

# share/doc/chainrisk/copyright, as Debian wants it: the project licence, then the source
# and licence of each dataset compiled into the binary, from data/manifest.json.
function(chainrisk_write_copyright out)
  file(READ ${PROJECT_SOURCE_DIR}/LICENSE licence)
  file(READ ${PROJECT_SOURCE_DIR}/data/manifest.json manifest)
  string(JSON count LENGTH "${manifest}" datasets)
  math(EXPR last "${count} - 1")
  set(text "chainrisk\n\n${licence}\nDatasets compiled into the binary (data/manifest.json; docs/data.md has the details):\n")
  foreach(i RANGE ${last})
    foreach(key id version publisher source license)
      string(JSON ${key} GET "${manifest}" datasets ${i} ${key})
    endforeach()
    string(APPEND text "\n${id} ${version}\n  Publisher: ${publisher}\n  Source: ${source}\n  Licence: ${license}\n")
  endforeach()
  file(WRITE ${out} "${text}")
endfunction()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/data/manifest.json)
chainrisk_write_copyright(${PROJECT_BINARY_DIR}/copyright)
install(FILES ${PROJECT_BINARY_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME chainrisk)
set(CPACK_PACKAGE_VENDOR "chainrisk contributors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "screen supplier bills of materials for forced-labor and child-labor risk")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CHAINRISK_PACKAGE_MAINTAINER "chainrisk contributors" CACHE STRING "Maintainer field of the .deb")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CHAINRISK_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # chainrisk_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS bash-completion)
# The extended description, below the summary line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "chainrisk reads BOMs (CSV, JSON, CycloneDX) and scores each line against curated public
findings compiled into the binary: the US DOL List of Goods Produced by Child Labor or
Forced Labor, Trafficking in Persons report tiers and narratives, the UFLPA presumption
for Xinjiang and the UFLPA Entity List. Every score comes with its evidence and sources;
reports for people and pipelines, and exit codes that gate a CI job.")
# The runtime dependencies are those of the shared libraries the binary links (fmt, spdlog,
# the C++ runtime): dpkg-shlibdeps (dpkg-dev) derives them with their versions (CPack also
# needs `file` for that); without them, the same list for Debian 12 is spelled out.
find_program(DPKG_SHLIBDEPS_EXECUTABLE dpkg-shlibdeps)
find_program(FILE_EXECUTABLE file)
if(DPKG_SHLIBDEPS_EXECUTABLE AND FILE_EXECUTABLE)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "libc6 (>= 2.34), libfmt9 (>= 9.1.0+ds1), libgcc-s1 (>= 3.0), libspdlog1.10-fmt9, libstdc++6 (>= 12)")
  if(CHAINRISK_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", libasan8, libubsan1")  # GCC links them shared
  endif()
endif()

include(CPack)
