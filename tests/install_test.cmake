# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a scratch prefix and checks what a desktop finds there: both programs,
# a .desktop entry and AppStream metainfo that the freedesktop validators accept, the icon in
# every hicolor size and the sidecar's MIME type (run through update-mime-database).
# cmake -DBUILD_DIR=... -DPREFIX=... -DAPP_ID=... -DICON_SIZES="16;22;..." -P install_test.cmake

foreach(var BUILD_DIR PREFIX APP_ID ICON_SIZES)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "install_test: pass -D${var}=...")
    endif()
endforeach()

function(require_file path)
    if(NOT EXISTS "${path}")
        message(FATAL_ERROR "install_test: ${path} was not installed")
    endif()
endfunction()

# Runs a validator; fails naming it when it is missing (.ci/setup installs it) or refuses the file.
function(validate tool)
    find_program(program ${tool})
    if(NOT program)
        message(FATAL_ERROR "install_test: ${tool} not found; install it (bash .ci/setup does)")
    endif()
    execute_process(COMMAND ${program} ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "install_test: ${tool} ${ARGN} failed (${status}):\n${out}")
    endif()
    message(STATUS "${tool}: ok")
    unset(program CACHE)
endfunction()

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "install_test: cmake --install failed (${status}):\n${out}")
endif()

require_file("${PREFIX}/bin/readout")
require_file("${PREFIX}/bin/readout-cli")

set(desktop "${PREFIX}/share/applications/${APP_ID}.desktop")
set(metainfo "${PREFIX}/share/metainfo/${APP_ID}.metainfo.xml")
set(mime "${PREFIX}/share/mime/packages/${APP_ID}.xml")
foreach(file IN ITEMS "${desktop}" "${metainfo}" "${mime}" "${PREFIX}/share/icons/hicolor/scalable/apps/${APP_ID}.svg")
    require_file("${file}")
endforeach()
foreach(size IN LISTS ICON_SIZES)
    set(png "${PREFIX}/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png")
    require_file("${png}")
    # A PNG starts with its 8-byte signature, then the IHDR chunk: width and height at bytes 16..23.
    file(READ "${png}" header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 0 16 signature)
    string(SUBSTRING "${header}" 32 8 width)
    math(EXPR width "0x${width}")
    if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT width EQUAL size)
        message(FATAL_ERROR "install_test: ${png} is not a ${size} px PNG (width ${width})")
    endif()
endforeach()

# The entry must name what it installs: the icon, the program and the types it opens.
file(READ "${desktop}" entry)
foreach(line IN ITEMS "Icon=${APP_ID}" "Exec=readout %F" "application/x-readout-sidecar;" "text/plain;"
                      "text/html;" "text/markdown;" "application/pdf;")
    string(FIND "${entry}" "${line}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "install_test: ${desktop} lacks “${line}”")
    endif()
endforeach()

validate(desktop-file-validate "${desktop}")
validate(appstreamcli validate --no-net "${metainfo}")
validate(update-mime-database "${PREFIX}/share/mime")
file(READ "${PREFIX}/share/mime/globs2" globs)
string(FIND "${globs}" "application/x-readout-sidecar:*.readout.json" at)
if(at EQUAL -1)
    message(FATAL_ERROR "install_test: *.readout.json is not mapped to application/x-readout-sidecar:\n${globs}")
endif()
message(STATUS "install_test: ${PREFIX} holds a valid desktop installation of ${APP_ID}")
