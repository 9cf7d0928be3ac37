// Thin C shim over ncursesw for the TerminalUI module.
//
// Swift 6 strict concurrency rejects reading ncurses' mutable C globals
// (stdscr, COLS, LINES, COLORS, ...) and cannot import function-like macros
// (KEY_F(n), A_BOLD, ...). Every such access goes through a static inline
// function here so the Swift side never touches a C global directly.
#ifndef LEADTERM_CNCURSESW_SHIM_H
#define LEADTERM_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <wchar.h>
#include <pty.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// MARK: locale and terminal checks

/// Applies the environment's locale; returns 1 when its codeset is UTF-8.
static inline int lt_setup_utf8_locale(void) {
    if (setlocale(LC_ALL, "") == NULL) return 0;
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL) return 0;
    return strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0;
}

// MARK: screens

/// Starts ncurses on the given descriptors (a real tty or a pty slave).
/// Returns NULL when the terminal type is unknown.
static inline SCREEN *lt_newterm(const char *term, int out_fd, int in_fd) {
    FILE *out = fdopen(dup(out_fd), "w");
    FILE *in = fdopen(dup(in_fd), "r");
    if (out == NULL || in == NULL) return NULL;
    return newterm(term, out, in);
}

static inline WINDOW *lt_stdscr(void) { return stdscr; }
static inline int lt_cols(void) { return COLS; }
static inline int lt_lines(void) { return LINES; }
static inline int lt_colors(void) { return COLORS; }
static inline int lt_color_pairs(void) { return COLOR_PAIRS; }

// MARK: keys

static inline int lt_key_f(int n) { return KEY_F(n); }
static inline int lt_key_code_yes(void) { return KEY_CODE_YES; }
static inline int lt_err(void) { return ERR; }

// MARK: attributes

static inline attr_t lt_a_normal(void) { return A_NORMAL; }
static inline attr_t lt_a_bold(void) { return A_BOLD; }
static inline attr_t lt_a_reverse(void) { return A_REVERSE; }
static inline attr_t lt_a_underline(void) { return A_UNDERLINE; }
static inline attr_t lt_a_dim(void) { return A_DIM; }

/// Draws one grapheme (up to CCHARW_MAX code points) with attributes and a color pair.
static inline int lt_put_cell(WINDOW *win, int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wch, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(win, y, x, &cc);
}

// MARK: pseudo terminals (benchmarks and tests drive the real writer through one)

static inline int lt_openpty(int *master_fd, int *slave_fd, int cols, int rows) {
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    ws.ws_col = (unsigned short)cols;
    ws.ws_row = (unsigned short)rows;
    return openpty(master_fd, slave_fd, NULL, NULL, &ws);
}

static inline int lt_set_winsize(int fd, int cols, int rows) {
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    ws.ws_col = (unsigned short)cols;
    ws.ws_row = (unsigned short)rows;
    return ioctl(fd, TIOCSWINSZ, &ws);
}

static inline int lt_get_winsize(int fd, int *cols, int *rows) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return -1;
    *cols = ws.ws_col;
    *rows = ws.ws_row;
    return 0;
}

#endif
