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
#include <poll.h>
#include <signal.h>
#include <fcntl.h>
#include <errno.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// MARK: locale and terminal checks

static inline int lt_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL) return 0;
    return strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0;
}

/// Whether a locale name says UTF-8 (`ru_RU.UTF-8`, `en_US.utf8`), in any case.
static inline int lt_name_says_utf8(const char *name) {
    if (name == NULL) return 0;
    for (const char *p = name; *p; p++) {
        const char *want = "utf";
        int i = 0;
        while (want[i] && p[i] && (p[i] | 0x20) == want[i]) i++;
        if (want[i]) continue;
        if (p[3] == '8' || (p[3] == '-' && p[4] == '8')) return 1;
    }
    return 0;
}

/// The locale the environment names, as setlocale reads it: LC_ALL, else LC_CTYPE, else LANG.
static inline const char *lt_named_ctype(void) {
    const char *names[] = {"LC_ALL", "LC_CTYPE", "LANG"};
    for (int i = 0; i < 3; i++) {
        const char *value = getenv(names[i]);
        if (value != NULL && value[0] != 0) return value;
    }
    return NULL;
}

/// Applies the environment's locale; returns 1 when its codeset is UTF-8.
///
/// A UTF-8 locale that is named but not installed (`LANG=ru_RU.UTF-8` on an image without the
/// `locales` package) would make setlocale fail and leave the C locale, in which ncursesw shows
/// Cyrillic as blanks. The terminal is UTF-8 all the same, so C.UTF-8 (part of the C library)
/// stands in for its character handling.
static inline int lt_setup_utf8_locale(void) {
    if (setlocale(LC_ALL, "") != NULL) return lt_codeset_is_utf8();
    if (!lt_name_says_utf8(lt_named_ctype())) return 0;
    if (setlocale(LC_ALL, "C.UTF-8") == NULL) return 0;
    return lt_codeset_is_utf8();
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

// MARK: terminfo (for the backend's own frame writer)

/// A string capability, or NULL when the terminal lacks it.
static inline const char *lt_cap(const char *name) {
    char *s = tigetstr(name);
    return (s == NULL || s == (char *)-1) ? NULL : s;
}

/// A boolean capability.
static inline int lt_flag(const char *name) { return tigetflag(name) > 0; }

/// A capability with one or two numeric parameters filled in (tiparm is variadic, which
/// Swift cannot call). The result is ncurses' static buffer: copy it at once.
static inline const char *lt_param1(const char *cap, int a) { return tiparm(cap, a); }
static inline const char *lt_param2(const char *cap, int a, int b) { return tiparm(cap, a, b); }

// MARK: resize notification
//
// ncurses' own SIGWINCH handling only surfaces KEY_RESIZE on the next keystroke
// when get_wch blocks, so a resized but idle screen would stay stale. Instead a
// self-pipe is written from the signal handler and the backend polls it together
// with the input descriptor.

static int lt_winch_pipe[2] = {-1, -1};
// Set with the pipe's byte: the key path skips reading an empty pipe on every key.
static volatile sig_atomic_t lt_winch_pending = 0;
// SIGTERM (shutdown, logout, kill), SIGHUP (the terminal went away) and SIGINT from outside
// (the screen reads Ctrl-C as a key) ask the app to stop: the handler only marks it and wakes
// the input wait through the same pipe, so the app saves the draft and gives the terminal back
// (raw mode off, main screen, cursor shown) instead of dying with both left undone.
static volatile sig_atomic_t lt_stop_pending = 0;

static void lt_signal_handler(int sig) {
    int saved = errno;
    if (sig == SIGWINCH) lt_winch_pending = 1; else lt_stop_pending = 1;
    if (lt_winch_pipe[1] >= 0) { ssize_t ignored = write(lt_winch_pipe[1], "w", 1); (void)ignored; }
    errno = saved;
}

static inline int lt_handle_signal(int sig) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = lt_signal_handler;
    sigemptyset(&action.sa_mask);
    return sigaction(sig, &action, NULL);
}

/// Installs the SIGWINCH handler (replacing ncurses'); returns the pipe's read end or -1.
static inline int lt_install_winch_pipe(void) {
    if (lt_winch_pipe[0] < 0 && pipe2(lt_winch_pipe, O_NONBLOCK | O_CLOEXEC) != 0) return -1;
    return lt_handle_signal(SIGWINCH) == 0 ? lt_winch_pipe[0] : -1;
}

static inline void lt_remove_winch_handler(void) { signal(SIGWINCH, SIG_DFL); }

/// Installs the stop handlers (after `lt_install_winch_pipe`); returns 0, or -1 on failure.
static inline int lt_install_stop_handlers(void) {
    if (lt_handle_signal(SIGTERM) != 0 || lt_handle_signal(SIGHUP) != 0 || lt_handle_signal(SIGINT) != 0) return -1;
    return 0;
}

static inline void lt_remove_stop_handlers(void) {
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    signal(SIGINT, SIG_DFL);
}

/// Clears `flag` and empties the wake pipe; returns 1 when the flag was set. A signal after
/// the flag is cleared leaves its byte and sets the flag again: the next call reports it once
/// more, which costs a check that finds nothing new.
static inline int lt_take_signal(volatile sig_atomic_t *flag) {
    if (!*flag) return 0;
    *flag = 0;
    char buf[64];
    while (lt_winch_pipe[0] >= 0 && read(lt_winch_pipe[0], buf, sizeof buf) > 0) {}
    return 1;
}

/// Returns 1 once after a stop was asked for.
static inline int lt_take_stop(void) { return lt_take_signal(&lt_stop_pending); }

/// Returns 1 when a resize was signalled since the last call.
static inline int lt_take_winch(void) { return lt_take_signal(&lt_winch_pending); }

/// Waits until `fd` is readable or a resize is signalled; -1 waits forever.
/// Returns 0 on timeout, 1 when input is ready, 2 on resize.
static inline int lt_wait_input(int fd, int timeout_ms) {
    struct pollfd fds[2];
    fds[0].fd = fd; fds[0].events = POLLIN; fds[0].revents = 0;
    fds[1].fd = lt_winch_pipe[0]; fds[1].events = POLLIN; fds[1].revents = 0;
    for (;;) {
        int n = poll(fds, lt_winch_pipe[0] >= 0 ? 2 : 1, timeout_ms);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return 0;
        if (fds[1].revents & POLLIN) return 2;
        return 1;
    }
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
