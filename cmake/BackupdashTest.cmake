# backupdash_add_test(<name> [GUI] [SOURCES ...] LIBRARIES ... [TIMEOUT s] [ENVIRONMENT ...])
# One Qt Test executable per unit; runs offscreen so no display is needed.
function(backupdash_add_test name)
    cmake_parse_arguments(arg "" "TIMEOUT" "SOURCES;LIBRARIES;ENVIRONMENT" ${ARGN})
    qt_add_executable(${name} ${name}.cpp ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${arg_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        BACKUPDASH_FIXTURES_DIR="${PROJECT_SOURCE_DIR}/tests/fixtures")
    backupdash_set_warnings(${name})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 120)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_SCALE_FACTOR=1;${arg_ENVIRONMENT}")
endfunction()
