# Desktop integration files and the Debian package (CPack DEB). scripts/package builds the
# package and validates it with desktop-file-validate, appstreamcli and lintian.
include(GNUInstallDirs)

set(BACKUPDASH_APP_ID io.github.backupdash.BackupDash)
install(FILES packaging/${BACKUPDASH_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES packaging/${BACKUPDASH_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES packaging/${BACKUPDASH_APP_ID}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES packaging/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
# Debian policy wants the changelog compressed with gzip -9n (no name, no time: reproducible).
set(changelog_gz ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
add_custom_command(OUTPUT ${changelog_gz}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
    COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/packaging/changelog > ${changelog_gz}
    DEPENDS ${PROJECT_SOURCE_DIR}/packaging/changelog
    VERBATIM)
add_custom_target(backupdash_changelog ALL DEPENDS ${changelog_gz})
install(FILES ${changelog_gz} DESTINATION ${CMAKE_INSTALL_DOCDIR})

# Manual pages from each program's --help (help2man), found through PATH so the page shows the
# program's name, not the build path; offscreen, so the window's --help needs no display; in the
# C locale, so the pages are the English source texts whatever the builder's language.
find_program(BACKUPDASH_HELP2MAN help2man)
if(BACKUPDASH_HELP2MAN)
    set(man_pages "")
    set(summary_backupdash "one window for every backup vendor")
    set(summary_backupdash-cli "BackupDash headless commands: snapshot, restores, restore")
    set(summary_backupdash-sim "the backup vendors' APIs simulated on 127.0.0.1")
    foreach(program backupdash backupdash-cli backupdash-sim)
        set(page ${CMAKE_BINARY_DIR}/packaging/${program}.1.gz)
        add_custom_command(OUTPUT ${page}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
            COMMAND ${CMAKE_COMMAND} -E env "PATH=$<TARGET_FILE_DIR:${program}>:$ENV{PATH}" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
                ${BACKUPDASH_HELP2MAN} --no-info --version-string=${PROJECT_VERSION}
                "--name=${summary_${program}}"
                --output=${CMAKE_BINARY_DIR}/packaging/${program}.1 ${program}
            COMMAND gzip -9nf ${CMAKE_BINARY_DIR}/packaging/${program}.1
            DEPENDS ${program}
            VERBATIM)
        list(APPEND man_pages ${page})
    endforeach()
    add_custom_target(backupdash_man_pages ALL DEPENDS ${man_pages})
    install(FILES ${man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME backupdash)
set(CPACK_PACKAGE_VENDOR "The BackupDash developers")
set(CPACK_PACKAGE_CONTACT "The BackupDash developers <maintainers@backupdash.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "one window for every backup vendor")
# CPack puts the summary on the first line (the synopsis) and this text below it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "BackupDash shows the backup tasks, Veeam backup windows and restore jobs of
CloudAlly, Acronis Cyber Protect, Clumio and Veeam Backup for Microsoft 365
in one window, with one normalized status, and starts restores.
backupdash-cli exports snapshots and starts restores from scripts;
backupdash-sim simulates the vendors' APIs for a demo or a test.")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps cannot see plugins Qt loads at run time: the SQLite driver (restore journal,
# history) and the SVG image plugin (the window's icon) are two; libsecret, which qtkeychain
# opens to reach the desktop's keyring (the Secret Service), is another (libqt6keychain1 itself
# is found by dpkg-shlibdeps).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-gtk-platformtheme")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
