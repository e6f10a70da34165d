/* test_ingest.c: inputs to records: walks, formats, compression, and every
 * kind of bad input, on files the test writes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include "ingest/ingest.h"

static char dir[64];

static int setup(void **state)
{
    (void)state;
    strcpy(dir, "/tmp/wt-ingest-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static char *path_of(const char *name)
{
    static char p[4][256]; /* test-only scratch, a few paths alive at once */
    static int k;
    k = (k + 1) % 4;
    snprintf(p[k], sizeof p[k], "%s/%s", dir, name);
    return p[k];
}

static void write_file(const char *name, const void *data, size_t n)
{
    char *p = path_of(name);
    char *slash = strrchr(p, '/');
    *slash = '\0';
    mkdir(p, 0755);
    *slash = '/';
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, n, f), n);
    fclose(f);
}

static void write_gzip(const char *name, const char *data, size_t *out_size)
{
    gzFile g = gzopen(path_of(name), "wb");
    assert_non_null(g);
    assert_int_equal(gzwrite(g, data, (unsigned)strlen(data)), (int)strlen(data));
    gzclose(g);
    struct stat sb;
    stat(path_of(name), &sb);
    if (out_size) *out_size = (size_t)sb.st_size;
}

/* All records of one file, as "KIND:line:data" joined by newlines. */
static char *read_all(const char *path, size_t max)
{
    ingest_file f = {.path = (char *)path, .relid = (char *)"rel", .named = 1};
    ingest_reader *r = ingest_reader_new(&f, max);
    assert_non_null(r);
    size_t cap = 1 << 16, len = 0;
    char *out = calloc(1, cap);
    ingest_record rec;
    while (ingest_reader_next(r, &rec)) {
        static const char *kinds[] = {"TEXT", "HTML", "JSONL", "ERROR"};
        char head[64];
        snprintf(head, sizeof head, "%s:%llu:", kinds[rec.kind], (unsigned long long)rec.line);
        size_t need = len + strlen(head) + WT_MIN(rec.len, (size_t)200) + 2;
        if (need > cap) out = realloc(out, cap = need * 2);
        len += (size_t)sprintf(out + len, "%s%.*s\n", head, (int)WT_MIN(rec.len, (size_t)200), rec.data);
        ingest_record_clear(&rec);
    }
    ingest_reader_free(r);
    return out;
}

static void formats_by_name_and_content(void **state)
{
    (void)state;
    assert_int_equal(ingest_format_from_name("a/b.TXT"), INGEST_TEXT);
    assert_int_equal(ingest_format_from_name("x.html.gz"), INGEST_HTML);
    assert_int_equal(ingest_format_from_name("x.jsonl.zst"), INGEST_JSONL);
    assert_int_equal(ingest_format_from_name("x.ndjson"), INGEST_JSONL);
    assert_int_equal(ingest_format_from_name("x.pdf"), -1);
    assert_int_equal(ingest_format_sniff("  {\"id\": 1}", 11), INGEST_JSONL);
    assert_int_equal(ingest_format_sniff("<!DOCTYPE html><p>x", 19), INGEST_HTML);
    assert_int_equal(ingest_format_sniff("Plain words.", 12), INGEST_TEXT);
    assert_int_equal(ingest_format_sniff("PK\x03\x04\x00\x01", 6), -1);
}

static void jsonl_lines_and_blank_lines(void **state)
{
    (void)state;
    const char *data = "{\"id\": \"a\"}\r\n\n   \n{\"id\": \"b\"}\n{\"id\": \"c\"}";
    write_file("lines.jsonl", data, strlen(data));
    char *got = read_all(path_of("lines.jsonl"), 1 << 20);
    assert_string_equal(got, "JSONL:1:{\"id\": \"a\"}\nJSONL:4:{\"id\": \"b\"}\nJSONL:5:{\"id\": \"c\"}\n");
    free(got);
}

static void gzip_and_zstd_are_undone(void **state)
{
    (void)state;
    write_gzip("a.txt.gz", "Gzipped words.", NULL);
    char *got = read_all(path_of("a.txt.gz"), 1 << 20);
    assert_string_equal(got, "TEXT:0:Gzipped words.\n");
    free(got);

    const char *lines = "{\"id\": 1}\n{\"id\": 2}\n";
    char z[256];
    size_t zn = ZSTD_compress(z, sizeof z, lines, strlen(lines), 3);
    assert_false(ZSTD_isError(zn));
    write_file("b.jsonl.zst", z, zn);
    got = read_all(path_of("b.jsonl.zst"), 1 << 20);
    assert_string_equal(got, "JSONL:1:{\"id\": 1}\nJSONL:2:{\"id\": 2}\n");
    free(got);
}

static void truncated_gzip_keeps_what_came_before(void **state)
{
    (void)state;
    /* Enough lines that the cut falls well after the first ones. */
    char *big = malloc(200000);
    size_t n = 0;
    for (int i = 0; n < 190000; i++)
        n += (size_t)sprintf(big + n, "{\"id\": %d, \"text\": \"line %d %x\"}\n", i, i, i * 2654435761u);
    size_t size;
    write_gzip("cut.jsonl.gz", big, &size);
    assert_int_equal(truncate(path_of("cut.jsonl.gz"), (off_t)(size / 2)), 0);
    char *got = read_all(path_of("cut.jsonl.gz"), 1 << 20);
    assert_non_null(strstr(got, "JSONL:1:{\"id\": 0,"));
    char *err = strstr(got, "ERROR:");
    assert_non_null(err);
    assert_non_null(strstr(err, "truncated gzip"));
    assert_null(strstr(err + 1, "JSONL:")); /* nothing after the error */
    free(got);

    /* A whole-file format: the truncated article is not half-read. */
    write_gzip("cut.txt.gz", big, &size);
    assert_int_equal(truncate(path_of("cut.txt.gz"), (off_t)(size / 2)), 0);
    got = read_all(path_of("cut.txt.gz"), 1 << 20);
    assert_int_equal(strncmp(got, "ERROR:0:truncated gzip", 22), 0);
    free(got);
    free(big);
}

static void empty_binary_and_oversized(void **state)
{
    (void)state;
    write_file("empty.txt", "", 0);
    char *got = read_all(path_of("empty.txt"), 1 << 20);
    assert_string_equal(got, "ERROR:0:empty file\n");
    free(got);

    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    write_file("picture.txt", png, sizeof png - 1);
    got = read_all(path_of("picture.txt"), 1 << 20);
    assert_int_equal(strncmp(got, "ERROR:0:binary file", 19), 0);
    free(got);

    char line[3000];
    memset(line, 'x', sizeof line);
    memcpy(line, "{\"id\": \"long\", \"text\": \"", 24);
    memcpy(line + sizeof line - 3, "\"}\n", 3);
    char data[4000];
    size_t n = 0;
    n += (size_t)sprintf(data, "{\"id\": \"before\"}\n");
    memcpy(data + n, line, sizeof line);
    n += sizeof line;
    n += (size_t)sprintf(data + n, "{\"id\": \"after\"}\n");
    write_file("long.jsonl", data, n);
    got = read_all(path_of("long.jsonl"), 1000);
    assert_string_equal(got, "JSONL:1:{\"id\": \"before\"}\n"
                             "ERROR:2:line longer than the limit of 1000 bytes; skipped\n"
                             "JSONL:3:{\"id\": \"after\"}\n");
    free(got);

    write_file("blank.jsonl", "\n\n  \n", 5);
    got = read_all(path_of("blank.jsonl"), 1000);
    assert_string_equal(got, "ERROR:0:no articles: only blank lines\n");
    free(got);
}

static void walks_are_sorted_and_relative(void **state)
{
    (void)state;
    write_file("walk/b.txt", "b", 1);
    write_file("walk/a.html", "<p>a", 4);
    write_file("walk/sub/c.jsonl.gz", "x", 1);
    write_file("walk/notes.pdf", "x", 1);
    write_file("walk/.hidden.txt", "x", 1);
    ingest_files files = {0};
    assert_int_equal(ingest_expand(path_of("walk"), &files), WT_OK);
    assert_int_equal(ingest_expand(path_of("missing.txt"), &files), WT_OK);
    assert_int_equal(files.n, 4);
    assert_string_equal(files.v[0].relid, "a.html");
    assert_string_equal(files.v[1].relid, "b.txt");
    assert_string_equal(files.v[2].relid, "sub/c.jsonl.gz");
    assert_int_equal(files.v[3].err, WT_ERR_NOTFOUND);
    assert_int_equal(files.v[0].err, WT_OK);
    ingest_files_free(&files);
}

static void jsonl_fields(void **state)
{
    (void)state;
    wt_buf e;
    wt_buf_init(&e, 1024);
    ingest_jsonl j;
    const char *ok =
        "{\"id\": 7, \"text\": \"Body\\n\", \"outlet\": \"Tide\", \"date\": \"2026-01-02\", \"extra\": [1]}";
    assert_int_equal(ingest_jsonl_parse(ok, strlen(ok), &j, &e), WT_OK);
    assert_string_equal(j.id, "7");
    assert_string_equal(j.body, "Body\n");
    assert_string_equal(j.outlet, "Tide");
    assert_false(j.is_html);
    ingest_jsonl_clear(&j);

    const char *html = "{\"id\": \"h\", \"html\": \"<p>x</p>\"}";
    assert_int_equal(ingest_jsonl_parse(html, strlen(html), &j, &e), WT_OK);
    assert_true(j.is_html);
    ingest_jsonl_clear(&j);

    const char *bad[] = {"{\"id\": \"x\", \"text\": ", "[1, 2]", "{\"id\": \"x\"}", "{\"text\": 5}",
                         "{\"text\": \"a\", \"text\": \"b\"}"};
    const char *why[] = {"invalid JSON", "must be an object", "no \"text\"", "must be a string",
                         "appears twice"};
    for (size_t i = 0; i < 5; i++) {
        assert_int_equal(ingest_jsonl_parse(bad[i], strlen(bad[i]), &j, &e), WT_ERR_FORMAT);
        if (!strstr(e.p, why[i])) fail_msg("%s: message \"%s\" lacks \"%s\"", bad[i], e.p, why[i]);
    }
    wt_buf_free(&e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(formats_by_name_and_content),
        cmocka_unit_test(jsonl_lines_and_blank_lines),
        cmocka_unit_test(gzip_and_zstd_are_undone),
        cmocka_unit_test(truncated_gzip_keeps_what_came_before),
        cmocka_unit_test(empty_binary_and_oversized),
        cmocka_unit_test(walks_are_sorted_and_relative),
        cmocka_unit_test(jsonl_fields),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
