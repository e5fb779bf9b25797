// parse.c: the built-in tagger and clause/phrase parser.
//
// Two passes over a sentence's tokens:
//  1. tagging: closed-class words from a small lexicon, numbers and
//     punctuation by shape, actor and agent words as nouns, capitalised
//     words inside the sentence as proper nouns; the rest by suffix, with
//     noun/verb ambiguity settled by the words around (a determiner makes a
//     noun, a modal a verb, a subject with no verb yet a finite verb).
//  2. parsing: recursive descent over the tags that builds what the coder
//     reads from a Penn tree: clauses (S, SBAR), verb phrases that hold
//     their objects and attachments, noun phrases with possessives, "of"
//     phrases, coordination and apposition, and prepositional phrases.
// Every token becomes exactly one leaf, in order, so leaf i is token i.
#include "parse.h"

#include <stdlib.h>
#include <string.h>

// ---------------------------------------------------------------- tags

typedef enum ptag {
    P_NN, P_NNS, P_NNP, P_NNPS, P_JJ, P_JJR, P_JJS, P_RB, P_VB, P_VBD, P_VBG, P_VBN,
    P_VBP, P_VBZ, P_MD, P_DT, P_PDT, P_PRP, P_PRPS, P_IN, P_TO, P_CC, P_CD, P_POS,
    P_WDT, P_WP, P_WRB, P_EX, P_RP, P_COMMA, P_PERIOD, P_COLON, P_LQ, P_RQ, P_LRB,
    P_RRB, P_DOLLAR, P_SYM, P_HYPH, P_COUNT
} ptag;

static const char *const TAG_NAME[P_COUNT] = {
    "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "RB", "VB", "VBD", "VBG", "VBN",
    "VBP", "VBZ", "MD", "DT", "PDT", "PRP", "PRP$", "IN", "TO", "CC", "CD", "POS",
    "WDT", "WP", "WRB", "EX", "RP", ",", ".", ":", "``", "''", "-LRB-",
    "-RRB-", "$", "SYM", "HYPH",
};

static bool is_noun(uint8_t t) { return t <= P_NNPS; }
static bool is_verb(uint8_t t) { return t >= P_VB && t <= P_VBZ; }
static bool is_finite(uint8_t t) { return t == P_VBD || t == P_VBZ || t == P_VBP || t == P_MD; }
static bool is_adj(uint8_t t) { return t == P_JJ || t == P_JJR || t == P_JJS; }

// ---------------------------------------------------------------- lexicon

enum {
    L_BE = 1, L_HAVE = 2, L_DO = 4,   // auxiliaries
    L_SUB = 8,                         // subordinator: may open a clause
    L_PRT = 16,                        // may be a verb particle
    L_VERB = 32,                       // an open-class verb form we know
    L_PAST = 64, L_PART = 128,         // irregular past / participle
};

typedef struct lex_entry {
    const char *w;
    uint8_t tag;
    uint8_t flags;
} lex_entry;

#define V(w) {w, P_VB, L_VERB}
#define VD(w) {w, P_VBD, L_VERB | L_PAST}
#define VN(w) {w, P_VBN, L_VERB | L_PART}
#define VDN(w) {w, P_VBD, L_VERB | L_PAST | L_PART}

static const lex_entry LEXICON[] = {
    // determiners and pronouns
    {"'s", P_POS, 0}, {"the", P_DT, 0}, {"a", P_DT, 0}, {"an", P_DT, 0}, {"this", P_DT, 0},
    {"these", P_DT, 0}, {"those", P_DT, 0}, {"each", P_DT, 0}, {"every", P_DT, 0},
    {"some", P_DT, 0}, {"any", P_DT, 0}, {"no", P_DT, 0}, {"another", P_DT, 0},
    {"either", P_DT, 0}, {"neither", P_DT, 0}, {"all", P_PDT, 0}, {"both", P_PDT, 0},
    {"half", P_PDT, 0}, {"such", P_JJ, 0}, {"that", P_IN, L_SUB},
    {"i", P_PRP, 0}, {"me", P_PRP, 0}, {"you", P_PRP, 0}, {"he", P_PRP, 0},
    {"him", P_PRP, 0}, {"she", P_PRP, 0}, {"it", P_PRP, 0}, {"we", P_PRP, 0},
    {"us", P_PRP, 0}, {"they", P_PRP, 0}, {"them", P_PRP, 0}, {"himself", P_PRP, 0},
    {"herself", P_PRP, 0}, {"itself", P_PRP, 0}, {"themselves", P_PRP, 0},
    {"ourselves", P_PRP, 0}, {"myself", P_PRP, 0}, {"yourself", P_PRP, 0},
    {"my", P_PRPS, 0}, {"your", P_PRPS, 0}, {"his", P_PRPS, 0}, {"her", P_PRPS, 0},
    {"its", P_PRPS, 0}, {"our", P_PRPS, 0}, {"their", P_PRPS, 0},
    {"which", P_WDT, 0}, {"whatever", P_WDT, 0}, {"who", P_WP, 0}, {"whom", P_WP, 0},
    {"what", P_WP, 0}, {"whose", P_WP, 0}, {"when", P_WRB, L_SUB}, {"where", P_WRB, L_SUB},
    {"why", P_WRB, 0}, {"how", P_WRB, 0}, {"there", P_EX, 0},
    // prepositions and subordinators
    {"of", P_IN, 0}, {"in", P_IN, 0}, {"on", P_IN, 0}, {"at", P_IN, 0}, {"by", P_IN, 0},
    {"for", P_IN, 0}, {"with", P_IN, 0}, {"from", P_IN, 0}, {"about", P_IN, 0},
    {"against", P_IN, 0}, {"into", P_IN, 0}, {"over", P_IN, L_PRT}, {"under", P_IN, 0},
    {"after", P_IN, L_SUB}, {"before", P_IN, L_SUB}, {"during", P_IN, 0},
    {"since", P_IN, L_SUB}, {"until", P_IN, L_SUB}, {"till", P_IN, L_SUB},
    {"through", P_IN, 0}, {"across", P_IN, 0}, {"toward", P_IN, 0}, {"towards", P_IN, 0},
    {"between", P_IN, 0}, {"among", P_IN, 0}, {"amid", P_IN, 0}, {"amidst", P_IN, 0},
    {"without", P_IN, 0}, {"within", P_IN, 0}, {"upon", P_IN, 0}, {"despite", P_IN, 0},
    {"via", P_IN, 0}, {"than", P_IN, 0}, {"as", P_IN, L_SUB}, {"because", P_IN, L_SUB},
    {"although", P_IN, L_SUB}, {"though", P_IN, L_SUB}, {"while", P_IN, L_SUB},
    {"whether", P_IN, L_SUB}, {"if", P_IN, L_SUB}, {"unless", P_IN, L_SUB},
    {"whereas", P_IN, L_SUB}, {"once", P_IN, L_SUB}, {"near", P_IN, 0},
    {"beside", P_IN, 0}, {"besides", P_IN, 0}, {"behind", P_IN, 0}, {"beyond", P_IN, 0},
    {"along", P_IN, L_PRT}, {"around", P_IN, L_PRT}, {"outside", P_IN, 0},
    {"inside", P_IN, 0}, {"onto", P_IN, 0}, {"off", P_IN, L_PRT}, {"per", P_IN, 0},
    {"like", P_IN, 0}, {"unlike", P_IN, 0}, {"including", P_IN, 0},
    {"following", P_IN, 0}, {"regarding", P_IN, 0}, {"concerning", P_IN, 0},
    {"according", P_IN, 0}, {"throughout", P_IN, 0}, {"above", P_IN, 0},
    {"below", P_IN, 0}, {"down", P_RP, L_PRT}, {"up", P_RP, L_PRT}, {"out", P_RP, L_PRT},
    {"away", P_RP, L_PRT}, {"back", P_RB, L_PRT}, {"to", P_TO, 0},
    // conjunctions
    {"and", P_CC, 0}, {"or", P_CC, 0}, {"but", P_CC, 0}, {"nor", P_CC, 0}, {"&", P_CC, 0},
    // modals and auxiliaries
    {"will", P_MD, 0}, {"would", P_MD, 0}, {"can", P_MD, 0}, {"could", P_MD, 0},
    {"may", P_MD, 0}, {"might", P_MD, 0}, {"must", P_MD, 0}, {"shall", P_MD, 0},
    {"should", P_MD, 0}, {"'ll", P_MD, 0}, {"'d", P_MD, 0}, {"wo", P_MD, 0},
    {"ca", P_MD, 0}, {"cannot", P_MD, 0},
    {"be", P_VB, L_BE}, {"am", P_VBP, L_BE}, {"is", P_VBZ, L_BE}, {"are", P_VBP, L_BE},
    {"was", P_VBD, L_BE}, {"were", P_VBD, L_BE}, {"been", P_VBN, L_BE},
    {"being", P_VBG, L_BE}, {"'re", P_VBP, L_BE}, {"'m", P_VBP, L_BE},
    {"have", P_VBP, L_HAVE}, {"has", P_VBZ, L_HAVE}, {"had", P_VBD, L_HAVE},
    {"having", P_VBG, L_HAVE}, {"'ve", P_VBP, L_HAVE},
    {"do", P_VBP, L_DO}, {"does", P_VBZ, L_DO}, {"did", P_VBD, L_DO},
    // adverbs
    {"not", P_RB, 0}, {"n't", P_RB, 0}, {"never", P_RB, 0}, {"also", P_RB, 0},
    {"very", P_RB, 0}, {"only", P_RB, 0}, {"just", P_RB, 0}, {"already", P_RB, 0},
    {"still", P_RB, 0}, {"even", P_RB, 0}, {"now", P_RB, 0}, {"then", P_RB, 0},
    {"ever", P_RB, 0}, {"again", P_RB, 0}, {"most", P_RB, 0}, {"more", P_RB, 0},
    {"less", P_RB, 0}, {"almost", P_RB, 0}, {"soon", P_RB, 0}, {"yet", P_RB, 0},
    {"later", P_RB, 0}, {"earlier", P_RB, 0}, {"often", P_RB, 0}, {"however", P_RB, 0},
    {"instead", P_RB, 0}, {"too", P_RB, 0}, {"so", P_RB, 0}, {"here", P_RB, 0},
    {"together", P_RB, 0}, {"abroad", P_RB, 0}, {"further", P_RB, 0}, {"far", P_RB, 0},
    {"twice", P_RB, 0}, {"late", P_RB, 0}, {"well", P_RB, 0}, {"ago", P_RB, 0},
    {"meanwhile", P_RB, 0}, {"therefore", P_RB, 0}, {"thus", P_RB, 0},
    {"nearly", P_RB, 0}, {"rather", P_RB, 0}, {"quite", P_RB, 0}, {"perhaps", P_RB, 0},
    {"maybe", P_RB, 0}, {"away", P_RB, 0}, {"anyway", P_RB, 0}, {"alongside", P_IN, 0},
    // nouns of time and a few nouns that look like verbs
    {"today", P_NN, 0}, {"yesterday", P_NN, 0}, {"tomorrow", P_NN, 0},
    {"tonight", P_NN, 0}, {"people", P_NNS, 0}, {"news", P_NN, 0},
    {"one", P_CD, 0}, {"two", P_CD, 0}, {"three", P_CD, 0}, {"four", P_CD, 0},
    {"five", P_CD, 0}, {"six", P_CD, 0}, {"seven", P_CD, 0}, {"eight", P_CD, 0},
    {"nine", P_CD, 0}, {"ten", P_CD, 0}, {"eleven", P_CD, 0}, {"twelve", P_CD, 0},
    {"twenty", P_CD, 0}, {"hundred", P_CD, 0}, {"hundreds", P_CD, 0},
    {"thousand", P_CD, 0}, {"thousands", P_CD, 0}, {"million", P_CD, 0},
    {"millions", P_CD, 0}, {"billion", P_CD, 0}, {"billions", P_CD, 0},
    {"trillion", P_CD, 0}, {"dozen", P_CD, 0}, {"dozens", P_CD, 0},
    // adjectives that suffixes miss
    {"new", P_JJ, 0}, {"old", P_JJ, 0}, {"big", P_JJ, 0}, {"small", P_JJ, 0},
    {"good", P_JJ, 0}, {"bad", P_JJ, 0}, {"high", P_JJ, 0}, {"low", P_JJ, 0},
    {"long", P_JJ, 0}, {"short", P_JJ, 0}, {"last", P_JJ, 0}, {"next", P_JJ, 0},
    {"first", P_JJ, 0}, {"second", P_JJ, 0}, {"third", P_JJ, 0}, {"former", P_JJ, 0},
    {"senior", P_JJ, 0}, {"top", P_JJ, 0}, {"main", P_JJ, 0}, {"major", P_JJ, 0},
    {"full", P_JJ, 0}, {"other", P_JJ, 0}, {"many", P_JJ, 0}, {"much", P_JJ, 0},
    {"few", P_JJ, 0}, {"several", P_JJ, 0}, {"own", P_JJ, 0}, {"same", P_JJ, 0},
    {"recent", P_JJ, 0}, {"private", P_JJ, 0}, {"brief", P_JJ, 0}, {"joint", P_JJ, 0},
    {"foreign", P_JJ, 0}, {"vital", P_JJ, 0}, {"mighty", P_JJ, 0}, {"evil", P_JJ, 0},
    {"awful", P_JJ, 0}, {"likely", P_JJ, 0}, {"unlikely", P_JJ, 0}, {"able", P_JJ, 0},
    {"key", P_JJ, 0}, {"close", P_JJ, 0}, {"free", P_JJ, 0}, {"great", P_JJ, 0},
    {"greater", P_JJR, 0}, {"fiercest", P_JJS, 0}, {"biggest", P_JJS, 0},
    {"largest", P_JJS, 0}, {"latest", P_JJS, 0}, {"ready", P_JJ, 0},
    {"south", P_JJ, 0}, {"north", P_JJ, 0}, {"east", P_JJ, 0}, {"west", P_JJ, 0},
    {"real", P_JJ, 0}, {"neat", P_JJ, 0}, {"cool", P_JJ, 0}, {"easy", P_JJ, 0},
    // common verbs, with their irregular forms
    V("say"), {"says", P_VBZ, L_VERB}, VDN("said"), V("tell"), VDN("told"), V("meet"),
    VDN("met"), V("go"), {"goes", P_VBZ, L_VERB}, VD("went"), VN("gone"), V("take"),
    VD("took"), VN("taken"), V("give"), VD("gave"), VN("given"), V("make"), VDN("made"),
    V("hold"), VDN("held"), V("send"), VDN("sent"), V("win"), VDN("won"), V("fight"),
    VDN("fought"), V("strike"), VDN("struck"), V("bring"), VDN("brought"), V("build"),
    VDN("built"), V("buy"), VDN("bought"), V("catch"), VDN("caught"), V("draw"),
    VD("drew"), VN("drawn"), V("flee"), VDN("fled"), V("fly"), VD("flew"), VN("flown"),
    V("grow"), VD("grew"), VN("grown"), V("keep"), VDN("kept"), V("know"), VD("knew"),
    VN("known"), V("lead"), VDN("led"), V("leave"), VDN("left"), V("lose"), VDN("lost"),
    V("mean"), VDN("meant"), V("pay"), VDN("paid"), V("run"), VD("ran"), V("see"),
    VD("saw"), VN("seen"), V("seek"), VDN("sought"), V("shoot"), VDN("shot"),
    V("speak"), VD("spoke"), VN("spoken"), V("stand"), VDN("stood"), V("think"),
    VDN("thought"), V("throw"), VD("threw"), VN("thrown"), V("write"), VD("wrote"),
    VN("written"), V("begin"), VD("began"), VN("begun"), V("break"), VD("broke"),
    VN("broken"), V("choose"), VD("chose"), VN("chosen"), V("come"), VD("came"),
    V("fall"), VD("fell"), VN("fallen"), V("feel"), VDN("felt"), V("find"),
    VDN("found"), V("get"), VDN("got"), VN("gotten"), V("hear"), VDN("heard"),
    V("sell"), VDN("sold"), V("steal"), VD("stole"), VN("stolen"), V("swear"),
    VD("swore"), VN("sworn"), V("withdraw"), VD("withdrew"), VN("withdrawn"),
    V("overthrow"), VD("overthrew"), VN("overthrown"), V("shake"), VD("shook"),
    VN("shaken"), V("beat"), VN("beaten"), V("forgive"), VD("forgave"),
    VN("forgiven"), V("rise"), VD("rose"), VN("risen"), V("arise"), VD("arose"),
    VN("arisen"), V("seize"), V("hit"), V("set"), V("put"), V("cut"), V("let"),
    V("quit"), V("spread"), V("hurt"), V("cast"), V("bid"), V("sit"), VDN("sat"),
    V("lay"), VDN("laid"), V("slay"), VN("slain"), V("undertake"), VD("undertook"),
    VN("undertaken"), V("understand"), VDN("understood"), V("become"), VD("became"),
    V("forget"), VD("forgot"), VN("forgotten"), V("hide"), VD("hid"), VN("hidden"),
    V("freeze"), VD("froze"), VN("frozen"), V("wear"), VD("wore"), VN("worn"),
    V("tear"), VD("tore"), VN("torn"), V("bear"), VD("bore"), VN("borne"),
    V("ride"), VD("rode"), VN("ridden"), V("drive"), VD("drove"), VN("driven"),
    V("eat"), VD("ate"), VN("eaten"), V("sink"), VD("sank"), VN("sunk"), V("sweep"),
    VDN("swept"), V("spend"), VDN("spent"), V("lend"), VDN("lent"), V("bind"),
    VDN("bound"), V("teach"), VDN("taught"), V("forbid"), VD("forbade"),
    VN("forbidden"), V("believe"), V("add"), V("note"), V("want"), V("expect"),
    V("hope"), V("seem"), V("appear"), V("try"), V("help"), V("allow"), V("agree"),
    V("continue"), V("remain"), V("plan"), V("need"), V("use"), V("ask"), V("call"),
    V("visit"), V("host"), V("travel"), V("arrive"), V("accuse"), V("urge"),
    V("warn"), V("threaten"), V("attack"), V("kill"), V("arrest"), V("sign"),
    V("welcome"), V("greet"), V("praise"), V("criticize"), V("criticise"),
    V("condemn"), V("reject"), V("deny"), V("announce"), V("report"), V("claim"),
    V("stress"), V("emphasize"), V("emphasise"), V("confirm"), V("reveal"),
    V("signal"), V("project"), V("attend"), V("accompany"), V("explain"),
    V("suggest"), V("argue"), V("focus"), V("reflect"), V("demonstrate"),
    V("intend"), V("showcase"), V("provoke"), V("revive"), V("aim"), V("extend"),
    V("strengthen"), V("secure"), V("manage"), V("influence"), V("shape"),
    V("join"), V("project"), V("lay"), V("fuel"), V("reinforce"), V("reach"),
    V("leave"), V("stand"), V("remain"), V("look"), V("happen"), V("include"),
    V("involve"), V("face"), V("receive"), V("consider"), V("decide"), V("offer"),
};

#undef V
#undef VD
#undef VN
#undef VDN

// ---------------------------------------------------------------- state

#define LEX_SLOTS 2048  // power of two, > 2 * entries

typedef struct pstate {
    const dyad_dict *dict;
    int16_t lex[LEX_SLOTS];   // open addressing: index into LEXICON + 1
    // per sentence
    const text_token *toks;
    int32_t n;
    uint8_t *tag;             // ptag per token
    uint8_t *lflags;          // lexicon flags per token
    const lex_entry **lexe;   // lexicon entry per token, or NULL
    uint32_t *id;             // dictionary word id per token
    size_t cap;
    ptree *t;
    int32_t *last_child;      // per node: its last child while building
    size_t cap_last;
    int32_t pos;              // the parser's cursor
    int depth;
} pstate;

static uint32_t lex_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

static void lex_build(pstate *ps)
{
    memset(ps->lex, 0, sizeof ps->lex);
    for (size_t i = 0; i < sizeof LEXICON / sizeof LEXICON[0]; i++) {
        const char *w = LEXICON[i].w;
        uint32_t h = lex_hash(w, strlen(w)) & (LEX_SLOTS - 1);
        while (ps->lex[h]) {
            if (!strcmp(LEXICON[ps->lex[h] - 1].w, w)) break;  // first one wins
            h = (h + 1) & (LEX_SLOTS - 1);
        }
        if (!ps->lex[h]) ps->lex[h] = (int16_t)(i + 1);
    }
}

static const lex_entry *lex_find(const pstate *ps, const char *lower, size_t n)
{
    uint32_t h = lex_hash(lower, n) & (LEX_SLOTS - 1);
    while (ps->lex[h]) {
        const lex_entry *e = &LEXICON[ps->lex[h] - 1];
        if (strlen(e->w) == n && !memcmp(e->w, lower, n)) return e;
        h = (h + 1) & (LEX_SLOTS - 1);
    }
    return NULL;
}

static void *builtin_create(const dyad_dict *dict)
{
    pstate *ps = xcalloc(1, sizeof *ps);
    ps->dict = dict;
    lex_build(ps);
    return ps;
}

static void builtin_destroy(void *state)
{
    pstate *ps = state;
    if (!ps) return;
    free(ps->tag);
    free(ps->lflags);
    free(ps->lexe);
    free(ps->id);
    free(ps->last_child);
    free(ps);
}


// ---------------------------------------------------------------- tagging

enum { M_BASE, M_S, M_ED, M_ING };

static bool ends(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n > k + 1 && !memcmp(w + n - k, suf, k);
}

static int morph(const char *lw, size_t n)
{
    if (ends(lw, n, "ing")) return M_ING;
    if (ends(lw, n, "ed")) return M_ED;
    if (n > 3 && lw[n - 1] == 's' && lw[n - 2] != 's' && lw[n - 2] != 'u' && lw[n - 2] != 'i')
        return M_S;
    return M_BASE;
}

static bool noun_suffix(const char *lw, size_t n)
{
    static const char *const suf[] = {"tion", "sion", "ment", "ness", "ity", "ship", "ism",
                                      "ist", "ance", "ence", "age", "ure", "ery", "dom",
                                      "hood", "cy", "ty", "er", "or"};
    for (size_t i = 0; i < sizeof suf / sizeof suf[0]; i++)
        if (ends(lw, n, suf[i])) return true;
    return false;
}

static bool adj_suffix(const char *lw, size_t n)
{
    static const char *const suf[] = {"al", "ive", "ous", "ful", "less", "ic", "able",
                                      "ible", "ary", "ian", "ese", "ish", "ern", "ant",
                                      "ent", "est"};
    for (size_t i = 0; i < sizeof suf / sizeof suf[0]; i++)
        if (ends(lw, n, suf[i])) return true;
    return false;
}

static bool tok_is(const pstate *ps, int32_t i, const char *w)
{
    if (i < 0 || i >= ps->n) return false;
    slice s = ps->toks[i].norm;
    size_t k = strlen(w);
    if (s.n != k) return false;
    for (size_t j = 0; j < k; j++)
        if ((s.p[j] | 32) != w[j]) return false;
    return true;
}

static bool cap_inside(const pstate *ps, int32_t i)
{
    if (!(ps->toks[i].flags & TOK_CAP)) return false;
    if (i == 0) return false;
    uint8_t p = ps->tag[i - 1];
    const slice pw = ps->toks[i - 1].norm;
    // after an opening quote, a colon or a dash a new sentence may begin
    if (p == P_LQ || p == P_COLON || p == P_LRB) return false;
    if (pw.n == 2 && pw.p[0] == '-' && pw.p[1] == '-') return false;
    return true;
}

// What token i may be, from the lexicon and the dictionaries alone.
enum { C_NOUN = 1, C_VERB = 2, C_ADJ = 4, C_ADV = 8 };

typedef struct lexinfo {
    int cand;
    int m;               // morph
    bool lexverb;        // known verb (dictionary or lexicon)
    bool nominal;        // an actor or agent word
} lexinfo;

// "seems", "seemed", "seeming" of a lexicon verb "seem".
static bool lex_verb_stem(const pstate *ps, const char *lw, size_t n, int m)
{
    char b[40];
    size_t cut[2] = {0, 0};
    if (m == M_S) cut[0] = 1, cut[1] = 2;           // seems, pushes
    else if (m == M_ED) cut[0] = 2, cut[1] = 1;     // seemed, hoped
    else if (m == M_ING) cut[0] = 3, cut[1] = 3;    // seeming, hoping (+e)
    for (int k = 0; k < 2; k++) {
        if (!cut[k] || n <= cut[k] + 1 || n - cut[k] + 1 >= sizeof b) continue;
        size_t len = n - cut[k];
        memcpy(b, lw, len);
        if (m == M_ING && k == 1) b[len++] = 'e';
        const lex_entry *e = lex_find(ps, b, len);
        if (e && (e->flags & L_VERB)) return true;
    }
    return false;
}

static lexinfo classify_open(const pstate *ps, int32_t i, const char *lw, size_t n)
{
    lexinfo li = {0, M_BASE, false, false};
    uint8_t wc = dict_word_class(ps->dict, ps->id[i]);
    li.nominal = (wc & (WC_ACTOR | WC_AGENT)) != 0;
    li.lexverb = verb_first_form(ps->dict, ps->id[i]) >= 0 ||
                 (ps->lexe[i] && (ps->lexe[i]->flags & L_VERB));
    li.m = morph(lw, n);
    if (!li.lexverb && li.m != M_BASE) li.lexverb = lex_verb_stem(ps, lw, n, li.m);
    if (memchr(lw, '-', n) && (li.m == M_ING || li.m == M_ED) && !li.lexverb) {
        li.cand = C_ADJ;  // "high-ranking", "war-torn", "U.S.-backed"
        return li;
    }
    if (li.lexverb) li.cand |= C_VERB;
    if (!li.lexverb && (li.m == M_ED || li.m == M_ING)) li.cand |= C_VERB;
    if (ends(lw, n, "ly") && !li.nominal) li.cand |= C_ADV;
    else if (adj_suffix(lw, n) && !li.lexverb && !li.nominal) li.cand |= C_ADJ;
    if (!(li.cand & (C_ADV | C_ADJ))) li.cand |= C_NOUN;
    if (li.nominal) li.cand |= C_NOUN;
    if (noun_suffix(lw, n)) li.cand |= C_NOUN;
    return li;
}

// Could token i open a noun phrase (for deciding verbs before it)?
static bool np_start_at(const pstate *ps, int32_t i)
{
    if (i >= ps->n) return false;
    const text_token *t = &ps->toks[i];
    if (t->flags & TOK_NUM) return true;
    const lex_entry *e = ps->lexe[i];
    if (e) {
        uint8_t g = e->tag;
        if (g == P_DT || g == P_PDT || g == P_PRPS || g == P_CD || g == P_JJ) return true;
        if (g == P_PRP) return !tok_is(ps, i, "he") && !tok_is(ps, i, "she") &&
                               !tok_is(ps, i, "they") && !tok_is(ps, i, "we") &&
                               !tok_is(ps, i, "i");
        return false;
    }
    if (t->flags & TOK_CAP) return true;
    if (t->flags & TOK_PUNCT) return t->norm.n == 2 && t->norm.p[0] == '`';
    uint8_t wc = dict_word_class(ps->dict, ps->id[i]);
    return (wc & (WC_ACTOR | WC_AGENT)) != 0;
}

static uint8_t noun_tag(int m) { return m == M_S ? P_NNS : P_NN; }

// A determiner, possessive, object pronoun, number or name at i.
static bool strong_np_at(const pstate *ps, int32_t i)
{
    if (i >= ps->n) return false;
    const text_token *t = &ps->toks[i];
    if (t->flags & (TOK_NUM | TOK_CAP)) return true;
    const lex_entry *e = ps->lexe[i];
    return e && (e->tag == P_DT || e->tag == P_PDT || e->tag == P_PRPS || e->tag == P_PRP ||
                 e->tag == P_CD);
}

// Previous token's tag, skipping adverbs; *had_adv tells if any was skipped.
static int32_t prev_skip_rb(const pstate *ps, int32_t i)
{
    int32_t j = i - 1;
    while (j >= 0 && ps->tag[j] == P_RB) j--;
    return j;
}

// Does the noun run ending before i begin with a determiner or possessive
// ("the Gondor attack")?
static bool run_has_det(const pstate *ps, int32_t i)
{
    for (int32_t j = i - 1; j >= 0; j--) {
        uint8_t t = ps->tag[j];
        if (t == P_DT || t == P_PRPS || t == P_POS) return true;
        if (!is_noun(t) && !is_adj(t) && t != P_CD) return false;
    }
    return false;
}

// Does the noun run before i open with a possessive ("North Korea's
// leader")? Such a phrase is complete: an -s form after it is its verb.
static bool run_after_possessive(const pstate *ps, int32_t i)
{
    for (int32_t j = i - 1; j >= 0; j--) {
        uint8_t t = ps->tag[j];
        if (t == P_POS) return j < i - 1;
        if (!is_noun(t) && !is_adj(t) && t != P_CD) return false;
    }
    return false;
}

// Is there a likely finite verb later in this clause (before punctuation
// or a subordinator)?
static bool later_finite(const pstate *ps, int32_t i)
{
    for (int32_t j = i + 1; j < ps->n && j < i + 40; j++) {
        const text_token *t = &ps->toks[j];
        if (t->flags & TOK_PUNCT) return false;
        const lex_entry *e = ps->lexe[j];
        if (e) {
            if (e->tag == P_MD || (e->flags & (L_BE | L_HAVE | L_DO | L_PAST))) return true;
            if ((e->flags & L_SUB) || e->tag == P_WDT || e->tag == P_WP || e->tag == P_CC) return false;
            continue;
        }
        if (t->flags & TOK_CAP) continue;
        slice w = t->norm;
        if (w.n > 3 && w.p[w.n - 1] == 'd' && w.p[w.n - 2] == 'e' &&
            verb_first_form(ps->dict, ps->id[j]) >= 0)
            return true;
    }
    return false;
}

static void lower_copy(const slice s, char *out, size_t cap, size_t *n)
{
    size_t k = s.n < cap ? s.n : cap - 1;
    for (size_t i = 0; i < k; i++) {
        char c = s.p[i];
        out[i] = (c >= 'A' && c <= 'Z') ? (char)(c | 32) : c;
    }
    out[k] = 0;
    *n = k;
}

static int morph_of(const pstate *ps, int32_t i)
{
    char lw[32];
    size_t ln;
    lower_copy(ps->toks[i].norm, lw, sizeof lw, &ln);
    return morph(lw, ln);
}

// Is the noun phrase before i a coordination ("the Philippines and the
// Central African Republic agree")? Then a base form after it is a verb.
static bool coordinated_run(const pstate *ps, int32_t i)
{
    for (int32_t j = i - 1; j >= 0; j--) {
        uint8_t t = ps->tag[j];
        if (t == P_CC) return true;
        if (!is_noun(t) && !is_adj(t) && t != P_CD && t != P_DT && t != P_POS && t != P_COMMA)
            return false;
    }
    return false;
}

static uint8_t decide_verbish(const pstate *ps, int32_t i, const lexinfo *li, bool finite_seen,
                              bool any_finite)
{
    int m = li->m;
    const lex_entry *e = ps->lexe[i];
    bool past = e && (e->flags & L_PAST), part = e && (e->flags & L_PART);
    bool ed = m == M_ED || past || part;
    int32_t pj = prev_skip_rb(ps, i);
    uint8_t p = pj >= 0 ? ps->tag[pj] : P_PERIOD;
    uint8_t pp = i > 0 ? ps->tag[i - 1] : P_PERIOD;
    uint8_t pf = pj >= 0 ? ps->lflags[pj] : 0;
    bool next_np = np_start_at(ps, i + 1);
    const lex_entry *ne = i + 1 < ps->n ? ps->lexe[i + 1] : NULL;
    bool next_in = ne && (ne->tag == P_IN || ne->tag == P_TO || ne->tag == P_RP);
    if (p == P_MD || (p == P_TO && pj == i - 1) || (pf & L_DO))
        return m == M_ING ? P_VBG : P_VB;
    if (p == P_TO) return m == M_ING ? P_VBG : P_VB;
    if (pf & L_BE) {
        if (m == M_ING) return P_VBG;
        if (ed) return P_VBN;
        return noun_tag(m);
    }
    if (pf & L_HAVE) {
        if (ed) return P_VBN;
        if (m == M_S || !next_np) return noun_tag(m);
        return P_VBN;
    }
    if (pp == P_DT || pp == P_PRPS || pp == P_POS || is_adj(pp) || pp == P_CD ||
        pp == P_PDT) {
        if ((m == M_ED || m == M_ING) && i + 1 < ps->n && !next_in &&
            (np_start_at(ps, i + 1) || (ps->toks[i + 1].flags & TOK_ALPHA)))
            return P_JJ;
        return noun_tag(m);
    }
    if (pp == P_IN || pp == P_RP) return m == M_ING ? P_VBG : noun_tag(m);
    if (p == P_WDT || p == P_WP) {
        if (ed) return P_VBD;
        return m == M_S ? P_VBZ : m == M_ING ? P_VBG : P_VBP;
    }
    if (p == P_CC) {
        if (m == M_ING) return P_VBG;
        if (ed && (any_finite || next_np || next_in)) return P_VBD;
        if (next_np && li->lexverb) return m == M_S ? P_VBZ : P_VBP;
        return noun_tag(m);
    }
    if (is_noun(p) || p == P_PRP || p == P_EX || p == P_RRB || p == P_RQ) {
        bool pronoun = p == P_PRP;
        if (finite_seen) {
            if (ed) return next_np ? P_VBD : P_VBN;
            if (m == M_ING) return P_VBG;
            return noun_tag(m);
        }
        if (ed) return P_VBD;
        if (m == M_ING) return P_VBG;
        // "Kim's motives extend beyond": a base form after a plural agrees
        if (m == M_BASE && li->lexverb && pp == P_NNS && (next_in || next_np)) return P_VBP;
        // "North Korea's leader wants to": an -s form after a possessive phrase
        if (m == M_S && li->lexverb && (pp == P_NN || pp == P_NNP) && (next_in || next_np) &&
            run_after_possessive(ps, i))
            return P_VBZ;
        bool coord = coordinated_run(ps, i);
        bool det = run_has_det(ps, i) && !coord;
        // "the UN and EU sanctions" after a verb: a coordinated noun phrase
        bool listed = coord && any_finite;
        const lex_entry *nx = i + 1 < ps->n ? ps->lexe[i + 1] : NULL;
        bool next_vbg = i + 1 < ps->n && !nx && !(ps->toks[i + 1].flags & TOK_CAP) &&
                        morph_of(ps, i + 1) == M_ING;
        // after "the X", only a determiner, pronoun, name or number makes it a
        // verb ("the Congress wants a vote"; not "a US ship staff member")
        bool strong = next_np && (!det || strong_np_at(ps, i + 1));
        bool verb = pronoun ||
                    (li->lexverb && (strong || (!det && (next_in || next_vbg ||
                                                           (m == M_S && !listed && !later_finite(ps, i))))));
        if (m == M_S) return verb ? P_VBZ : P_NNS;
        return verb ? P_VBP : P_NN;
    }
    // after a comma: the verb of a subject that began the sentence
    // ("Chinese officials, including X, greeted him")
    if (pp == P_COMMA && !any_finite && ps->n > 0 &&
        (is_noun(ps->tag[0]) || ps->tag[0] == P_DT || ps->tag[0] == P_PRP || ps->tag[0] == P_JJ)) {
        if (ed && (next_np || next_in)) return P_VBD;
        if (m == M_S && li->lexverb && next_np) return P_VBZ;
    }
    // sentence start, after a comma, colon or quote
    if (m == M_ING) return P_VBG;
    if (ed && (next_np || next_in)) return P_VBN;
    return noun_tag(m);
}


static uint8_t punct_tag(slice w)
{
    if (w.n == 1) switch (w.p[0]) {
        case ',': return P_COMMA;
        case '.': case '!': case '?': return P_PERIOD;
        case ':': case ';': return P_COLON;
        case '$': return P_DOLLAR;
        case '"': return P_LQ;
        default: break;
        }
    if (w.n == 2 && w.p[0] == '`') return P_LQ;
    if (w.n == 2 && w.p[0] == '\'') return P_RQ;
    if (w.n == 1 && (w.p[0] == '`')) return P_LQ;
    if (w.n == 1 && (w.p[0] == '\'')) return P_RQ;
    if (w.n == 2 && w.p[0] == '-' && w.p[1] == '-') return P_COLON;
    if (w.n == 3 && !memcmp(w.p, "...", 3)) return P_COLON;
    if (w.n == 5 && !memcmp(w.p, "-LRB-", 5)) return P_LRB;
    if (w.n == 5 && !memcmp(w.p, "-RRB-", 5)) return P_RRB;
    if (w.n == 1 && w.p[0] == '_') return P_HYPH;  // "Dol_Amroth"
    return P_SYM;
}

static void tag_sentence(pstate *ps)
{
    bool finite_seen = false, any_finite = false;
    for (int32_t i = 0; i < ps->n; i++) {
        char lw[32];
        size_t ln;
        lower_copy(ps->toks[i].norm, lw, sizeof lw, &ln);
        ps->lexe[i] = ps->toks[i].norm.n < sizeof lw ? lex_find(ps, lw, ln) : NULL;
        ps->lflags[i] = ps->lexe[i] ? ps->lexe[i]->flags : 0;
        ps->tag[i] = P_NN;
    }
    for (int32_t i = 0; i < ps->n; i++) {
        const text_token *t = &ps->toks[i];
        char lw[32];
        size_t ln;
        lower_copy(t->norm, lw, sizeof lw, &ln);
        const lex_entry *e = ps->lexe[i];
        uint8_t tag;
        if ((t->flags & TOK_BADUTF8) && !(t->flags & TOK_ALPHA)) {
            tag = P_SYM;  // invalid bytes on their own: no word
        } else if ((t->flags & TOK_PUNCT) && !e) {
            tag = punct_tag(t->norm);
            // "Workers' Party": an apostrophe after a plural before a word
            if (t->norm.n == 1 && t->norm.p[0] == '\'' && i > 0 && i + 1 < ps->n &&
                (ps->toks[i - 1].norm.p[ps->toks[i - 1].norm.n - 1] | 32) == 's' &&
                ps->toks[i - 1].end == t->start && (ps->toks[i + 1].flags & TOK_ALPHA))
                tag = P_POS;
        } else if ((t->flags & TOK_NUM) || (e && e->tag == P_CD)) {
            tag = P_CD;
        } else if ((t->flags & TOK_UPPER) && t->norm.n == 2 && t->norm.p[0] == 'U' &&
                   t->norm.p[1] == 'S') {
            tag = P_NNP;  // "US" in capitals is the country, not "us"
        } else if (cap_inside(ps, i) && !(e && (e->tag == P_PRP || e->tag == P_MD))) {
            tag = P_NNP;  // a capitalised word inside the sentence is a name
        } else if (e && !(e->flags & L_VERB)) {
            tag = e->tag;
            if (tok_is(ps, i, "'s")) {
                uint8_t p = i ? ps->tag[i - 1] : P_PERIOD;
                tag = (p == P_PRP || p == P_EX || p == P_WP || tok_is(ps, i - 1, "that")) ? P_VBZ : P_POS;
            } else if (tok_is(ps, i, "that")) {
                uint8_t p = i ? ps->tag[i - 1] : P_PERIOD;
                bool next_noun = i + 1 < ps->n && !ps->lexe[i + 1] &&
                                 !(ps->toks[i + 1].flags & (TOK_CAP | TOK_PUNCT));
                // "agree that disputes should ...": a clause follows
                const lex_entry *e2 = i + 2 < ps->n ? ps->lexe[i + 2] : NULL;
                bool clause_next = e2 && (e2->tag == P_MD || (e2->flags & (L_BE | L_HAVE | L_DO)));
                if (is_noun(p) && !next_noun) tag = P_WDT;
                else if ((p == P_IN || p == P_PERIOD || is_verb(p)) && next_noun && !clause_next) tag = P_DT;
                else tag = P_IN;
            } else if (tok_is(ps, i, "her")) {
                tag = np_start_at(ps, i + 1) || (i + 1 < ps->n && !ps->lexe[i + 1] && !(ps->toks[i + 1].flags & TOK_PUNCT)) ? P_PRPS : P_PRP;
            } else if (tok_is(ps, i, "there")) {
                tag = i + 1 < ps->n && ps->lexe[i + 1] && (ps->lexe[i + 1]->flags & L_BE) ? P_EX : P_RB;
            } else if (tok_is(ps, i, "about") && tok_is(ps, i + 1, "to")) {
                tag = P_IN;
            } else if ((e->flags & L_PRT) && i > 0 && is_verb(ps->tag[i - 1]) &&
                       !(ps->lflags[i - 1] & (L_BE | L_HAVE | L_DO)) &&
                       (np_start_at(ps, i + 1) || i + 1 >= ps->n ||
                        (ps->toks[i + 1].flags & TOK_PUNCT))) {
                tag = P_RP;
            } else if (e->tag == P_RP) {
                tag = P_RB;
            } else if (e->flags & (L_BE | L_HAVE | L_DO)) {
                // "have" after a modal or "to" is a base form
                uint8_t p = i ? ps->tag[prev_skip_rb(ps, i) >= 0 ? prev_skip_rb(ps, i) : 0] : P_PERIOD;
                if ((p == P_MD || p == P_TO || (ps->lflags[i ? i - 1 : 0] & L_DO)) && e->tag != P_VBN && e->tag != P_VBG) tag = P_VB;
            }
        } else {
            lexinfo li = classify_open(ps, i, lw, ln);
            bool start_cap = (t->flags & TOK_CAP) && !cap_inside(ps, i);
            if (start_cap && !li.lexverb && (li.m == M_ED || li.m == M_ING) && !(li.cand & C_ADJ) &&
                !(dict_word_class(ps->dict, ps->id[i]) & WC_AGENT) && !memchr(lw, '-', ln)) {
                tag = P_NNP;  // "Ahmed al-Sharaa": a name, not an unknown verb
            } else if (start_cap && !(li.cand & C_VERB) && !(li.cand & C_ADV) &&
                !(dict_word_class(ps->dict, ps->id[i]) & WC_AGENT)) {
                tag = (li.cand & C_ADJ) && !(dict_word_class(ps->dict, ps->id[i]) & WC_ACTOR) ? P_JJ : P_NNP;
            } else if (li.cand & C_VERB) {
                if ((dict_word_class(ps->dict, ps->id[i]) & WC_AGENT_HEAD) && !(li.cand & C_ADJ)) {
                    // actor and agent words are nouns unless a modal or
                    // "to" insists
                    int32_t pj = prev_skip_rb(ps, i);
                    uint8_t p = pj >= 0 ? ps->tag[pj] : P_PERIOD;
                    tag = (p == P_MD || p == P_TO) ? P_VB : p == P_PRP ? decide_verbish(ps, i, &li, finite_seen, any_finite) : noun_tag(li.m);
                } else {
                    tag = decide_verbish(ps, i, &li, finite_seen, any_finite);
                }
            } else if (li.cand & C_ADV) {
                tag = P_RB;
            } else if (li.cand & C_ADJ) {
                tag = P_JJ;
            } else {
                // an unknown base form after "to" (or "to further") with a noun
                // phrase after it is a verb: "to isolate Putin"
                int32_t pj = prev_skip_rb(ps, i);
                bool after_to = pj >= 0 && ps->tag[pj] == P_TO && !(t->flags & TOK_CAP);
                tag = after_to && li.m == M_BASE && np_start_at(ps, i + 1) ? P_VB : noun_tag(li.m);
            }
        }
        ps->tag[i] = tag;
        if (is_finite(tag)) finite_seen = any_finite = true;
        if (tag == P_COMMA || tag == P_CC || tag == P_COLON || tag == P_WDT || tag == P_WP ||
            (tag == P_IN && (ps->lflags[i] & L_SUB)))
            finite_seen = false;
    }
}

// ---------------------------------------------------------------- tree building

static const char *LABEL_ROOT = "ROOT", *LABEL_S = "S", *LABEL_SBAR = "SBAR", *LABEL_NP = "NP",
                  *LABEL_VP = "VP", *LABEL_PP = "PP", *LABEL_ADVP = "ADVP", *LABEL_ADJP = "ADJP", *LABEL_PRT = "PRT",
                  *LABEL_WHNP = "WHNP";

static uint8_t class_of(const char *label, bool *vbn)
{
    *vbn = false;
    if (label == LABEL_ROOT) return TAG_ROOT;
    if (label == LABEL_S) return TAG_S;
    if (label == LABEL_SBAR) return TAG_SBAR;
    if (label == LABEL_NP || label == LABEL_WHNP) return TAG_NP;
    if (label == LABEL_VP) return TAG_VP;
    if (label == LABEL_PP) return TAG_PP;
    return TAG_OTHER;
}

static uint8_t leaf_class(uint8_t t, bool *vbn)
{
    *vbn = t == P_VBN;
    if (is_noun(t)) return TAG_NOUN;
    if (is_verb(t)) return TAG_VERB;
    switch (t) {
    case P_PRP: case P_PRPS: return TAG_PRP;
    case P_CC: return TAG_CC;
    case P_POS: return TAG_POS;
    case P_IN: case P_TO: return TAG_IN;
    case P_DT: return TAG_DT;
    case P_COMMA: return TAG_COMMA;
    case P_COLON: return TAG_COLON;
    case P_JJ: case P_JJR: case P_JJS: return TAG_JJ;
    case P_PERIOD: case P_LQ: case P_RQ: case P_LRB: case P_RRB: return TAG_PUNCT;
    default: return TAG_OTHER;
    }
}

static int32_t node_new(pstate *ps)
{
    ptree *t = ps->t;
    VEC_RESERVE(t->nodes, t->cap, t->n + 1);
    if ((size_t)t->n + 1 > ps->cap_last) {
        ps->cap_last = ps->cap_last ? ps->cap_last * 2 : 256;
        ps->last_child = xrealloc(ps->last_child, ps->cap_last * sizeof *ps->last_child);
    }
    tnode *n = &t->nodes[t->n];
    memset(n, 0, sizeof *n);
    n->parent = n->first = n->next = -1;
    n->leaf_index = -1;
    ps->last_child[t->n] = -1;
    return t->n++;
}

static int32_t mk(pstate *ps, const char *label)
{
    int32_t id = node_new(ps);
    tnode *n = &ps->t->nodes[id];
    n->label = (slice){label, strlen(label)};
    bool vbn;
    n->tag = class_of(label, &vbn);
    return id;
}

static void add(pstate *ps, int32_t parent, int32_t child)
{
    if (child < 0) return;
    tnode *nodes = ps->t->nodes;
    nodes[child].parent = parent;
    nodes[child].next = -1;
    int32_t last = ps->last_child[parent];
    if (last < 0) nodes[parent].first = child;
    else nodes[last].next = child;
    ps->last_child[parent] = child;
}

// A leaf for the token at the cursor; advances.
static int32_t leaf(pstate *ps)
{
    int32_t i = ps->pos++;
    int32_t id = node_new(ps);
    tnode *n = &ps->t->nodes[id];
    const char *name = TAG_NAME[ps->tag[i]];
    n->label = (slice){name, strlen(name)};
    n->word = ps->toks[i].norm;
    if (!n->word.p) n->word = (slice){"", 0};
    bool vbn;
    n->tag = leaf_class(ps->tag[i], &vbn);
    n->is_vbn = vbn;
    n->leaf_index = i;
    n->pos = ps->toks[i].start;
    return id;
}

static int32_t wrap1(pstate *ps, const char *label, int32_t child)
{
    int32_t p = mk(ps, label);
    add(ps, p, child);
    return p;
}

static uint8_t cur(const pstate *ps) { return ps->pos < ps->n ? ps->tag[ps->pos] : P_PERIOD; }
static uint8_t at(const pstate *ps, int32_t i) { return i < ps->n ? ps->tag[i] : P_PERIOD; }
static bool at_end(const pstate *ps) { return ps->pos >= ps->n; }

static bool np_word(uint8_t t)
{
    return is_noun(t) || is_adj(t) || t == P_CD || t == P_DT || t == P_PDT || t == P_PRPS ||
           t == P_DOLLAR;
}

static bool np_begins(const pstate *ps, int32_t i)
{
    uint8_t t = at(ps, i);
    if (i >= ps->n) return false;
    if (np_word(t) || t == P_PRP) return true;
    if (t == P_VBG || t == P_VBN) return is_noun(at(ps, i + 1)) && i + 1 < ps->n;
    if (t == P_RB && at(ps, i + 1) == P_CD) return true;   // "almost five years"
    return false;
}

static bool verb_begins(const pstate *ps, int32_t i)
{
    uint8_t t = at(ps, i);
    if (i >= ps->n) return false;
    if (is_verb(t) || t == P_MD) return true;
    if (t == P_RB) {  // "recently allowed", "did not"
        int32_t j = i;
        while (j < ps->n && ps->tag[j] == P_RB) j++;
        return j < ps->n && (is_finite(ps->tag[j]) || ps->tag[j] == P_MD);
    }
    return false;
}

static bool finite_begins(const pstate *ps, int32_t i)
{
    int32_t j = i;
    while (j < ps->n && ps->tag[j] == P_RB) j++;
    return j < ps->n && is_finite(ps->tag[j]);
}

static int32_t parse_np(pstate *ps, bool subject);
static int32_t parse_vp(pstate *ps);
static int32_t parse_clause(pstate *ps);

// Index just past the noun phrase that starts at i (a cheap look-ahead that
// mirrors parse_base_np), or i when none starts there.
static int32_t skim_np(const pstate *ps, int32_t i)
{
    int32_t j = i;
    if (at(ps, j) == P_PRP && j < ps->n) return j + 1;
    if (at(ps, j) == P_RB && at(ps, j + 1) == P_CD) j++;
    while (j < ps->n) {
        uint8_t t = ps->tag[j];
        if (np_word(t) || t == P_POS || ((t == P_VBG || t == P_VBN) && is_noun(at(ps, j + 1))) ||
            (t == P_HYPH && j > i && is_noun(at(ps, j + 1))))
            j++;
        else if (t == P_CC && j > i && is_adj(at(ps, j - 1)) && is_adj(at(ps, j + 1))) j++;
        else break;
    }
    return j;
}

// (NP ...) of determiners, adjectives and nouns; "X 's Y" nests.
static int32_t parse_base_np(pstate *ps)
{
    if (cur(ps) == P_PRP) return wrap1(ps, LABEL_NP, leaf(ps));
    int32_t np = mk(ps, LABEL_NP);
    if (cur(ps) == P_RB && at(ps, ps->pos + 1) == P_CD) add(ps, np, leaf(ps));
    int32_t k = 0;
    while (!at_end(ps)) {
        uint8_t t = cur(ps);
        bool adj_part = (t == P_VBG || t == P_VBN) && is_noun(at(ps, ps->pos + 1)) && k > 0;
        if (t == P_HYPH && k > 0 && is_noun(at(ps, ps->pos + 1)) && ps->pos + 1 < ps->n) {
            add(ps, np, leaf(ps));  // the joint of "Dol_Amroth"
            continue;
        }
        if (t == P_POS && k > 0) {
            add(ps, np, leaf(ps));
            int32_t outer = mk(ps, LABEL_NP);
            add(ps, outer, np);
            np = outer;
            continue;
        }
        if (is_adj(t) && at(ps, ps->pos + 1) == P_CC && is_adj(at(ps, ps->pos + 2)) &&
            np_word(at(ps, ps->pos + 3)) && ps->pos + 3 < ps->n) {
            int32_t adjp = mk(ps, LABEL_ADJP);  // "awful and evil minister"
            add(ps, adjp, leaf(ps));
            add(ps, adjp, leaf(ps));
            add(ps, adjp, leaf(ps));
            add(ps, np, adjp);
            k++;
            continue;
        }
        if (!np_word(t) && !adj_part) break;
        if ((t == P_DT || t == P_PDT) && k > 0 && at(ps, ps->pos - 1) != P_PDT) break;
        if (t == P_PRPS && k > 0 && at(ps, ps->pos - 1) != P_PDT) break;
        add(ps, np, leaf(ps));
        k++;
    }
    if (ps->t->nodes[np].first < 0) add(ps, np, leaf(ps));  // never empty
    return np;
}

static int32_t parse_pp(pstate *ps, bool subject)
{
    int32_t pp = mk(ps, LABEL_PP);
    add(ps, pp, leaf(ps));
    if (cur(ps) == P_TO || (cur(ps) == P_IN && !(ps->lflags[ps->pos] & L_SUB)))
        add(ps, pp, parse_pp(ps, subject));  // "according to", "out of"
    else if (cur(ps) == P_VBG) add(ps, pp, wrap1(ps, LABEL_S, parse_vp(ps)));
    else if (np_begins(ps, ps->pos)) add(ps, pp, parse_np(ps, subject));
    return pp;
}

// Appositive or list after a comma: ", NP ," or ", NP ." and not a clause.
static bool apposition_at(const pstate *ps, int32_t i)
{
    if (at(ps, i) != P_COMMA || !np_begins(ps, i + 1)) return false;
    int32_t j = skim_np(ps, i + 1);
    if (j == i + 1) return false;
    uint8_t t = at(ps, j);
    return j >= ps->n || t == P_COMMA || t == P_PERIOD || t == P_COLON;
}

// After a first member: ", B , C and D" or "and D" -> true when a CC with a
// noun phrase after it ends the list.
static bool list_follows(const pstate *ps, int32_t i, bool subject)
{
    int32_t j = i;
    while (j < ps->n) {
        if (ps->tag[j] == P_CC) {
            if (!np_begins(ps, j + 1)) return false;
            if (subject) return true;
            int32_t e = skim_np(ps, j + 1);
            return !finite_begins(ps, e);   // "and officials said": a clause
        }
        if (ps->tag[j] != P_COMMA || !np_begins(ps, j + 1)) return false;
        int32_t e = skim_np(ps, j + 1);
        if (e == j + 1) return false;
        if (at(ps, e) == P_COMMA && at(ps, e + 1) == P_CC) e++;  // Oxford comma
        j = e;
    }
    return false;
}

static int32_t parse_np_member(pstate *ps, bool subject)
{
    int32_t np = parse_base_np(ps);
    // "of" phrases always belong to the noun; in subject position (before
    // the verb) so do other prepositional phrases
    while (!at_end(ps) && cur(ps) == P_IN && !(ps->lflags[ps->pos] & L_SUB && !tok_is(ps, ps->pos, "of"))) {
        bool of = tok_is(ps, ps->pos, "of");
        if (!of && !subject) break;
        if (!of && tok_is(ps, ps->pos, "than")) break;
        if (!np_begins(ps, ps->pos + 1)) break;
        int32_t outer = mk(ps, LABEL_NP);
        add(ps, outer, np);
        add(ps, outer, parse_pp(ps, subject));
        np = outer;
    }
    return np;
}

static int32_t parse_np(pstate *ps, bool subject)
{
    if (++ps->depth > 60) {
        ps->depth--;
        return parse_base_np(ps);
    }
    int32_t np = parse_np_member(ps, subject);
    if (!at_end(ps) && (cur(ps) == P_CC || cur(ps) == P_COMMA) && list_follows(ps, ps->pos, subject)) {
        int32_t coord = mk(ps, LABEL_NP);
        add(ps, coord, np);
        while (!at_end(ps)) {
            if (cur(ps) == P_CC) {
                add(ps, coord, leaf(ps));
                add(ps, coord, parse_np_member(ps, subject));
                break;
            }
            add(ps, coord, leaf(ps));  // the comma
            if (cur(ps) == P_CC) continue;
            add(ps, coord, parse_np_member(ps, subject));
        }
        np = coord;
    }
    if (!subject && apposition_at(ps, ps->pos) && !list_follows(ps, ps->pos, subject)) {
        int32_t outer = mk(ps, LABEL_NP);
        add(ps, outer, np);
        add(ps, outer, leaf(ps));  // comma
        add(ps, outer, parse_np_member(ps, false));
        if (cur(ps) == P_COMMA && !at_end(ps)) add(ps, outer, leaf(ps));
        np = outer;
    }
    // relative clause
    if (!at_end(ps) && (cur(ps) == P_WDT || cur(ps) == P_WP) && verb_begins(ps, ps->pos + 1)) {
        int32_t outer = mk(ps, LABEL_NP);
        add(ps, outer, np);
        int32_t sbar = mk(ps, LABEL_SBAR);
        add(ps, sbar, wrap1(ps, LABEL_WHNP, leaf(ps)));
        add(ps, sbar, wrap1(ps, LABEL_S, parse_vp(ps)));
        add(ps, outer, sbar);
        np = outer;
    }
    ps->depth--;
    return np;
}

// A subordinate clause: "that Gondor attacked", "after crowds trashed it".
static int32_t parse_sbar(pstate *ps)
{
    int32_t sbar = mk(ps, LABEL_SBAR);
    add(ps, sbar, leaf(ps));
    add(ps, sbar, parse_clause(ps));
    return sbar;
}

// Does a clause (subject + finite verb) start at i?
static bool clause_at(const pstate *ps, int32_t i)
{
    if (!np_begins(ps, i)) return false;
    int32_t j = skim_np(ps, i);
    // "X and Y said", "X, Y and Z said"; commas only in a list that ends with
    // a conjunction ("its embassy, a senior official said" is two clauses)
    int32_t before_list = j;
    bool comma = false, cc = false;
    while (j < ps->n && (ps->tag[j] == P_CC || ps->tag[j] == P_COMMA) && np_begins(ps, j + 1)) {
        int32_t k = skim_np(ps, j + 1);
        if (k == j + 1) break;
        if (ps->tag[j] == P_CC) cc = true;
        else comma = true;
        j = k;
    }
    if (comma && !cc) j = before_list;
    while (j < ps->n && ps->tag[j] == P_IN && tok_is(ps, j, "of") && np_begins(ps, j + 1))
        j = skim_np(ps, j + 1);
    return finite_begins(ps, j);
}

static void parse_complements(pstate *ps, int32_t vp);

// The verb group and what follows: (VP (MD will) (VP (VB visit) (NP ...))).
static int32_t parse_vp(pstate *ps)
{
    if (++ps->depth > 60) {
        ps->depth--;
        int32_t vp = mk(ps, LABEL_VP);
        add(ps, vp, leaf(ps));
        return vp;
    }
    int32_t vp = mk(ps, LABEL_VP);
    add(ps, vp, leaf(ps));  // the first verb (or modal, or "to")
    // adverbs, then a further verb: the first word was an auxiliary
    while (!at_end(ps) && cur(ps) == P_RB && verb_begins(ps, ps->pos + 1))
        add(ps, vp, leaf(ps));
    while (!at_end(ps) && cur(ps) == P_RB && (at(ps, ps->pos + 1) == P_RB || is_verb(at(ps, ps->pos + 1))))
        add(ps, vp, leaf(ps));
    if (!at_end(ps) && is_verb(cur(ps))) {
        add(ps, vp, parse_vp(ps));
        ps->depth--;
        return vp;
    }
    if (!at_end(ps) && tok_is(ps, ps->pos, "about") && at(ps, ps->pos + 1) == P_TO &&
        is_verb(at(ps, ps->pos + 2))) {  // "is about to restore"
        add(ps, vp, leaf(ps));
        add(ps, vp, wrap1(ps, LABEL_S, parse_vp(ps)));
        ps->depth--;
        return vp;
    }
    parse_complements(ps, vp);
    ps->depth--;
    return vp;
}

static void parse_complements(pstate *ps, int32_t vp)
{
    int objects = 0;
    while (!at_end(ps)) {
        uint8_t t = cur(ps);
        int32_t i = ps->pos;
        if (t == P_PERIOD || t == P_COLON || t == P_RRB) break;
        if (t == P_RP) {
            add(ps, vp, wrap1(ps, LABEL_PRT, leaf(ps)));
            continue;
        }
        if (t == P_CC) {
            // "condemned X and promised Y": the caller coordinates
            if (verb_begins(ps, i + 1) || clause_at(ps, i + 1)) break;
            if (np_begins(ps, i + 1)) {  // "X and Y" left over after an object
                add(ps, vp, leaf(ps));
                add(ps, vp, parse_np(ps, false));
                continue;
            }
            break;
        }
        if (t == P_COMMA) {
            // a new clause or verb after the comma ends this verb phrase
            int32_t j = i + 1;
            if (at(ps, j) == P_CC) j++;
            if (j >= ps->n || clause_at(ps, j) || finite_begins(ps, j) || at(ps, j) == P_LQ ||
                at(ps, j) == P_RQ)
                break;
            add(ps, vp, leaf(ps));
            continue;
        }
        if (t == P_LQ || t == P_RQ) {
            add(ps, vp, leaf(ps));
            continue;
        }
        if (t == P_RB) {
            add(ps, vp, wrap1(ps, LABEL_ADVP, leaf(ps)));
            continue;
        }
        if (t == P_TO) {
            if (is_verb(at(ps, i + 1)) || (at(ps, i + 1) == P_RB && is_verb(at(ps, i + 2)))) {
                add(ps, vp, wrap1(ps, LABEL_S, parse_vp(ps)));
            } else {
                add(ps, vp, parse_pp(ps, false));
            }
            continue;
        }
        if (t == P_IN) {
            bool sub = ps->lflags[i] & L_SUB;
            if (sub && (clause_at(ps, i + 1) || tok_is(ps, i, "that"))) {
                add(ps, vp, parse_sbar(ps));
                continue;
            }
            add(ps, vp, parse_pp(ps, false));
            continue;
        }
        if (t == P_WRB && clause_at(ps, i + 1)) {
            add(ps, vp, parse_sbar(ps));
            continue;
        }
        if (is_verb(t) || t == P_MD) {
            if (t == P_VBG || t == P_VBN || t == P_VB) {
                add(ps, vp, wrap1(ps, LABEL_S, parse_vp(ps)));
                continue;
            }
            break;  // a finite verb: another clause's
        }
        if (np_begins(ps, i)) {
            if (clause_at(ps, i)) {  // "said Gondor attacked", "believes X can cope"
                int32_t sbar = mk(ps, LABEL_SBAR);
                add(ps, sbar, parse_clause(ps));
                add(ps, vp, sbar);
                continue;
            }
            if (objects >= 2) {
                // an NP after two objects is most likely an adverbial ("next week")
                add(ps, vp, parse_np(ps, false));
                continue;
            }
            add(ps, vp, parse_np(ps, false));
            objects++;
            continue;
        }
        if (t == P_WDT || t == P_WP) {
            if (verb_begins(ps, i + 1)) {
                int32_t sbar = mk(ps, LABEL_SBAR);
                add(ps, sbar, wrap1(ps, LABEL_WHNP, leaf(ps)));
                add(ps, sbar, wrap1(ps, LABEL_S, parse_vp(ps)));
                add(ps, vp, sbar);
                continue;
            }
        }
        add(ps, vp, leaf(ps));
    }
}

// A clause: [subject] verb phrase, with coordinated verb phrases.
static int32_t parse_clause(pstate *ps)
{
    int32_t s = mk(ps, LABEL_S);
    if (++ps->depth > 60) {
        while (!at_end(ps) && cur(ps) != P_PERIOD) add(ps, s, leaf(ps));
        ps->depth--;
        return s;
    }
    if (np_begins(ps, ps->pos) && !verb_begins(ps, ps->pos)) add(ps, s, parse_np(ps, true));
    // adverbials between subject and verb: "Arnor on Thursday signed"
    while (!at_end(ps) && cur(ps) == P_RB) add(ps, s, wrap1(ps, LABEL_ADVP, leaf(ps)));
    if (!at_end(ps) && verb_begins(ps, ps->pos)) {
        int32_t vp = parse_vp(ps);
        while (!at_end(ps) && (cur(ps) == P_CC || (cur(ps) == P_COMMA && at(ps, ps->pos + 1) == P_CC)) ) {
            int32_t j = ps->pos + (cur(ps) == P_COMMA ? 2 : 1);
            if (!verb_begins(ps, j) || clause_at(ps, j)) break;
            int32_t outer = mk(ps, LABEL_VP);
            add(ps, outer, vp);
            while (ps->pos < j) add(ps, outer, leaf(ps));
            add(ps, outer, parse_vp(ps));
            vp = outer;
        }
        add(ps, s, vp);
    }
    ps->depth--;
    return s;
}

// The whole sentence: clauses, with whatever lies between them.
static void parse_sentence(pstate *ps, int32_t root)
{
    int32_t top = mk(ps, LABEL_S);
    add(ps, root, top);
    while (!at_end(ps)) {
        uint8_t t = cur(ps);
        int32_t before = ps->pos;
        if (t == P_PERIOD && ps->pos == ps->n - 1) {
            add(ps, top, leaf(ps));
            break;
        }
        if (t == P_IN && (ps->lflags[ps->pos] & L_SUB) && clause_at(ps, ps->pos + 1)) {
            add(ps, top, parse_sbar(ps));
        } else if (t == P_IN || t == P_TO) {
            add(ps, top, parse_pp(ps, false));
        } else if (np_begins(ps, ps->pos) || verb_begins(ps, ps->pos)) {
            int32_t c = parse_clause(ps);
            add(ps, top, c);
        } else if (t == P_RB) {
            add(ps, top, wrap1(ps, LABEL_ADVP, leaf(ps)));
        } else {
            add(ps, top, leaf(ps));
        }
        if (ps->pos == before) add(ps, top, leaf(ps));  // always move on
    }
}

static int builtin_parse(void *state, const parse_input *in, ptree *out, dyad_error *err)
{
    (void)err;
    pstate *ps = state;
    ps->dict = in->dict;
    ps->toks = in->toks;
    ps->n = in->n;
    ps->pos = 0;
    ps->depth = 0;
    ps->t = out;
    if ((size_t)in->n > ps->cap) {
        ps->cap = (size_t)in->n * 2;
        ps->tag = xrealloc(ps->tag, ps->cap);
        ps->lflags = xrealloc(ps->lflags, ps->cap);
        ps->lexe = xrealloc(ps->lexe, ps->cap * sizeof *ps->lexe);
        ps->id = xrealloc(ps->id, ps->cap * sizeof *ps->id);
    }
    for (int32_t i = 0; i < in->n; i++)
        ps->id[i] = in->ids ? in->ids[i]
                            : intern_find(in->dict->words, in->toks[i].norm.p, in->toks[i].norm.n);
    out->n = 0;
    out->n_leaves = in->n;
    tag_sentence(ps);
    int32_t root = mk(ps, LABEL_ROOT);
    out->root = root;
    parse_sentence(ps, root);
    return 0;
}

const parser_ops parser_builtin = {"dyad", builtin_create, builtin_destroy, builtin_parse};
