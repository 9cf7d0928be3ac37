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
#include <pthread.h>
#include <semaphore.h>
#include <termios.h>
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

/// `wget_wch`, with whether the terminal could not be read at all (EIO: a process that
/// outlived its terminal, or one reading from a background process group).
static inline int lt_get_wch(WINDOW *win, wint_t *value, int *lost) {
    errno = 0;
    int result = wget_wch(win, value);
    *lost = result == ERR && (errno == EIO || errno == ENXIO || errno == EBADF);
    return result;
}

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
// SIGTSTP from outside (`kill -TSTP`, a job-control stop) asks the backend to give the
// terminal back and stop; SIGCONT (after any stop, SIGSTOP included) asks it to redraw whole.
static volatile sig_atomic_t lt_tstp_pending = 0;
static volatile sig_atomic_t lt_cont_pending = 0;

// MARK: stop while the loop is busy
//
// The run loop acts on a stop between events. Should one event's work outlast
// `lt_stop_grace_ms`, a thread woken by the handler gives the terminal back and ends the
// process itself: the draft on disk is the one last autosaved (SQLite's journal keeps a
// save cut short from counting), and the terminal is left as the shell had it.
static sem_t lt_stop_semaphore = {{0}};
static int lt_stop_thread_started = 0;
static volatile sig_atomic_t lt_stop_taken = 0;
static const int lt_stop_grace_ms = 600;
static struct termios lt_shell_termios = {0};
static int lt_shell_termios_saved = 0;
static int lt_terminal_out_fd = 1;
static int lt_terminal_in_fd = 0;
static char lt_leave_sequence[256] = {0};

static void lt_signal_handler(int sig) {
    int saved = errno;
    if (sig == SIGWINCH) lt_winch_pending = 1;
    else if (sig == SIGTSTP) lt_tstp_pending = 1;
    else if (sig == SIGCONT) lt_cont_pending = 1;
    else {
        lt_stop_pending = 1;
        if (lt_stop_thread_started) sem_post(&lt_stop_semaphore);
    }
    if (lt_winch_pipe[1] >= 0) { ssize_t ignored = write(lt_winch_pipe[1], "w", 1); (void)ignored; }
    errno = saved;
}

static void *lt_stop_thread(void *unused) {
    (void)unused;
    while (sem_wait(&lt_stop_semaphore) != 0) {}
    for (int waited = 0; waited < lt_stop_grace_ms; waited += 10) {
        if (lt_stop_taken) return NULL;
        usleep(10000);
    }
    if (lt_stop_taken) return NULL;
    size_t n = strlen(lt_leave_sequence);
    if (n > 0) { ssize_t ignored = write(lt_terminal_out_fd, lt_leave_sequence, n); (void)ignored; }
    if (lt_shell_termios_saved) tcsetattr(lt_terminal_in_fd, TCSAFLUSH, &lt_shell_termios);
    _exit(0);
    return NULL;
}

static inline void lt_append_cap(const char *name) {
    char *s = tigetstr(name);
    if (s == NULL || s == (char *)-1) return;
    size_t have = strlen(lt_leave_sequence), add = strlen(s);
    if (have + add + 1 < sizeof lt_leave_sequence) memcpy(lt_leave_sequence + have, s, add + 1);
}

/// Remembers the terminal as the shell left it (before ncurses changes it).
static inline void lt_save_shell_terminal(int in_fd, int out_fd) {
    lt_terminal_in_fd = in_fd;
    lt_terminal_out_fd = out_fd;
    lt_shell_termios_saved = tcgetattr(in_fd, &lt_shell_termios) == 0;
}

/// Starts the thread that ends a process whose loop does not take a stop in time, with
/// what gives the terminal back (plain attributes, cursor shown, main screen, paste off);
/// call after ncurses has loaded the terminal's capabilities.
static inline int lt_start_stop_thread(void) {
    lt_leave_sequence[0] = 0;
    lt_append_cap("sgr0");
    lt_append_cap("cnorm");
    lt_append_cap("rmcup");
    const char *paste_off = "\033[?2004l\r\n";
    size_t have = strlen(lt_leave_sequence);
    if (have + strlen(paste_off) + 1 < sizeof lt_leave_sequence) strcpy(lt_leave_sequence + have, paste_off);
    if (lt_stop_thread_started) return 0;
    if (sem_init(&lt_stop_semaphore, 0, 0) != 0) return -1;
    pthread_t thread;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    int failed = pthread_create(&thread, &attr, lt_stop_thread, NULL);
    pthread_attr_destroy(&attr);
    if (failed) return -1;
    lt_stop_thread_started = 1;
    return 0;
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
    // Replaces ncurses' own SIGTSTP handler, which repaints only its own (blank) screen.
    if (lt_handle_signal(SIGTSTP) != 0 || lt_handle_signal(SIGCONT) != 0) return -1;
    return 0;
}

static inline void lt_remove_stop_handlers(void) {
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    signal(SIGINT, SIG_DFL);
    signal(SIGTSTP, SIG_DFL);
    signal(SIGCONT, SIG_DFL);
}

/// Stops the process as SIGTSTP would (call with the terminal given back); returns once it
/// is continued, with the handlers in place again.
static inline void lt_stop_self(void) {
    signal(SIGTSTP, SIG_DFL);
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &set, &old);
    // To this thread (raise is tgkill): taken before the handler is put back. Sent to the
    // process, another thread could take it after that and merely run the handler.
    raise(SIGTSTP);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    lt_handle_signal(SIGTSTP);
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

/// Returns 1 once after a stop was asked for; from then on the loop owns the stop (the stop
/// thread leaves it alone).
static inline int lt_take_stop(void) {
    int taken = lt_take_signal(&lt_stop_pending);
    if (taken) lt_stop_taken = 1;
    return taken;
}

/// Returns 1 when a SIGTSTP came from outside since the last call.
static inline int lt_take_tstp(void) { return lt_take_signal(&lt_tstp_pending); }

/// Returns 1 when the process was continued after a stop since the last call.
static inline int lt_take_cont(void) { return lt_take_signal(&lt_cont_pending); }

/// Returns 1 when a resize was signalled since the last call.
static inline int lt_take_winch(void) { return lt_take_signal(&lt_winch_pending); }

// Background work that finished (an answer from the core, a check) wakes the input wait
// through the same pipe, so its result is shown at once rather than at the next poll.
static volatile int lt_wake_pending = 0;

/// Callable from any thread: the input wait returns as if it had timed out.
static inline void lt_wake(void) {
    __atomic_store_n(&lt_wake_pending, 1, __ATOMIC_SEQ_CST);
    if (lt_winch_pipe[1] >= 0) { ssize_t ignored = write(lt_winch_pipe[1], "w", 1); (void)ignored; }
}

/// Returns 1 once after `lt_wake`.
static inline int lt_take_wake(void) {
    if (!__atomic_exchange_n(&lt_wake_pending, 0, __ATOMIC_SEQ_CST)) return 0;
    char buf[64];
    while (lt_winch_pipe[0] >= 0 && read(lt_winch_pipe[0], buf, sizeof buf) > 0) {}
    return 1;
}

/// Waits until `fd` is readable or a resize is signalled; -1 waits forever.
/// Returns 0 on timeout, 1 when input is ready, 2 on resize, 3 when the terminal is gone
/// (hung up, closed under the process).
static inline int lt_wait_input(int fd, int timeout_ms) {
    struct pollfd fds[2];
    fds[0].fd = fd; fds[0].events = POLLIN; fds[0].revents = 0;
    fds[1].fd = lt_winch_pipe[0]; fds[1].events = POLLIN; fds[1].revents = 0;
    for (;;) {
        int n = poll(fds, lt_winch_pipe[0] >= 0 ? 2 : 1, timeout_ms);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return 0;
        if (fds[1].revents & POLLIN) return 2;
        if (fds[0].revents & (POLLHUP | POLLERR | POLLNVAL)) return 3;
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
