#define _GNU_SOURCE 1
#include "terminal_guard.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <spawn.h>
#include <sys/wait.h>
#include <errno.h>
#include <fcntl.h>

extern char **environ;

static struct termios saved_modes;
static volatile sig_atomic_t have_saved_modes = 0;
static volatile sig_atomic_t armed = 0;
static volatile sig_atomic_t stop_requested = 0;
static int saved_fd = 1;
static char restore_sequence[512];
static size_t restore_length = 0;

static const int fatal_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
#define COUNT(array) (sizeof(array) / sizeof((array)[0]))
static struct sigaction previous_crash_actions[COUNT(crash_signals)];

int rapport_guard_save_modes(int fd) {
    if (tcgetattr(fd, &saved_modes) != 0) { return -1; }
    saved_fd = fd;
    have_saved_modes = 1;
    armed = 1;
    return 0;
}

void rapport_guard_set_restore_sequence(const char *sequence) {
    size_t length = strlen(sequence);
    if (length >= sizeof(restore_sequence)) { length = sizeof(restore_sequence) - 1; }
    memcpy(restore_sequence, sequence, length);
    restore_sequence[length] = 0;
    restore_length = length;
}

void rapport_guard_restore_now(void) {
    if (!armed) { return; }
    armed = 0;
    if (restore_length > 0) {
        ssize_t ignored = write(saved_fd, restore_sequence, restore_length);
        (void)ignored;
    }
    if (have_saved_modes) { tcsetattr(saved_fd, TCSANOW, &saved_modes); }
}

void rapport_guard_disarm(void) { armed = 0; }

void rapport_guard_release(void) {
    if (!armed) { return; }
    armed = 0;
    if (have_saved_modes) { tcsetattr(saved_fd, TCSANOW, &saved_modes); }
}

/// Gives `signal_number` the handler `handler` (SIG_DFL or SIG_IGN), keeping the one it had in
/// `previous` when that is not NULL. Async-signal-safe: the handlers below call it.
static void set_plain_action(int signal_number, void (*handler)(int), struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    sigaction(signal_number, &action, previous);
}

static void on_fatal_signal(int signal_number) {
    rapport_guard_restore_now();
    set_plain_action(signal_number, SIG_DFL, NULL);
    raise(signal_number);
}

/// Swift's backtracer asks "Press space to interact" and waits 30 s when stdin is a terminal,
/// with the terminal in raw mode. Its settings come only from SWIFT_BACKTRACE, which the runtime
/// reads before main (a setenv in main was measured to change nothing), but it looks at stdin
/// when it runs: pointing stdin at /dev/null makes it print the report and exit at once.
static void stop_backtracer_waiting_for_a_key(void) {
    int null_input = open("/dev/null", O_RDONLY);
    if (null_input < 0) { return; }
    dup2(null_input, STDIN_FILENO);
    if (null_input != STDIN_FILENO) { close(null_input); }
}

static void on_crash_signal(int signal_number, siginfo_t *info, void *context) {
    (void)context;
    rapport_guard_restore_now();
    stop_backtracer_waiting_for_a_key();
    int previous_ignores = 0;
    for (size_t index = 0; index < COUNT(crash_signals); index++) {
        if (crash_signals[index] == signal_number) {
            sigaction(signal_number, &previous_crash_actions[index], NULL);
            previous_ignores = previous_crash_actions[index].sa_handler == SIG_IGN;
        }
    }
    // A hardware fault (si_code > 0) re-executes the faulting instruction on return and
    // reaches the previous handler (Swift's backtracer) with its real context; a signal
    // that was sent (abort, kill) must be raised again.
    if (info == NULL || info->si_code <= 0) {
        raise(signal_number);
        // Swift's backtracer returns from a sent signal (it expects a fault to recur), which
        // would leave the program running with the terminal already handed back: die of the
        // signal as the default action would.
        if (!previous_ignores) {
            set_plain_action(signal_number, SIG_DFL, NULL);
            raise(signal_number);
        }
    }
}

/// SIGTSTP from outside (`kill -TSTP`, a job-control shell): the dashboard suspends on its own
/// thread, through the same path as Ctrl-Z, which turns off every mode it turned on (ncurses'
/// own handler, replaced by this one, knows nothing of bracketed paste, and calls curses from
/// the signal handler). With no dashboard running, the process stops as by default.
static void on_stop_request(int signal_number) {
    if (armed) {
        stop_requested = 1;
        return;
    }
    struct sigaction previous;
    set_plain_action(signal_number, SIG_DFL, &previous);
    sigset_t pending_stop;
    sigemptyset(&pending_stop);
    sigaddset(&pending_stop, signal_number);
    sigprocmask(SIG_UNBLOCK, &pending_stop, NULL);
    raise(signal_number);
    sigaction(signal_number, &previous, NULL);
}

int rapport_guard_take_stop_request(void) {
    int requested = stop_requested;
    stop_requested = 0;
    return requested;
}

void rapport_guard_install(void) {
    // Installing twice (a second NcursesBackend after a shutdown) would record our own
    // crash handler as the "previous" one, and a crash would then loop forever.
    static int installed = 0;
    if (installed) { return; }
    installed = 1;
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    sigemptyset(&action.sa_mask);
    action.sa_handler = on_fatal_signal;
    for (size_t index = 0; index < COUNT(fatal_signals); index++) {
        sigaction(fatal_signals[index], &action, NULL);
    }
    // SA_RESTART, so the store's threads never see an interrupted read or write; the loop's
    // wait for a key (poll) is cut short all the same, and it looks at the request then.
    struct sigaction stop_action;
    memset(&stop_action, 0, sizeof(stop_action));
    sigemptyset(&stop_action.sa_mask);
    stop_action.sa_handler = on_stop_request;
    stop_action.sa_flags = SA_RESTART;
    sigaction(SIGTSTP, &stop_action, NULL);
    action.sa_sigaction = on_crash_signal;
    action.sa_flags = SA_SIGINFO | SA_NODEFER;
    for (size_t index = 0; index < COUNT(crash_signals); index++) {
        sigaction(crash_signals[index], &action, &previous_crash_actions[index]);
    }
}

void rapport_guard_suspend_self(void) {
    struct sigaction previous;
    set_plain_action(SIGTSTP, SIG_DFL, &previous);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &previous, NULL);
}

int rapport_run_program(char *const argv[]) {
    struct sigaction previous_interrupt, previous_quit, previous_stop;
    set_plain_action(SIGINT, SIG_IGN, &previous_interrupt);
    set_plain_action(SIGQUIT, SIG_IGN, &previous_quit);
    // Ctrl-Z in the editor stops the whole job; this process must stop with it (not merely
    // note a request), or the shell would wait for a job that never stops.
    set_plain_action(SIGTSTP, SIG_DFL, &previous_stop);

    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGQUIT);
    sigaddset(&defaults, SIGTSTP);
    sigaddset(&defaults, SIGTERM);
    sigaddset(&defaults, SIGHUP);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);

    pid_t child = 0;
    int status = -1;
    if (posix_spawn(&child, argv[0], NULL, &attributes, argv, environ) == 0) {
        while (waitpid(child, &status, 0) == -1 && errno == EINTR) {}
    }
    posix_spawnattr_destroy(&attributes);
    sigaction(SIGINT, &previous_interrupt, NULL);
    sigaction(SIGQUIT, &previous_quit, NULL);
    sigaction(SIGTSTP, &previous_stop, NULL);
    return status;
}
