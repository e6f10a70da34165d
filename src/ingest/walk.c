/* walk.c: expands one INPUT argument into the files to read. Directories
 * are walked recursively in byte order of names, so that runs are
 * deterministic; hidden entries and files of unknown type are passed over,
 * and symbolic links to directories are not followed (no cycles). */
#include "ingest.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_DEPTH 64
#define MAX_FILES ((size_t)1 << 28)

static wt_status add(ingest_files *out, const char *path, const char *relid, uint64_t size, int named,
                     wt_status err, const char *errmsg)
{
    wt_status st = wt_grow((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v, MAX_FILES);
    if (st) return st;
    ingest_file *f = &out->v[out->n];
    memset(f, 0, sizeof *f);
    f->path = strdup(path);
    f->relid = strdup(relid);
    f->errmsg = errmsg ? strdup(errmsg) : NULL;
    if (!f->path || !f->relid || (errmsg && !f->errmsg)) {
        free(f->path);
        free(f->relid);
        free(f->errmsg);
        return WT_ERR_NOMEM;
    }
    f->size = size;
    f->named = named;
    f->err = err;
    out->n++;
    out->total_size += size;
    return WT_OK;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static wt_status walk(const char *dir, const char *rel, int depth, ingest_files *out)
{
    if (depth > MAX_DEPTH)
        return add(out, dir, rel, 0, 0, WT_ERR_LIMIT, "directory nested too deep; not walked");
    DIR *d = opendir(dir);
    if (!d) return add(out, dir, rel, 0, 0, WT_ERR_IO, strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0;
    wt_status st = WT_OK;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        if ((st = wt_grow((void **)&names, &cap, n + 1, sizeof *names, MAX_FILES))) break;
        if (!(names[n] = strdup(e->d_name))) {
            st = WT_ERR_NOMEM;
            break;
        }
        n++;
    }
    closedir(d);
    if (!st) qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n && !st; i++) {
        size_t pl = strlen(dir) + strlen(names[i]) + 2, rl = strlen(rel) + strlen(names[i]) + 2;
        char *path = malloc(pl), *relid = malloc(rl);
        if (!path || !relid) {
            free(path);
            free(relid);
            st = WT_ERR_NOMEM;
            break;
        }
        int slash = dir[0] && dir[strlen(dir) - 1] != '/';
        snprintf(path, pl, "%s%s%s", dir, slash ? "/" : "", names[i]);
        snprintf(relid, rl, "%s%s%s", rel, rel[0] ? "/" : "", names[i]);
        struct stat sb;
        if (lstat(path, &sb) != 0) {
            st = add(out, path, relid, 0, 0, WT_ERR_IO, strerror(errno));
        } else if (S_ISDIR(sb.st_mode)) {
            st = walk(path, relid, depth + 1, out);
        } else if (ingest_format_from_name(path) >= 0) {
            /* Regular files and links to them; a dangling link is reported. */
            if (S_ISLNK(sb.st_mode) && stat(path, &sb) != 0)
                st = add(out, path, relid, 0, 0, WT_ERR_NOTFOUND, "dangling symbolic link");
            else if (S_ISREG(sb.st_mode))
                st = add(out, path, relid, (uint64_t)sb.st_size, 0, WT_OK, NULL);
        }
        free(path);
        free(relid);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return st;
}

wt_status ingest_expand(const char *input, ingest_files *out)
{
    if (strcmp(input, "-") == 0) return add(out, "-", "stdin", 0, 1, WT_OK, NULL);
    struct stat sb;
    if (stat(input, &sb) != 0) {
        int e = errno;
        return add(out, input, input, 0, 1, e == ENOENT ? WT_ERR_NOTFOUND : WT_ERR_IO,
                   e == ENOENT ? "no such file or directory" : strerror(e));
    }
    if (S_ISDIR(sb.st_mode)) return walk(input, "", 0, out);
    if (!S_ISREG(sb.st_mode) && !S_ISFIFO(sb.st_mode) && !S_ISCHR(sb.st_mode))
        return add(out, input, input, 0, 1, WT_ERR_FORMAT, "not a regular file");
    /* A named file keeps the name it was given as its id. */
    return add(out, input, input, S_ISREG(sb.st_mode) ? (uint64_t)sb.st_size : 0, 1, WT_OK, NULL);
}

void ingest_files_free(ingest_files *f)
{
    for (size_t i = 0; i < f->n; i++) {
        free(f->v[i].path);
        free(f->v[i].relid);
        free(f->v[i].errmsg);
    }
    free(f->v);
    f->v = NULL;
    f->n = f->cap = 0;
    f->total_size = 0;
}
