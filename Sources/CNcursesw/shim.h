#ifndef RAPPORT_CNCURSESW_SHIM_H
#define RAPPORT_CNCURSESW_SHIM_H

// Wide-character ncurses. The defines must come before the header so that
// cchar_t, wget_wch and friends are declared.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Swift cannot import function-like macros or use ncurses' mutable globals
// under strict concurrency, so they are wrapped in functions here.

static inline int rapport_colors(void) { return COLORS; }
static inline int rapport_color_pairs(void) { return COLOR_PAIRS; }
static inline int rapport_lines(void) { return LINES; }
static inline int rapport_cols(void) { return COLS; }
static inline WINDOW *rapport_stdscr(void) { return stdscr; }
static inline WINDOW *rapport_curscr(void) { return curscr; }

static inline unsigned int rapport_attr_bold(void) { return A_BOLD; }
static inline unsigned int rapport_attr_dim(void) { return A_DIM; }
static inline unsigned int rapport_attr_underline(void) { return A_UNDERLINE; }
static inline unsigned int rapport_attr_reverse(void) { return A_REVERSE; }
static inline unsigned int rapport_attr_italic(void) {
#ifdef A_ITALIC
    return A_ITALIC;
#else
    return 0;
#endif
}

static inline int rapport_key_code_yes(void) { return KEY_CODE_YES; }

/// Draws one grapheme cluster (given as a NUL-terminated wide string of at most
/// CCHARW_MAX characters) at (y, x) with the given attributes and colour pair.
///
/// setcchar keeps only the first spacing character and the non-spacing ones after it, so an
/// emoji sequence (woman, zero-width joiner, laptop) would lose all but its first emoji. It is
/// given the first character only, for the attributes and the pair; the cell's characters are
/// then filled in here. ncurses writes every character a cell holds, and measures the cell by
/// its first.
static inline int rapport_put_cell(int y, int x, const wchar_t *text, unsigned int attrs, int pair) {
    cchar_t cell;
    const wchar_t first[2] = { text[0], L'\0' };
#if NCURSES_EXT_COLORS
    // With extended colours the pair travels in the opts pointer, which lifts the
    // short-sized limit of the pair argument (direct colour needs far more than 32767 pairs).
    if (setcchar(&cell, first, (attr_t)attrs, 0, &pair) != OK) { return ERR; }
#else
    if (setcchar(&cell, first, (attr_t)attrs, (short)(pair <= 0x7fff ? pair : 0), NULL) != OK) { return ERR; }
#endif
    for (int index = 1; index < CCHARW_MAX && text[index - 1] != L'\0'; index++) {
        cell.chars[index] = text[index];
    }
    return mvwadd_wch(stdscr, y, x, &cell);
}

/// Defines a colour pair; extended pairs and colours where ncurses has them, so that
/// direct-colour terminals (24-bit colour numbers) work.
static inline int rapport_init_pair(int pair, int foreground, int background) {
#if NCURSES_EXT_COLORS
    return init_extended_pair(pair, foreground, background);
#else
    if (pair > 0x7fff || foreground > 0x7fff || background > 0x7fff) { return ERR; }
    return init_pair((short)pair, (short)foreground, (short)background);
#endif
}

/// newterm on the process's own stdout and stdin: Swift 6 cannot touch the `stdout`
/// and `stdin` globals under strict concurrency.
static inline SCREEN *rapport_newterm(const char *type) { return newterm(type, stdout, stdin); }

/// What terminfo knows of `type`, as setupterm reports it: 1 found, 0 not found,
/// -1 no terminfo database. Used only to explain why newterm failed; the lookup's
/// TERMINAL is freed at once.
static inline int rapport_terminfo_status(const char *type) {
    int status = 0;
    if (setupterm(type, STDOUT_FILENO, &status) == OK) { del_curterm(cur_term); }
    return status;
}

/// The columns the C library (and so ncurses) gives one character; -1 when it has none.
static inline int rapport_wcwidth(wchar_t character) { return wcwidth(character); }

/// The character set of the current locale ("UTF-8", "ANSI_X3.4-1968", ...).
static inline const char *rapport_locale_codeset(void) { return nl_langinfo(CODESET); }

static inline int rapport_read_key(wint_t *out) { return wget_wch(stdscr, out); }

static inline const char *rapport_terminfo_string(const char *capname) {
    char *value = tigetstr(capname);
    if (value == (char *)-1 || value == NULL) { return NULL; }
    return value;
}

#endif
