/* compare.c: `wiretrace compare A B`: the passages two articles share,
 * side by side in two columns; on a terminal, matching words in green and
 * edited ones in red. */
#include "cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>

const char CLI_COMPARE_USAGE[] =
    "usage: wiretrace compare [OPTIONS] A B\n"
    "\n"
    "Shows the passages articles A and B share, side by side. A and B are\n"
    "files in any input format (the first article of each), or FILE#ID for\n"
    "the article with that id in a JSON Lines file.\n"
    "\n"
    "Options:\n"
    "  --min-words N     shortest passage shown, in matching words (default 15)\n"
    "  --width N         total width of the two columns (default: the terminal's,\n"
    "                    else 100)\n"
    "  --color WHEN      auto (on a terminal), always or never\n"
    "  -h, --help        show this help\n"
    "\n"
    "Exit status: 0 shared passages shown; 1 none found, or an article could not\n"
    "be read; 2 usage error.\n";

enum { OPT_MIN_WORDS = 256, OPT_WIDTH, OPT_COLOR };

typedef struct loaded {
    wt_analyzer *an;
    const wt_doc *doc;
} loaded;

/* Reads the article a spec names: a path, or PATH#ID. */
static int load(const char *spec, loaded *out, cli_reporter *rep)
{
    char *path = strdup(spec), *id = NULL;
    if (!path) return -1;
    struct stat sb;
    char *hash = strrchr(path, '#');
    if (stat(path, &sb) != 0 && hash) {
        *hash = '\0';
        id = hash + 1;
    }
    wt_options opt;
    wt_options_init(&opt);
    opt.threads = 1;
    opt.find_reuse = 0;
    opt.on_diag = cli_on_diag;
    opt.user = rep;
    out->an = wt_analyzer_new(&opt);
    out->doc = NULL;
    if (out->an && wt_analyzer_add_input(out->an, path) == WT_OK && wt_analyzer_run(out->an) == WT_OK) {
        for (size_t i = 0; i < wt_analyzer_doc_count(out->an) && !out->doc; i++) {
            const wt_doc *d = wt_analyzer_doc(out->an, i);
            if (!id || strcmp(wt_doc_get(d, WT_FIELD_ID), id) == 0) out->doc = d;
        }
    }
    if (!out->doc)
        fprintf(stderr, "wiretrace compare: %s: %s\n", spec,
                id ? "no article with that id" : "no article read");
    free(path);
    return out->doc ? 0 : -1;
}

enum { PLAIN, MATCH, EDIT };

/* One styled run of bytes within a column line. */
typedef struct piece {
    uint32_t start, end;
    int style;
} piece;

typedef struct column {
    const char *text;
    piece *p;
    size_t n, cap;
    size_t *line_start; /* index of each line's first piece; a piece of (0, 0) is a break */
    size_t lines, lines_cap;
} column;

static int add_piece(column *c, uint32_t s, uint32_t e, int style)
{
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 64;
        piece *p = realloc(c->p, cap * sizeof *p);
        if (!p) return -1;
        c->p = p;
        c->cap = cap;
    }
    c->p[c->n++] = (piece){s, e, style};
    return 0;
}

static int new_line(column *c)
{
    if (c->lines == c->lines_cap) {
        size_t cap = c->lines_cap ? c->lines_cap * 2 : 32;
        size_t *l = realloc(c->line_start, cap * sizeof *l);
        if (!l) return -1;
        c->line_start = l;
        c->lines_cap = cap;
    }
    c->line_start[c->lines++] = c->n;
    return 0;
}

/* Display width of UTF-8 bytes. */
static size_t width_of(const char *s, size_t n)
{
    size_t w = 0;
    utf8proc_ssize_t k;
    utf8proc_int32_t cp;
    for (size_t i = 0; i<n; i += k> 0 ? (size_t)k : 1) {
        k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k > 0) w += (size_t)CLI_MAX(utf8proc_charwidth(cp), 0);
    }
    return w;
}

/* Lays out text[start, end) in lines of at most width columns, words styled
 * by whether they match the other side. */
static int layout(column *c, const char *text, uint32_t start, uint32_t end, const wt_word *w, size_t nw,
                  size_t width)
{
    c->text = text;
    if (new_line(c)) return -1;
    size_t used = 0, k = 0;
    uint32_t i = start;
    while (i < end) {
        if (text[i] == '\n') {
            if (new_line(c)) return -1;
            used = 0;
            i++;
            continue;
        }
        if (text[i] == ' ' || text[i] == '\t' || text[i] == '\r') {
            i++;
            continue;
        }
        uint32_t j = i;
        while (j < end && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' && text[j] != '\r')
            j++;
        size_t ww = width_of(text + i, j - i);
        if (used && used + 1 + ww > width) {
            if (new_line(c)) return -1;
            used = 0;
        }
        if (used && add_piece(c, 0, 0, PLAIN)) return -1; /* a space */
        used += (used ? 1 : 0) + ww;
        /* Split the blank-delimited chunk at word boundaries for styling. */
        for (uint32_t p = i; p < j;) {
            while (k < nw && w[k].end <= p)
                k++;
            if (k < nw && w[k].start <= p) {
                uint32_t e = CLI_MIN(w[k].end, j);
                if (add_piece(c, p, e, w[k].matched ? MATCH : EDIT)) return -1;
                p = e;
            } else {
                uint32_t e = k < nw ? CLI_MIN(w[k].start, j) : j;
                if (add_piece(c, p, e, PLAIN)) return -1;
                p = e;
            }
        }
        i = j;
    }
    return 0;
}

/* Prints line l of c, padded to width when pad is set. */
static void print_line(const column *c, size_t l, size_t width, int pad, int color)
{
    size_t used = 0;
    if (l < c->lines) {
        size_t end = l + 1 < c->lines ? c->line_start[l + 1] : c->n;
        for (size_t k = c->line_start[l]; k < end; k++) {
            const piece *p = &c->p[k];
            if (p->end == 0) {
                fputc(' ', stdout);
                used++;
                continue;
            }
            if (color && p->style != PLAIN) fputs(p->style == MATCH ? "\033[32m" : "\033[1;31m", stdout);
            fwrite(c->text + p->start, 1, p->end - p->start, stdout);
            if (color && p->style != PLAIN) fputs("\033[0m", stdout);
            used += width_of(c->text + p->start, p->end - p->start);
        }
    }
    if (pad)
        for (; used < width; used++)
            fputc(' ', stdout);
}

static void describe(const char *label, const wt_doc *d)
{
    const char *outlet = wt_doc_get(d, WT_FIELD_OUTLET), *date = wt_doc_get(d, WT_FIELD_DATE);
    printf("%s: %s (%s, %s)\n", label, wt_doc_get(d, WT_FIELD_ID), outlet ? outlet : "outlet unknown",
           date ? date : "date unknown");
}

int cmd_compare(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"min-words", required_argument, NULL, OPT_MIN_WORDS},
        {"width", required_argument, NULL, OPT_WIDTH},
        {"color", required_argument, NULL, OPT_COLOR},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    long min_words = 15, width = 0;
    int color = isatty(STDOUT_FILENO), c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        char *end;
        switch (c) {
        case OPT_MIN_WORDS:
            min_words = strtol(optarg, &end, 10);
            if (*end || min_words < 1 || min_words > 100000) {
                fprintf(stderr, "wiretrace compare: --min-words takes 1 to 100000: %s\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_WIDTH:
            width = strtol(optarg, &end, 10);
            if (*end || width < 20 || width > 1000) {
                fprintf(stderr, "wiretrace compare: --width takes 20 to 1000: %s\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_COLOR:
            if (!strcmp(optarg, "always"))
                color = 1;
            else if (!strcmp(optarg, "never"))
                color = 0;
            else if (strcmp(optarg, "auto") != 0) {
                fprintf(stderr, "wiretrace compare: --color takes auto, always or never: %s\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case 'h': fputs(CLI_COMPARE_USAGE, stdout); return EXIT_ALL_READ;
        default:
            fprintf(stderr,
                    "wiretrace compare: unknown option or missing value: %s\nsee 'wiretrace help compare'\n",
                    argv[optind - 1]);
            return EXIT_USAGE;
        }
    }
    if (argc - optind != 2) {
        fputs("wiretrace compare: give two articles, A and B\nsee 'wiretrace help compare'\n", stderr);
        return EXIT_USAGE;
    }
    if (!width) {
        struct winsize ws;
        width = isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20
                    ? ws.ws_col
                    : 100;
    }
    cli_reporter rep;
    cli_reporter_init(&rep, 1);
    loaded la = {0}, lb = {0};
    int status = EXIT_ALL_READ;
    wt_comparison *cmp = NULL;
    if (load(argv[optind], &la, &rep) || load(argv[optind + 1], &lb, &rep)) {
        status = EXIT_SOME_REJECTED;
        goto done;
    }
    if (wt_compare_docs(la.doc, lb.doc, (unsigned)min_words, &cmp) != WT_OK) {
        fputs("wiretrace compare: out of memory\n", stderr);
        status = EXIT_FATAL;
        goto done;
    }
    describe("a", la.doc);
    describe("b", lb.doc);
    size_t n = wt_comparison_count(cmp);
    int64_t ta, tb;
    int da = wt_doc_time(la.doc, &ta), db = wt_doc_time(lb.doc, &tb);
    printf("%zu shared passage%s; %s\n", n, n == 1 ? "" : "s",
           !da || !db || ta == tb ? "which came first is unknown (dates missing or equal)"
           : ta < tb              ? "a is the source (earlier)"
                                  : "b is the source (earlier)");
    size_t col = ((size_t)width - 3) / 2;
    for (size_t i = 0; i < n; i++) {
        wt_passage p = wt_comparison_passage(cmp, i);
        printf("\npassage %zu: %u words, identity %.3f; a bytes %u-%u | b bytes %u-%u\n", i + 1, p.words,
               p.identity, p.a_start, p.a_end, p.b_start, p.b_end);
        column ca = {0}, cb = {0};
        const wt_word *wa, *wb;
        size_t na = wt_comparison_words(cmp, i, 0, &wa), nb = wt_comparison_words(cmp, i, 1, &wb);
        size_t la_len, lb_len;
        const char *ta_text = wt_doc_text(la.doc, &la_len), *tb_text = wt_doc_text(lb.doc, &lb_len);
        if (layout(&ca, ta_text, p.a_start, p.a_end, wa, na, col) ||
            layout(&cb, tb_text, p.b_start, p.b_end, wb, nb, col)) {
            fputs("wiretrace compare: out of memory\n", stderr);
            status = EXIT_FATAL;
        }
        for (size_t l = 0; !status && l < CLI_MAX(ca.lines, cb.lines); l++) {
            print_line(&ca, l, col, 1, color);
            fputs(" | ", stdout);
            print_line(&cb, l, col, 0, color);
            fputc('\n', stdout);
        }
        free(ca.p);
        free(ca.line_start);
        free(cb.p);
        free(cb.line_start);
    }
    if (!status && n == 0) status = EXIT_SOME_REJECTED;
done:
    wt_comparison_free(cmp);
    wt_analyzer_free(la.an);
    wt_analyzer_free(lb.an);
    return status;
}
