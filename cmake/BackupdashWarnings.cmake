# Warnings for our own targets; Qt's headers are system headers and stay quiet.
function(backupdash_set_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-align -Wimplicit-fallthrough -Wno-deprecated-enum-enum-conversion)
endfunction()
