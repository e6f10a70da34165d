/* analyze.c: `wiretrace analyze` and `wiretrace stats`: parse options, run
 * the analyzer over the inputs, write the results, sum up. */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char CLI_ANALYZE_USAGE[] =
    "usage: wiretrace analyze [OPTIONS] INPUT...\n"
    "\n"
    "Reads articles and writes one JSON Lines record per finding (docs/FORMAT.md).\n"
    "INPUT is a file, a directory (walked recursively in sorted order) or '-' for\n"
    "JSON Lines on standard input. Formats: .txt, .html/.htm, .jsonl/.ndjson, each\n"
    "optionally .gz or .zst compressed; other files are recognised by content.\n"
    "\n"
    "Options:\n"
    "  --jsonl FILE          write JSON Lines to FILE (default: standard output)\n"
    "  --html FILE           also write the report, one HTML page that works offline\n"
    "  -j, --threads N       worker threads (default: one per core)\n"
    "  --max-article SIZE    set aside articles larger than SIZE bytes (K, M, G\n"
    "                        suffixes; default 64M)\n"
    "  --min-words N         shortest reused passage reported, in matching words\n"
    "                        (default 15)\n"
    "  --no-reuse            do not look for reused passages\n"
    "  --no-attrib           do not look for who said what\n"
    "  --no-stories          do not group articles into stories\n"
    "  -q, --quiet           no progress line and no summary\n"
    "  -v, --verbose         also time each stage and count the reuse engine's work\n"
    "  -h, --help            show this help\n"
    "\n"
    "Exit status: 0 every input read; 1 some inputs or articles were set aside\n"
    "(each is named on standard error, the rest is written); 2 usage error;\n"
    "3 the run failed (out of memory, output not writable).\n";

const char CLI_STATS_USAGE[] = "usage: wiretrace stats [OPTIONS] INPUT...\n"
                               "\n"
                               "Reads articles as analyze does and prints how many articles, bytes, words\n"
                               "(Unicode word boundaries) and sentences they hold, and how fast they were\n"
                               "read. Nothing is kept in memory, so any size of corpus can be counted.\n"
                               "\n"
                               "Options:\n"
                               "  -j, --threads N       worker threads (default: one per core)\n"
                               "  --max-article SIZE    as for analyze\n"
                               "  -q, --quiet           no progress line\n"
                               "  -h, --help            show this help\n"
                               "\n"
                               "Exit status as for analyze.\n";

enum {
    OPT_JSONL = 256,
    OPT_HTML,
    OPT_MAX_ARTICLE,
    OPT_MIN_WORDS,
    OPT_NO_REUSE,
    OPT_NO_ATTRIB,
    OPT_NO_STORIES
};

static int parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || s[0] == '-') return -1;
    unsigned long long mul = 1;
    if (*end == 'K' || *end == 'k')
        mul = 1ULL << 10, end++;
    else if (*end == 'M' || *end == 'm')
        mul = 1ULL << 20, end++;
    else if (*end == 'G' || *end == 'g')
        mul = 1ULL << 30, end++;
    if (*end || v == 0 || v > (1ULL << 32) / mul) return -1;
    *out = (size_t)(v * mul);
    return 0;
}

static int usage_error(const char *cmd, const char *msg, const char *arg)
{
    fprintf(stderr, "wiretrace %s: %s%s%s\nsee 'wiretrace help %s'\n", cmd, msg, arg ? ": " : "",
            arg ? arg : "", cmd);
    return EXIT_USAGE;
}

/* Writes one output: to standard output when path is NULL or "-", else
 * under a temporary name renamed at the end, so a failed run never leaves
 * a half-written file over a good one. Returns 0 or -1 (said on stderr). */
static int write_output(wt_analyzer *a, const char *path, wt_status (*write)(wt_analyzer *, FILE *))
{
    if (!path || strcmp(path, "-") == 0) {
        wt_status st = write(a, stdout);
        if (!st) return 0;
        fprintf(stderr, "wiretrace: standard output: %s\n", wt_strerror(st));
        return -1;
    }
    /* A device or a pipe (/dev/null, a FIFO) is written in place. */
    struct stat sb;
    int in_place = stat(path, &sb) == 0 && !S_ISREG(sb.st_mode);
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s", path);
    if (!in_place) snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid());
    FILE *out = fopen(tmp, "w");
    if (!out) {
        fprintf(stderr, "wiretrace: %s: cannot write: %s\n", path, strerror(errno));
        return -1;
    }
    wt_status st = write(a, out);
    if (fclose(out) != 0 && !st) st = WT_ERR_IO;
    if (!st && !in_place && rename(tmp, path) != 0) {
        fprintf(stderr, "wiretrace: %s: cannot write: %s\n", path, strerror(errno));
        remove(tmp);
        return -1;
    }
    if (st) {
        fprintf(stderr, "wiretrace: %s: %s\n", path, wt_strerror(st));
        if (!in_place) remove(tmp);
        return -1;
    }
    return 0;
}

static int run(int argc, char **argv, int stats_only)
{
    const char *cmd = stats_only ? "stats" : "analyze";
    static const struct option longopts[] = {
        {"jsonl", required_argument, NULL, OPT_JSONL},
        {"threads", required_argument, NULL, 'j'},
        {"max-article", required_argument, NULL, OPT_MAX_ARTICLE},
        {"min-words", required_argument, NULL, OPT_MIN_WORDS},
        {"no-reuse", no_argument, NULL, OPT_NO_REUSE},
        {"no-attrib", no_argument, NULL, OPT_NO_ATTRIB},
        {"no-stories", no_argument, NULL, OPT_NO_STORIES},
        {"html", required_argument, NULL, OPT_HTML},
        {"quiet", no_argument, NULL, 'q'},
        {"verbose", no_argument, NULL, 'v'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    wt_options opt;
    wt_options_init(&opt);
    const char *jsonl = NULL, *html = NULL;
    int quiet = 0, verbose = 0, c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "j:qvh", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_JSONL:
            if (stats_only) return usage_error(cmd, "unknown option", "--jsonl");
            jsonl = optarg;
            break;
        case OPT_HTML:
            if (stats_only) return usage_error(cmd, "unknown option", "--html");
            html = optarg;
            break;
        case 'j': {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*end || n < 1 || n > 256) return usage_error(cmd, "--threads takes 1 to 256", optarg);
            opt.threads = (int)n;
            break;
        }
        case OPT_MAX_ARTICLE:
            if (parse_size(optarg, &opt.max_article_bytes))
                return usage_error(cmd, "--max-article takes a size such as 200K or 64M", optarg);
            break;
        case OPT_MIN_WORDS: {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (stats_only || *end || n < 1 || n > 100000)
                return usage_error(cmd, stats_only ? "unknown option" : "--min-words takes 1 to 100000",
                                   optarg);
            opt.min_passage_words = (unsigned)n;
            break;
        }
        case OPT_NO_ATTRIB:
            if (stats_only) return usage_error(cmd, "unknown option", "--no-attrib");
            opt.find_attributions = 0;
            break;
        case OPT_NO_STORIES:
            if (stats_only) return usage_error(cmd, "unknown option", "--no-stories");
            opt.find_stories = 0;
            break;
        case OPT_NO_REUSE:
            if (stats_only) return usage_error(cmd, "unknown option", "--no-reuse");
            opt.find_reuse = 0;
            break;
        case 'q': quiet = 1; break;
        case 'v': verbose = 1; break;
        case 'h': fputs(stats_only ? CLI_STATS_USAGE : CLI_ANALYZE_USAGE, stdout); return EXIT_ALL_READ;
        case ':': return usage_error(cmd, "option needs a value", argv[optind - 1]);
        default: return usage_error(cmd, "unknown option", argv[optind - 1]);
        }
    }
    if (optind >= argc) return usage_error(cmd, "no INPUT given", NULL);

    cli_reporter rep;
    cli_reporter_init(&rep, quiet);
    opt.on_diag = cli_on_diag;
    opt.on_progress = cli_on_progress;
    opt.user = &rep;
    opt.keep_documents = !stats_only;

    wt_analyzer *a = wt_analyzer_new(&opt);
    if (!a) {
        fputs("wiretrace: out of memory\n", stderr);
        return EXIT_FATAL;
    }
    int status = EXIT_ALL_READ;
    for (int i = optind; i < argc; i++)
        wt_analyzer_add_input(a, argv[i]);
    wt_status st = wt_analyzer_run(a);
    cli_progress_clear(&rep);
    if (st) {
        fprintf(stderr, "wiretrace: %s\n", wt_analyzer_errmsg(a));
        wt_analyzer_free(a);
        return EXIT_FATAL;
    }
    const wt_summary *s = wt_analyzer_summary(a);
    double t_written = cli_now();
    if (!stats_only) {
        if (write_output(a, jsonl, wt_analyzer_write_jsonl)) status = EXIT_FATAL;
        if (html && !status && write_output(a, html, wt_analyzer_write_html)) status = EXIT_FATAL;
    }
    uint64_t rejected = s->inputs_rejected + s->articles_rejected;
    if (stats_only) {
        printf("articles\t%llu\nrejected\t%llu\nbytes\t%llu\ntext_bytes\t%llu\nwords\t%llu\n"
               "sentences\t%llu\nseconds\t%.3f\nMB/s\t%.1f\n",
               (unsigned long long)s->articles, (unsigned long long)rejected, (unsigned long long)s->bytes,
               (unsigned long long)s->text_bytes, (unsigned long long)s->words,
               (unsigned long long)s->sentences, s->seconds,
               s->seconds > 0 ? (double)s->bytes / 1e6 / s->seconds : 0.0);
    } else if (!quiet) {
        fprintf(
            stderr,
            "wiretrace: read %llu article%s from %llu input%s; set aside %llu article%s and %llu input%s; "
            "%llu warning%s; %llu reused passage%s, %llu duplicate group%s, %llu stor%s; %.2fs\n",
            (unsigned long long)s->articles, s->articles == 1 ? "" : "s", (unsigned long long)s->inputs,
            s->inputs == 1 ? "" : "s", (unsigned long long)s->articles_rejected,
            s->articles_rejected == 1 ? "" : "s", (unsigned long long)s->inputs_rejected,
            s->inputs_rejected == 1 ? "" : "s", (unsigned long long)s->warnings, s->warnings == 1 ? "" : "s",
            (unsigned long long)s->passages, s->passages == 1 ? "" : "s",
            (unsigned long long)s->duplicate_groups, s->duplicate_groups == 1 ? "" : "s",
            (unsigned long long)s->stories, s->stories == 1 ? "y" : "ies", s->seconds);
    }
    if (verbose && !stats_only) {
        double t_write = cli_now() - t_written;
        fprintf(stderr,
                "wiretrace: read %.2fs, corpus stages %.2fs (%llu fingerprints, %llu pairs aligned; stories "
                "%.2fs), write %.2fs\n",
                s->read_seconds, s->reuse_seconds, (unsigned long long)s->fingerprints,
                (unsigned long long)s->candidate_pairs, s->story_seconds, t_write);
    }
    wt_analyzer_free(a);
    if (status) return status;
    return rejected ? EXIT_SOME_REJECTED : EXIT_ALL_READ;
}

int cmd_analyze(int argc, char **argv)
{
    return run(argc, argv, 0);
}

int cmd_stats(int argc, char **argv)
{
    return run(argc, argv, 1);
}
