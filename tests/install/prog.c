// prog.c: a program built against an installed dyad (tests/install.sh):
// loads the dictionaries in argv[1] and codes one sentence.
#include <dyad.h>
#include <stdio.h>
#include <string.h>

static int events;

static int on_sentence(void *ctx, const dyad_record *s, const dyad_result *res)
{
    (void)ctx;
    (void)s;
    for (size_t i = 0; i < res->n_events; i++) {
        const dyad_event *e = &res->events[i];
        printf("%s %s %s\n", e->source, e->target, e->code);
        events++;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) return 2;
    dyad_error err = {0};
    dyad_dict *dict = dyad_dict_new();
    if (dyad_dict_load_dir(dict, argv[1], NULL, NULL, &err) < 0) {
        dyad_error_print(&err, stderr);
        return 1;
    }
    dyad_options o = DYAD_OPTIONS_INIT;
    dyad_options_news(&o, true);
    dyad_coder *coder = dyad_coder_new(dict, &o);
    const char *text = "Kim Jong-un visited Beijing.";
    dyad_record story = {.id = "s", .story_id = "s", .category = "", .date = 20250902,
                         .text = text, .text_len = strlen(text), .is_story = true};
    int n = dyad_code_story(coder, &story, on_sentence, NULL, &err);
    if (n < 0) dyad_error_print(&err, stderr);
    printf("dyad %s: %d sentences, %d events\n", DYAD_VERSION, n, events);
    dyad_coder_free(coder);
    dyad_dict_free(dict);
    return n == 1 && events > 0 ? 0 : 1;
}
