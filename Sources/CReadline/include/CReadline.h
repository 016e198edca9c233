#ifndef INTAKE_CREADLINE_H
#define INTAKE_CREADLINE_H

/// How a call to intake_rl_read ended.
typedef enum {
    INTAKE_READ_LINE = 0,      ///< a line was entered; the returned string holds it
    INTAKE_READ_EOF = 1,       ///< end of input, hang-up or a read error: the person is gone
    INTAKE_READ_IDLE = 2,      ///< nobody pressed a key for the idle time plus the warning time
    INTAKE_READ_INTERRUPT = 3, ///< Ctrl-C, when Ctrl-C is set to interrupt (not just clear the line)
} intake_read_status;

/// Sets readline up for intake. Call once, before the first read. Besides the two choices
/// below: flow control off, no init file, and every key bound to nothing but the editing a
/// visitor needs (no completion of files, users, hosts, variables or commands, no history).
/// - ignore_eof_key: Ctrl-D on an empty line does nothing (kiosk, SSH).
/// - interrupt_returns: Ctrl-C ends the read with INTAKE_READ_INTERRUPT; otherwise it only
///   clears the line being typed.
void intake_rl_setup(int ignore_eof_key, int interrupt_returns);

/// Turns XON/XOFF flow control off on the terminal `fd`, so that Ctrl-S cannot stop the screen.
void intake_tty_flow_control_off(int fd);

/// A pipe to write a byte to (at most once a second) whenever a key comes: the kiosk
/// supervisor ends a visitor whose keys stop for longer than the idle limit. -1: none.
void intake_rl_set_heartbeat(int fd);

/// The words Tab may complete to (the current question's choices); copied.
void intake_rl_set_choices(const char *const *choices, int count);

/// Idle timer, counted from the last key: after idle_ms the warning is shown, and after
/// warn_ms more without a key the read ends with INTAKE_READ_IDLE. 0 turns the timer off.
void intake_rl_set_idle(int idle_ms, int warn_ms, const char *warning);

/// Reads one line with readline. Returns a malloc'd string (free it) for INTAKE_READ_LINE,
/// NULL otherwise. Never adds to history.
char *intake_rl_read(const char *prompt, intake_read_status *status);

#endif
