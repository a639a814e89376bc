# backupdash_add_test(<name> [GUI] [DBUS] [SOURCES ...] LIBRARIES ... [TIMEOUT s] [ENVIRONMENT ...]
#                     [LABELS ...])
# One Qt Test executable per unit; runs offscreen so no display is needed.
# LABELS: ctest labels, so a run can pick or skip a kind of test (ctest -L / -LE), e.g. "soak",
# which measures resident memory and means nothing under ASan.
# DBUS: runs under a private session bus of its own (dbus-run-session), never the desktop's, on
# which nothing can be started (tests/common/private-session-bus.conf).
function(backupdash_add_test name)
    cmake_parse_arguments(arg "DBUS" "TIMEOUT" "SOURCES;LIBRARIES;ENVIRONMENT;LABELS" ${ARGN})
    qt_add_executable(${name} ${name}.cpp ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${arg_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        BACKUPDASH_FIXTURES_DIR="${PROJECT_SOURCE_DIR}/tests/fixtures")
    backupdash_set_warnings(${name})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 120)
    endif()
    if(arg_DBUS)
        find_program(BACKUPDASH_DBUS_RUN_SESSION dbus-run-session)
        if(NOT BACKUPDASH_DBUS_RUN_SESSION)
            message(FATAL_ERROR "${name} needs dbus-run-session: run scripts/setup-deps (package dbus-daemon)")
        endif()
        add_test(NAME ${name}
            COMMAND ${BACKUPDASH_DBUS_RUN_SESSION}
                --config-file=${PROJECT_SOURCE_DIR}/tests/common/private-session-bus.conf -- $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_SCALE_FACTOR=1;${arg_ENVIRONMENT}")
    if(arg_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${arg_LABELS}")
    endif()
endfunction()
