#ifndef RAPPORT_TERMINAL_GUARD_H
#define RAPPORT_TERMINAL_GUARD_H

/// Saves the terminal's current modes (termios) of `fd`, before curses changes them.
/// Returns 0 on success.
int rapport_guard_save_modes(int fd);

/// Remembers the escape sequences that undo what curses did on screen (leave the
/// alternate screen, show the cursor, reset attributes, leave keypad mode).
void rapport_guard_set_restore_sequence(const char *sequence);

/// Installs handlers for SIGINT, SIGTERM, SIGHUP and SIGQUIT (restore, then die of the
/// same signal), for crash signals (restore, point stdin away from the terminal, then hand
/// over to the previous handler, e.g. Swift's backtracer, so the report prints on a normal
/// screen and nothing waits for a key) and for SIGTSTP (while armed, a request for
/// rapport_guard_take_stop_request; otherwise stop). Installs once per process; later calls
/// do nothing (arming is done by rapport_guard_save_modes).
void rapport_guard_install(void);

/// Whether a SIGTSTP arrived since the last call (and forgets it): the caller suspends as for
/// Ctrl-Z.
int rapport_guard_take_stop_request(void);

/// Restores the saved modes and writes the restore sequence. Async-signal-safe.
void rapport_guard_restore_now(void);

/// Forgets everything: called after a normal endwin() so later signals do nothing extra.
void rapport_guard_disarm(void);

/// After a normal endwin(): puts back the exact modes saved at start (without writing the
/// restore sequence, which endwin has already sent) and disarms. Async-signal-safe.
void rapport_guard_release(void);

/// Stops the process as Ctrl-Z would (SIGTSTP with its default action); returns on `fg`.
void rapport_guard_suspend_self(void);

/// Runs `argv` (argv[0] is the program's path) in the foreground and waits for it, as
/// system() does: this process ignores SIGINT and SIGQUIT meanwhile (Ctrl-C belongs to the
/// child), and the child starts with their default actions. Returns the wait status, or -1.
int rapport_run_program(char *const argv[]);

#endif
