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
#include <locale.h>
#include <stdio.h>
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

/// Draws one grapheme cluster (given as a NUL-terminated wide string) at (y, x)
/// with the given attributes and colour pair.
static inline int rapport_put_cell(int y, int x, const wchar_t *text, unsigned int attrs, int pair) {
    cchar_t cell;
    if (setcchar(&cell, text, (attr_t)attrs, (short)(pair < 0x7fff ? pair : 0), NULL) != OK) {
        return ERR;
    }
    if (pair >= 0x7fff) {
        // Extended pairs travel in the opts pointer (ncurses 6.1+).
        int extended = pair;
        if (setcchar(&cell, text, (attr_t)attrs, 0, &extended) != OK) { return ERR; }
    }
    return mvwadd_wch(stdscr, y, x, &cell);
}

static inline int rapport_read_key(wint_t *out) { return wget_wch(stdscr, out); }

static inline const char *rapport_terminfo_string(const char *capname) {
    char *value = tigetstr(capname);
    if (value == (char *)-1 || value == NULL) { return NULL; }
    return value;
}

#endif
