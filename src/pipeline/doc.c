/* doc.c: the document model and its public accessors. */
#include "pipeline.h"

#include <stdlib.h>

wt_doc *doc_new(void)
{
    return calloc(1, sizeof(wt_doc));
}

void doc_free(wt_doc *d)
{
    if (!d) return;
    free(d->id);
    free(d->source);
    free(d->outlet);
    free(d->title);
    free(d->byline);
    free(d->lang);
    free(d->text);
    free(d->fp);
    free(d->junk);
    free(d->attrib);
    free(d->terms);
    free(d);
}

const char *wt_doc_get(const wt_doc *d, wt_field f)
{
    switch (f) {
    case WT_FIELD_ID: return d->id;
    case WT_FIELD_SOURCE: return d->source;
    case WT_FIELD_OUTLET: return d->outlet;
    case WT_FIELD_TITLE: return d->title;
    case WT_FIELD_DATE: return d->date_prec ? d->date : NULL;
    case WT_FIELD_BYLINE: return d->byline;
    case WT_FIELD_LANG: return d->lang;
    }
    return NULL;
}

const char *wt_doc_text(const wt_doc *d, size_t *len)
{
    if (len) *len = d->text_len;
    return d->text;
}

int wt_doc_time(const wt_doc *d, int64_t *epoch)
{
    if (epoch) *epoch = d->date_prec ? d->epoch : 0;
    return d->date_prec;
}

size_t wt_doc_boilerplate_count(const wt_doc *d)
{
    return d->njunk;
}

const char *wt_doc_boilerplate(const wt_doc *d, size_t i, uint32_t *start, uint32_t *end)
{
    if (i >= d->njunk) return NULL;
    *start = d->junk[i].start;
    *end = d->junk[i].end;
    return JUNK_REASONS[d->junk[i].reason];
}

size_t wt_doc_attribution_count(const wt_doc *d)
{
    return d->nattrib;
}

wt_attribution wt_doc_attribution(const wt_doc *d, size_t i)
{
    const attribution *a = &d->attrib[i];
    return (wt_attribution){a->content.start, a->content.end, a->cue.start,         a->cue.end,
                            a->source.start,  a->source.end,  a->speaker_start,     a->speaker_end,
                            a->outlet,        a->direct,      ATTRIB_KINDS[a->kind]};
}

size_t wt_doc_words(const wt_doc *d)
{
    return d->words;
}

size_t wt_doc_sentences(const wt_doc *d)
{
    return d->sentences;
}
