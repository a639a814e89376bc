# Warnings for our own targets; Qt's headers are system headers and stay quiet.
# -Wshadow=local is GCC's spelling; clang (the fuzz preset) names its nearest one differently.
function(backupdash_set_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic $<IF:$<CXX_COMPILER_ID:GNU>,-Wshadow=local,-Wshadow-uncaptured-local> -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-align -Wimplicit-fallthrough -Wno-deprecated-enum-enum-conversion)
endfunction()
