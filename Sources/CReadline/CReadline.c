// Readline glue for intake: the settings that keep a public terminal safe, each with its reason.
#include "CReadline.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include <readline/readline.h>

static char **choice_list = NULL;
static int choice_count = 0;

static int idle_ms = 0;
static int warn_ms = 0;
static char *idle_warning = NULL;

static int ignore_eof_key = 0;
static int interrupt_returns = 0;

static int heartbeat_fd = -1;

static volatile sig_atomic_t got_sigint = 0;
static int idle_expired = 0;
static int interrupted = 0;

// Readline resets this per attempt, so it needs a buffer of its own that stays alive.
static char no_word_breaks[1] = "";

static void on_sigint(int sig) {
    (void)sig;
    got_sigint = 1;
}

// MARK: - Completion: only the current choices, never file names

/// Whether some word of `choice` starts with `text` (case-insensitive, ASCII).
static int word_starts_with(const char *choice, const char *text, size_t length) {
    for (const char *p = choice; *p != '\0'; p++) {
        if ((p == choice || p[-1] == ' ' || p[-1] == '(') && strncasecmp(p, text, length) == 0) {
            return 1;
        }
    }
    return 0;
}

/// Completes to the choices that start with what was typed; if none does, to the one choice
/// with a word that starts with it ("Cal" -> "Yes, a California court"), so that readline never
/// replaces the typed text with a shorter common part of unrelated choices.
static char *choice_generator(const char *text, int state) {
    static int index;
    static size_t length;
    static int by_word;
    if (state == 0) {
        index = 0;
        length = strlen(text);
        by_word = 0;
        int prefix_matches = 0;
        int word_matches = 0;
        for (int i = 0; i < choice_count; i++) {
            if (strncasecmp(choice_list[i], text, length) == 0) {
                prefix_matches++;
            } else if (length > 0 && word_starts_with(choice_list[i], text, length)) {
                word_matches++;
            }
        }
        if (prefix_matches == 0) {
            if (word_matches != 1) {
                index = choice_count;
            }
            by_word = 1;
        }
    }
    while (index < choice_count) {
        const char *choice = choice_list[index++];
        int matches = by_word ? word_starts_with(choice, text, length) : strncasecmp(choice, text, length) == 0;
        if (matches) {
            return strdup(choice);
        }
    }
    return NULL;
}

static char **complete_choices(const char *text, int start, int end) {
    (void)start;
    (void)end;
    // NB: readline resets both before every attempt; without the first, "no match" falls back
    // to completing file names, and without the second a unique match gets a trailing space.
    rl_attempted_completion_over = 1;
    rl_completion_suppress_append = 1;
    return rl_completion_matches(text, choice_generator);
}

static char *complete_nothing(const char *text, int state) {
    (void)text;
    (void)state;
    return NULL;
}

// MARK: - Key input: idle timer, Ctrl-C, Ctrl-D

static void show_idle_warning(void) {
    if (idle_warning == NULL) {
        return;
    }
    // Print the warning on its own lines, then redraw the prompt and whatever was typed.
    fputs("\n", rl_outstream);
    fputs(idle_warning, rl_outstream);
    fputs("\n", rl_outstream);
    fflush(rl_outstream);
    rl_on_new_line();
    rl_redisplay();
}

/// Handles a Ctrl-C seen while waiting for a key. Returns 1 if the read should end.
static int take_interrupt(void) {
    got_sigint = 0;
    rl_replace_line("", 0);
    if (interrupt_returns) {
        interrupted = 1;
        return 1;
    }
    rl_crlf();
    rl_on_new_line();
    rl_redisplay();
    return 0;
}

/// Tells the supervisor that a key came, at most once a second (a paste is thousands of keys).
/// The pipe is non-blocking: a full pipe only means the supervisor has a heartbeat to read.
static void heartbeat(void) {
    static time_t last = 0;
    if (heartbeat_fd < 0) {
        return;
    }
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (now.tv_sec == last) {
        return;
    }
    last = now.tv_sec;
    char beat = 1;
    ssize_t ignored = write(heartbeat_fd, &beat, 1);
    (void)ignored;
}

static int read_key(FILE *stream) {
    int fd = fileno(stream);
    int warned = 0;
    for (;;) {
        int timeout = -1;
        if (idle_ms > 0) {
            timeout = warned ? warn_ms : idle_ms;
        }
        struct pollfd pfd = {.fd = fd, .events = POLLIN, .revents = 0};
        int ready = poll(&pfd, 1, timeout);
        if (ready < 0) {
            if (errno != EINTR) {
                return EOF;
            }
            // A signal arrived while we waited: let readline act on it (SIGWINCH, SIGTERM...).
            rl_check_signals();
            if (got_sigint && take_interrupt()) {
                return '\n';
            }
            continue;
        }
        if (ready == 0) {
            if (!warned && warn_ms > 0) {
                warned = 1;
                show_idle_warning();
                continue;
            }
            idle_expired = 1;
            return EOF;
        }
        unsigned char key;
        ssize_t count = read(fd, &key, 1);
        if (count == 1) {
            heartbeat();
            if (key == 4 && ignore_eof_key && rl_end == 0) {
                warned = 0;
                continue;
            }
            return key;
        }
        if (count < 0 && errno == EINTR) {
            rl_check_signals();
            if (got_sigint && take_interrupt()) {
                return '\n';
            }
            continue;
        }
        return EOF;
    }
}

// MARK: - Keys: only what a visitor needs

static int do_nothing(int count, int key) {
    (void)count;
    (void)key;
    return 0;
}

/// The editing a visitor needs: typing, moving, deleting, Enter, Tab over the choices, undo,
/// clear screen, abort, paste. Everything else readline binds by default (completing file, user,
/// host, variable and command names, tilde expansion, history and its search, keyboard macros,
/// re-reading the init file, vi mode, the version) does nothing.
static rl_command_func_t *const allowed_commands[] = {
    rl_insert, rl_newline, rl_complete, rl_possible_completions,
    rl_forward_char, rl_backward_char, rl_beg_of_line, rl_end_of_line, rl_forward_word, rl_backward_word,
    rl_rubout, rl_delete, rl_kill_line, rl_unix_line_discard, rl_unix_word_rubout, rl_kill_word,
    rl_backward_kill_word, rl_backward_kill_line, rl_yank, rl_yank_pop,
    rl_undo_command, rl_revert_line, rl_clear_screen, rl_abort, rl_bracketed_paste_begin,
};

static int is_allowed(rl_command_func_t *command) {
    for (size_t i = 0; i < sizeof allowed_commands / sizeof allowed_commands[0]; i++) {
        if (allowed_commands[i] == command) {
            return 1;
        }
    }
    return 0;
}

/// Rebinds every key of `map`, and of the prefix maps under it (ESC, C-x, the arrow keys'
/// sequences), that is not an allowed command to a command that does nothing. Prefix maps stay,
/// so that a key's whole escape sequence is still read as one key. Depth is bounded: readline's
/// own maps are at most four deep (ESC [ 1 ~).
static void keep_only_allowed(Keymap map, int depth) {
    for (int key = 0; key < KEYMAP_SIZE; key++) {
        KEYMAP_ENTRY *entry = &map[key];
        if (entry->type == ISKMAP) {
            if (depth < 8 && entry->function != NULL) {
                keep_only_allowed((Keymap)entry->function, depth + 1);
            } else {
                entry->type = ISFUNC;
                entry->function = do_nothing;
            }
        } else if (entry->type == ISMACR || (entry->function != NULL && !is_allowed(entry->function))) {
            entry->type = ISFUNC;
            entry->function = do_nothing;
        }
    }
}

// MARK: - Public

void intake_tty_flow_control_off(int fd) {
    struct termios settings;
    if (tcgetattr(fd, &settings) != 0) {
        return;
    }
    settings.c_iflag &= ~(tcflag_t)(IXON | IXOFF | IXANY);
    tcsetattr(fd, TCSANOW, &settings);
}

void intake_rl_set_heartbeat(int fd) {
    heartbeat_fd = fd;
}

void intake_rl_setup(int ignore_eof, int interrupt_ends_read) {
    ignore_eof_key = ignore_eof;
    interrupt_returns = interrupt_ends_read;

    // A hostile init file can rebind keys or print any readable file through $include.
    setenv("INPUTRC", "/dev/null", 1);
    rl_readline_name = "intake";
    rl_attempted_completion_function = complete_choices;
    rl_completion_entry_function = complete_nothing;
    rl_completer_word_break_characters = no_word_breaks;
    rl_getc_function = read_key;
    rl_catch_signals = 1;
    rl_catch_sigwinch = 1;

    // Ctrl-S must not stop the screen (a frozen screen keeps a visitor's answers on it), so
    // XON/XOFF is off; readline saves and restores the terminal's settings around each line,
    // and keeps this. The terminal's own erase and kill keys are left to the keymap below.
    intake_tty_flow_control_off(fileno(stdin));
    rl_variable_bind("bind-tty-special-chars", "off");
    rl_variable_bind("bell-style", "none");
    // Readline binds its keys (and the terminal's arrow keys) when it first starts; start it
    // now, so that what it binds can be taken back before the first prompt.
    rl_initialize();
    keep_only_allowed(rl_get_keymap_by_name("emacs"), 0);

    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_sigint;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
}

void intake_rl_set_choices(const char *const *choices, int count) {
    for (int i = 0; i < choice_count; i++) {
        free(choice_list[i]);
    }
    free(choice_list);
    choice_list = NULL;
    choice_count = 0;
    if (count <= 0) {
        return;
    }
    choice_list = calloc((size_t)count, sizeof(char *));
    if (choice_list == NULL) {
        return;
    }
    for (int i = 0; i < count; i++) {
        choice_list[i] = strdup(choices[i]);
    }
    choice_count = count;
}

void intake_rl_set_idle(int idle, int warn, const char *warning) {
    idle_ms = idle;
    warn_ms = warn;
    free(idle_warning);
    idle_warning = warning ? strdup(warning) : NULL;
}

char *intake_rl_read(const char *prompt, intake_read_status *status) {
    idle_expired = 0;
    interrupted = 0;
    got_sigint = 0;
    char *line = readline(prompt);
    if (interrupted) {
        free(line);
        *status = INTAKE_READ_INTERRUPT;
        return NULL;
    }
    if (line == NULL) {
        *status = idle_expired ? INTAKE_READ_IDLE : INTAKE_READ_EOF;
        return NULL;
    }
    *status = INTAKE_READ_LINE;
    return line;
}
