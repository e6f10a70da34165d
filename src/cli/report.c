/* report.c: what the command line says on standard error while it works:
 * one line per diagnostic, and on a terminal a progress line redrawn in
 * place at most five times a second. */
#include "cli.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

double cli_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void cli_reporter_init(cli_reporter *r, int quiet)
{
    r->quiet = quiet;
    r->tty = isatty(STDERR_FILENO);
    r->start = r->last = cli_now();
    r->line_shown = 0;
}

void cli_progress_clear(cli_reporter *r)
{
    if (r->line_shown) fputs("\r\033[K", stderr);
    r->line_shown = 0;
}

void cli_on_diag(void *user, const wt_diag *d)
{
    cli_reporter *r = user;
    cli_progress_clear(r);
    const char *kind = d->severity == WT_SEV_WARNING ? "warning" : "rejected";
    if (d->line)
        fprintf(stderr, "wiretrace: %s:%llu: %s: %s\n", d->input, (unsigned long long)d->line, kind,
                d->message);
    else
        fprintf(stderr, "wiretrace: %s: %s: %s\n", d->input, kind, d->message);
}

void cli_on_progress(void *user, const wt_progress *p)
{
    cli_reporter *r = user;
    if (r->quiet || !r->tty) return;
    double t = cli_now();
    if (t - r->last < 0.2) return;
    r->last = t;
    double el = t - r->start;
    double mbs = el > 0 ? (double)p->bytes_done / 1e6 / el : 0;
    char eta[32] = "";
    if (p->bytes_total && p->bytes_done && p->bytes_done <= p->bytes_total)
        snprintf(eta, sizeof eta, ", ETA %.0fs",
                 el * (double)(p->bytes_total - p->bytes_done) / (double)p->bytes_done);
    fprintf(stderr, "\r\033[K%llu articles, %.1f MB/s, %.1fs%s", (unsigned long long)p->articles, mbs, el,
            eta);
    r->line_shown = 1;
}
