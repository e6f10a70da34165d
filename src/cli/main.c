/* main.c: the wiretrace command: finds the subcommand in the table and
 * runs it, as git does. */
#include "cli.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

static int cmd_help(int argc, char **argv);
static int cmd_version(int argc, char **argv);

static const char HELP_USAGE[] = "usage: wiretrace help [COMMAND]\n\nShows the help of a command.\n";
static const char VERSION_USAGE[] = "usage: wiretrace version\n";

static const cli_command COMMANDS[] = {
    {"analyze", cmd_analyze, "read articles and write what wiretrace finds", CLI_ANALYZE_USAGE},
    {"compare", cmd_compare, "show the passages two articles share, side by side", CLI_COMPARE_USAGE},
    {"stats", cmd_stats, "count articles, words and sentences; nothing is kept", CLI_STATS_USAGE},
    {"help", cmd_help, "show the help of a command", HELP_USAGE},
    {"version", cmd_version, "print the version", VERSION_USAGE},
};
#define N_COMMANDS (sizeof COMMANDS / sizeof COMMANDS[0])

static const cli_command *find(const char *name)
{
    for (size_t i = 0; i < N_COMMANDS; i++)
        if (strcmp(COMMANDS[i].name, name) == 0) return &COMMANDS[i];
    return NULL;
}

static void overview(FILE *f)
{
    fputs("usage: wiretrace [--version] [--help] COMMAND [ARGS]\n\n"
          "wiretrace reads a pile of news articles and shows how the story travelled.\n\n"
          "Commands:\n",
          f);
    for (size_t i = 0; i < N_COMMANDS; i++)
        fprintf(f, "  %-9s %s\n", COMMANDS[i].name, COMMANDS[i].summary);
    fputs("\nSee 'wiretrace help COMMAND' for the options of a command.\n", f);
}

static int cmd_help(int argc, char **argv)
{
    if (argc < 2) {
        overview(stdout);
        return EXIT_ALL_READ;
    }
    const cli_command *c = find(argv[1]);
    if (!c) {
        fprintf(stderr, "wiretrace: no command '%s'; see 'wiretrace help'\n", argv[1]);
        return EXIT_USAGE;
    }
    fputs(c->usage, stdout);
    return EXIT_ALL_READ;
}

static int cmd_version(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    printf("wiretrace %s\n", wt_version());
    return EXIT_ALL_READ;
}

int main(int argc, char **argv)
{
    /* Character classes follow the environment; dates and numbers do not. */
    setlocale(LC_CTYPE, "");
    if (argc < 2) {
        overview(stderr);
        return EXIT_USAGE;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) return cmd_help(1, argv);
    if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) return cmd_version(1, argv);
    const cli_command *c = find(argv[1]);
    if (!c) {
        fprintf(stderr, "wiretrace: '%s' is not a command; see 'wiretrace help'\n", argv[1]);
        return EXIT_USAGE;
    }
    return c->run(argc - 1, argv + 1);
}
