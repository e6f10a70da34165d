/* cli.h: the wiretrace command line: a table of subcommands, each a
 * function that wires library stages together and prints. */
#ifndef WT_CLI_H
#define WT_CLI_H

#include "wiretrace.h"

/* Exit statuses, as documented in README.md. */
enum {
    EXIT_ALL_READ = 0,      /* every input read */
    EXIT_SOME_REJECTED = 1, /* some inputs or articles set aside; the rest written */
    EXIT_USAGE = 2,         /* bad command line */
    EXIT_FATAL = 3          /* the run failed (out of memory, output not writable) */
};

typedef struct cli_command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
    const char *usage; /* full help text */
} cli_command;

#define CLI_MIN(a, b) ((a) < (b) ? (a) : (b))
#define CLI_MAX(a, b) ((a) > (b) ? (a) : (b))

int cmd_analyze(int argc, char **argv);
int cmd_compare(int argc, char **argv);
int cmd_stats(int argc, char **argv);

extern const char CLI_ANALYZE_USAGE[];
extern const char CLI_STATS_USAGE[];
extern const char CLI_COMPARE_USAGE[];

/* Progress and diagnostics on standard error. */
typedef struct cli_reporter {
    int quiet, tty;
    double start, last;
    int line_shown;
} cli_reporter;

void cli_reporter_init(cli_reporter *r, int quiet);
void cli_on_diag(void *user, const wt_diag *d);
void cli_on_progress(void *user, const wt_progress *p);
void cli_progress_clear(cli_reporter *r);

/* Monotonic seconds. */
double cli_now(void);

#endif
