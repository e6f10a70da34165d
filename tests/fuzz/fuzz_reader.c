/* fuzz_reader.c: any bytes as an input file, compressed or not, through
 * the stream and the format readers, as each format in turn. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "ingest/ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int fd = memfd_create("wt-fuzz", 0);
    if (fd < 0) return 0;
    if (write(fd, data, size) != (ssize_t)size) {
        close(fd);
        return 0;
    }
    static const char *const suffix[] = {".txt", ".html", ".jsonl", ".bin"};
    for (size_t k = 0; k < 4; k++) {
        /* The reader picks its format by name; a symlink gives each name. */
        char target[64], link[96];
        snprintf(target, sizeof target, "/proc/self/fd/%d", fd);
        snprintf(link, sizeof link, "/tmp/wt-fuzz-%d%s", (int)getpid(), suffix[k]);
        unlink(link);
        if (symlink(target, link) != 0) continue;
        ingest_file f = {.path = link, .relid = link, .named = 1};
        ingest_reader *r = ingest_reader_new(&f, 1 << 16);
        ingest_record rec;
        while (r && ingest_reader_next(r, &rec)) {
            if (rec.kind != INGEST_ERROR && rec.len > (1 << 16)) abort();
            ingest_record_clear(&rec);
        }
        ingest_reader_free(r);
        unlink(link);
    }
    close(fd);
    return 0;
}
