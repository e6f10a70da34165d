/* stream.c: a file or standard input as a byte stream, with gzip (zlib)
 * and zstd undone on the fly. Compression is recognised by magic bytes, not
 * by name, so a mislabelled file still reads. */
#include "ingest.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

enum { RAW, GZIP, ZSTD };
#define INBUF (256 * 1024)

struct ingest_stream {
    int fd, own_fd, codec;
    unsigned char *in; /* compressed input buffer */
    size_t in_pos, in_len;
    int in_eof;
    uint64_t consumed;
    z_stream z;
    int z_live, z_ended; /* inflate initialised; last member complete */
    ZSTD_DStream *zs;
    size_t zs_hint; /* last ZSTD_decompressStream result: 0 = frame complete */
};

static void errf(wt_buf *e, const char *fmt, const char *detail)
{
    char tmp[256];
    snprintf(tmp, sizeof tmp, fmt, detail);
    wt_buf_reset(e);
    wt_buf_adds(e, tmp);
}

static wt_status fill(ingest_stream *s, wt_buf *err)
{
    if (s->in_pos < s->in_len || s->in_eof) return WT_OK;
    s->in_pos = s->in_len = 0;
    for (;;) {
        ssize_t n = read(s->fd, s->in, INBUF);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            errf(err, "read failed: %s", strerror(errno));
            return WT_ERR_IO;
        }
        if (n == 0) s->in_eof = 1;
        s->in_len = (size_t)n;
        s->consumed += (uint64_t)n;
        return WT_OK;
    }
}

wt_status ingest_stream_open(const char *path, ingest_stream **out, wt_buf *err)
{
    *out = NULL;
    ingest_stream *s = calloc(1, sizeof *s);
    if (!s || !(s->in = malloc(INBUF))) {
        free(s);
        return WT_ERR_NOMEM;
    }
    if (strcmp(path, "-") == 0) {
        s->fd = STDIN_FILENO;
    } else {
        s->fd = open(path, O_RDONLY | O_CLOEXEC);
        if (s->fd < 0) {
            int e = errno;
            errf(err, "cannot open: %s", strerror(e));
            free(s->in);
            free(s);
            return e == ENOENT ? WT_ERR_NOTFOUND : WT_ERR_IO;
        }
        s->own_fd = 1;
    }
    wt_status st = fill(s, err);
    if (st) {
        ingest_stream_close(s);
        return st;
    }
    /* Magic bytes: the raw read buffer starts with the file's first bytes. */
    if (s->in_len >= 2 && s->in[0] == 0x1f && s->in[1] == 0x8b) {
        s->codec = GZIP;
        if (inflateInit2(&s->z, 15 + 16) != Z_OK) {
            ingest_stream_close(s);
            return WT_ERR_NOMEM;
        }
        s->z_live = 1;
    } else if (s->in_len >= 4 && s->in[0] == 0x28 && s->in[1] == 0xb5 && s->in[2] == 0x2f &&
               s->in[3] == 0xfd) {
        s->codec = ZSTD;
        if (!(s->zs = ZSTD_createDStream())) {
            ingest_stream_close(s);
            return WT_ERR_NOMEM;
        }
        ZSTD_initDStream(s->zs);
        s->zs_hint = 1;
    }
    *out = s;
    return WT_OK;
}

static wt_status read_gzip(ingest_stream *s, void *buf, size_t cap, size_t *got, wt_buf *err)
{
    s->z.next_out = buf;
    s->z.avail_out = (uInt)WT_MIN(cap, (size_t)1 << 30);
    while (s->z.avail_out > 0) {
        wt_status st = fill(s, err);
        if (st) return st;
        if (s->in_pos == s->in_len) {
            if (!s->z_ended) {
                errf(err, "%s", "truncated gzip stream (the file ends before the compressed data does)");
                return WT_ERR_TRUNCATED;
            }
            break;
        }
        if (s->z_ended) {
            /* Another gzip member follows (concatenated .gz files). */
            if (inflateReset(&s->z) != Z_OK) return WT_ERR_INTERNAL;
            s->z_ended = 0;
        }
        s->z.next_in = s->in + s->in_pos;
        s->z.avail_in = (uInt)(s->in_len - s->in_pos);
        int r = inflate(&s->z, Z_NO_FLUSH);
        s->in_pos = s->in_len - s->z.avail_in;
        if (r == Z_STREAM_END) {
            s->z_ended = 1;
        } else if (r == Z_MEM_ERROR) {
            return WT_ERR_NOMEM;
        } else if (r != Z_OK && r != Z_BUF_ERROR) {
            errf(err, "corrupt gzip data: %s", s->z.msg ? s->z.msg : "invalid stream");
            return WT_ERR_FORMAT;
        }
        if ((size_t)(s->z.next_out - (Bytef *)buf) > 0 && s->z_ended) break;
    }
    *got = (size_t)(s->z.next_out - (Bytef *)buf);
    return WT_OK;
}

static wt_status read_zstd(ingest_stream *s, void *buf, size_t cap, size_t *got, wt_buf *err)
{
    ZSTD_outBuffer out = {buf, cap, 0};
    while (out.pos < out.size) {
        wt_status st = fill(s, err);
        if (st) return st;
        if (s->in_pos == s->in_len) {
            if (s->zs_hint != 0) {
                errf(err, "%s", "truncated zstd stream (the file ends before the compressed data does)");
                return WT_ERR_TRUNCATED;
            }
            break;
        }
        ZSTD_inBuffer in = {s->in, s->in_len, s->in_pos};
        size_t r = ZSTD_decompressStream(s->zs, &out, &in);
        s->in_pos = in.pos;
        if (ZSTD_isError(r)) {
            errf(err, "corrupt zstd data: %s", ZSTD_getErrorName(r));
            return WT_ERR_FORMAT;
        }
        s->zs_hint = r;
        if (out.pos > 0 && r == 0) break;
    }
    *got = out.pos;
    return WT_OK;
}

wt_status ingest_stream_read(ingest_stream *s, void *buf, size_t cap, size_t *got, wt_buf *err)
{
    *got = 0;
    if (s->codec == GZIP) return read_gzip(s, buf, cap, got, err);
    if (s->codec == ZSTD) return read_zstd(s, buf, cap, got, err);
    wt_status st = fill(s, err);
    if (st) return st;
    size_t n = WT_MIN(cap, s->in_len - s->in_pos);
    memcpy(buf, s->in + s->in_pos, n);
    s->in_pos += n;
    *got = n;
    return WT_OK;
}

uint64_t ingest_stream_consumed(const ingest_stream *s)
{
    return s->consumed;
}

void ingest_stream_close(ingest_stream *s)
{
    if (!s) return;
    if (s->z_live) inflateEnd(&s->z);
    ZSTD_freeDStream(s->zs);
    if (s->own_fd) close(s->fd);
    free(s->in);
    free(s);
}
