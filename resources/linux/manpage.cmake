# Writes shopcrm-cli's man page from the program's own --help and --version, so the page never
# falls behind the program. The usage is laid out in aligned columns, which troff's filling would
# run together (as help2man does with it), so it goes in verbatim between .nf and .fi. Written here
# because no Debian tool keeps such a layout.
#
#   cmake -DCLI=path/to/shopcrm-cli -DOUT=shopcrm-cli.1 -P manpage.cmake
set(ENV{LANG} C.UTF-8)
set(ENV{LANGUAGE} en)
set(ENV{QT_QPA_PLATFORM} offscreen)
execute_process(COMMAND ${CLI} --help --language en OUTPUT_VARIABLE help RESULT_VARIABLE status ERROR_QUIET)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${CLI} --help failed")
endif()
execute_process(COMMAND ${CLI} --version OUTPUT_VARIABLE version ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
string(REGEX REPLACE "^shopcrm-cli " "" version "${version}")

# troff: a backslash is written \e, a minus \-, a line may not start with . or ', and every character
# outside ASCII is named by its code point (\[u2026]) so any groff reads it.
function(troff_escape in out)
  string(REPLACE "\\" "\\e" text "${in}")
  string(REPLACE "-" "\\-" text "${text}") # a minus, as typed, not a typographic hyphen
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  # CMake's strings are bytes: a byte from 0xC0 up starts a UTF-8 sequence of 2 to 4 bytes.
  set(result "")
  string(LENGTH "${text}" length)
  set(i 0)
  while(i LESS length)
    string(SUBSTRING "${text}" ${i} 1 c)
    string(HEX "${c}" hex)
    math(EXPR b0 "0x${hex}")
    if(b0 LESS 128)
      string(APPEND result "${c}")
      math(EXPR i "${i} + 1")
      continue()
    endif()
    if(b0 GREATER_EQUAL 240)
      set(count 4)
      math(EXPR cp "${b0} & 0x07")
    elseif(b0 GREATER_EQUAL 224)
      set(count 3)
      math(EXPR cp "${b0} & 0x0F")
    else()
      set(count 2)
      math(EXPR cp "${b0} & 0x1F")
    endif()
    set(k 1)
    while(k LESS count)
      math(EXPR at "${i} + ${k}")
      string(SUBSTRING "${text}" ${at} 1 next)
      string(HEX "${next}" nexthex)
      math(EXPR cp "(${cp} << 6) | (0x${nexthex} & 0x3F)")
      math(EXPR k "${k} + 1")
    endwhile()
    math(EXPR cp "${cp}" OUTPUT_FORMAT HEXADECIMAL)
    string(SUBSTRING "${cp}" 2 -1 digits)
    string(TOUPPER "${digits}" digits)
    string(LENGTH "${digits}" n)
    while(n LESS 4)
      set(digits "0${digits}")
      math(EXPR n "${n} + 1")
    endwhile()
    string(APPEND result "\\[u${digits}]")
    math(EXPR i "${i} + ${count}")
  endwhile()
  set(${out} "${result}" PARENT_SCOPE)
endfunction()

troff_escape("${help}" usage)
string(TIMESTAMP month "%B %Y" UTC)
file(WRITE ${OUT} ".TH SHOPCRM-CLI 1 \"${month}\" \"shopcrm-cli ${version}\" \"User Commands\"
.SH NAME
shopcrm-cli \\- the command line of ShopCRM, a desktop CRM for small shops
.SH SYNOPSIS
.B shopcrm-cli
[\\fB\\-\\-db\\fR \\fIPATH\\fR] [\\fB\\-\\-json\\fR] \\fICOMMAND\\fR ...
.SH DESCRIPTION
The headless companion of \\fBshopcrm\\fR for scripts, scheduled backups and checks: every
command works on the same database as the program, by default the desktop program's own.
With \\fB\\-\\-json\\fR a command prints machine-readable output. The exit status is 0 on
success, 1 for a problem explained on standard error, 2 for a command used wrongly.
.SH USAGE
.nf
${usage}.fi
.SH FILES
.TP
.I ~/.local/share/ShopCRM/shopcrm.db
the default database
.TP
.I DATABASE.key
the key that seals the mail and SMS secrets, beside the database
.SH SEE ALSO
The desktop program is \\fBshopcrm\\fR; what changed in each version is in
/usr/share/doc/shopcrm/CHANGELOG.md.
")
