// lexicon.c: dyad's English word lists, each declared once (see lexicon.h).
#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

#include "tagger.h"

// ---------------------------------------------------------------- lists by id

static const char *const modal[] = {"may", "might", "could", "would", "should", "must", "will", "shall", NULL};

// believing, expecting, predicting, aiming, planning, threatening, promising
static const char *const negation[] = {"not", "n't", "never", NULL};

static const char *const irrealis[] = {
    "believe", "believes", "believed", "believing", "think", "thinks", "thought",
    "expect", "expects", "expected", "expecting", "suggest", "suggests", "suggested",
    "speculate", "speculates", "speculated", "predict", "predicts", "predicted", "fear",
    "fears", "feared", "hope", "hopes", "hoped", "doubt", "doubts", "doubted", "suppose",
    "supposed", "assume", "assumes", "assumed", "imagine", "imagined", "wonder",
    "wondered", "anticipate", "anticipates", "anticipated", "project", "projected",
    "projects", "forecast", "forecasts", "forecasted", "aim", "aims", "aimed", "aiming",
    "seek", "seeks", "sought", "seeking", "want", "wants", "wanted", "plan", "plans",
    "planned", "planning", "intend", "intends", "intended", "try", "tries", "tried",
    "trying", "attempt", "attempts", "attempted", "threaten", "threatens", "threatened",
    "vow", "vows", "vowed", "pledge", "pledges", "pledged", "promise", "promises",
    "promised", "fail", "fails", "failed", "failing", "refuse", "refuses", "refused",
    "refusing", "decline", "declines", "declined", "declining", "need", "needs", "needed",
    "needing", NULL};

// verbs of a state of mind: what follows them is the writer's reading of
// what someone thinks or wants, not an act ("Pyongyang aims to influence")
static const char *const mind[] = {
    "believe", "believes", "believed", "believing", "think", "thinks", "thought",
    "expect", "expects", "expected", "expecting", "hope", "hopes", "hoped", "hoping",
    "fear", "fears", "feared", "aim", "aims", "aimed", "aiming", "seek", "seeks",
    "sought", "seeking", "want", "wants", "wanted", "wanting", "wish", "wishes", "wished",
    "plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending",
    "try", "tries", "tried", "trying", "attempt", "attempts", "attempted", NULL};

// nouns and adjectives of intent or readiness: "efforts to seize", "ready
// to attack"
static const char *const intent[] = {
    "effort", "efforts", "attempt", "attempts", "plan", "plans", "bid", "bids", "threat",
    "threats", "push", "campaign", "desire", "intention", "intentions", "decision",
    "ability", "willingness", "readiness", "right", "power", "authority", "move",
    "able", "unable", "ready", "likely", "unlikely", "willing", "unwilling", "poised",
    "set", "determined", "eager", "prepared", "expected", "due", "about", "scheduled", "slated",
    "supposed", "going", NULL};

// Nouns that name people or bodies of people ("Chinese officials").
static const char *const animate[] = {
    "OFFICIAL", "OFFICIALS", "PEOPLE", "FORCES", "TROOPS", "AUTHORITIES", "AUTHORITY",
    "LEADERSHIP", "DELEGATION", "DELEGATIONS", "SIDE", "SIDES", "TEAM", "REGIME",
    "ADMINISTRATION", "GOVERNMENT", "GOVERNMENTS", "MINISTRY", "EMBASSY", "PARTY",
    "GROUP", "GROUPS", "ARMY", "NAVY", "POLICE", "MEDIA", "PUBLIC", "NATION", "NATIONS",
    "COUNTRY", "COUNTRIES", "STATE", "STATES", "COUNTERPART", "COUNTERPARTS", "CHIEF",
    "CHIEFS", "HEAD", "ENVOY", "ENVOYS", "DIPLOMAT", "DIPLOMATS", "CHILDREN", "YOUTHS",
    "RESIDENTS", "CITIZENS", "NATIONALS", "CIVILIANS", "ELITE", "ELITES",
    "COALITION", "ALLIANCE", "ALLIES", "ALLY", "UNION", "COUNCIL", "CABINET", "CONGRESS",
    "PARLIAMENT", "COURT", "AGENCY", "COMPANY", "FIRM", "FIRMS", "MILITARY", "MILITIA",
    "MILITIAS", "REBELS", "STUDENTS", "CLERGY", "DEPUTY", "DEPUTIES", "ENEMY", "ENEMIES",
    "FOE", "FOES", "RIVAL", "RIVALS", "PARTNER", "PARTNERS", "NEIGHBOR", "NEIGHBORS",
    "NEIGHBOUR", "NEIGHBOURS", "SOURCES", "SOURCE", "CAMP", "BLOC", "JUNTA", "KING",
    "QUEEN", "PRINCE", "EMIR", "SHEIKH", "PRESIDENCY", "CROWDS", "CROWD", "FAMILY", "GUARD",
    NULL};

static const char *const third_person[] = {"HE", "HIM", "SHE", "HER", NULL};
static const char *const neuter[] = {"IT", NULL};
static const char *const subject_pronoun[] = {"he", "she", "they", "we", "i", NULL};

static const char *const speech[] = {"SAID", "SAYS", "SAY", "SAYING", "TOLD", "ADDED", "NOTED", "REITERATED", "TWEETED", "WROTE",
                                     "REPORTED", "ANNOUNCED", "STATED", "EXPLAINED", NULL};

// PETRARCH's auxiliaries of the passive
static const char *const passive_aux[] = {"WAS", "IS", "BEEN", NULL};

static const char *const article[] = {"THE", "AN", "A", NULL};

static const char *const including[] = {"INCLUDING", "NOTABLY", "ESPECIALLY", "PARTICULARLY",
                                        "MAINLY", "CHIEFLY", NULL};

static const char *const not_name[] = {
    "I", "HE", "SHE", "IT", "WE", "THEY", "YOU", "HIS", "HER", "ITS", "THEIR", "OUR", "MY",
    "THIS", "THAT", "THESE", "THOSE", "SOME", "MANY", "ONE", "NO", "ANOTHER", "BOTH",
    "ALL", "OTHER", "OTHERS", "MORE", "MOST", "PEOPLE", "EACH", "ANY", "SUCH", NULL};

static const char *const weekday[] = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
                                      "FRIDAY", "SATURDAY", "SUNDAY", NULL};

static const char *const day_adverb[] = {"TODAY", "YESTERDAY", "TOMORROW", "TONIGHT", NULL};

static const char *const month[] = {"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY",
                                    "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
                                    "NOVEMBER", "DECEMBER", NULL};

static const char *const title[] = {"MR", "MR.", "MRS", "MRS.", "MS", "MS.", "DR", "DR.", NULL};

static const char *const common[] = {
    "THE", "A", "AN", "OF", "IN", "ON", "AT", "TO", "FOR", "BY", "WITH", "FROM", "AND", "OR",
    "BUT", "AS", "IS", "ARE", "WAS", "BE", "IT", "ITS", "US", "WE", "HE", "SHE", "THEY", "HIS",
    "HER", "THIS", "THAT", "MAY", "WILL", "CAN", "NEW", "NO", "NOT", "ALL", "ONE", "SAID",
    "SAYS", "WHO", "WHAT", "HAS", "HAD", "HAVE", "DO", "DID", "IF", "SO", "UP", "OUT", NULL};

// nominal events: words before an event noun, or in its verb group, that
// say it did not happen (or not yet): "a possible strike", "no talks", "did
// not hold talks"
static const char *const unasserted[] = {
    "possible", "potential", "planned", "proposed", "future", "threatened", "would-be",
    "upcoming", "expected", "next", "further", "prospective", "hypothetical", "imminent",
    "alleged", "rumored", "rumoured", "any", "no", "not", "n't", "never", "without",
    "fake", "false", "failed", NULL};

// nominal events: a word whose object (or "for"/"of"/"to" object) is an act
// not done: "called for talks", "the prospect of sanctions", "avoided talks"
static const char *const not_done[] = {
    "call", "calls", "called", "calling", "push", "pushed", "pushing", "pushes", "press",
    "pressed", "pressing", "urge", "urged", "urging", "urges", "demand", "demanded",
    "demanding", "demands", "propose", "proposed", "proposes", "proposing", "consider",
    "considered", "considering", "considers", "weigh", "weighed", "weighing", "weighs",
    "debate", "debated", "debating", "cancel", "cancelled", "canceled", "cancels",
    "postpone", "postponed", "postpones", "delay", "delayed", "delays", "prevent",
    "prevented", "prevents", "avert", "averted", "avoid", "avoided", "avoids", "oppose",
    "opposed", "opposes", "opposing", "reject", "rejected", "rejects", "refuse", "refused",
    "refuses", "deny", "denied", "denies", "suspend", "suspended", "suspends", "halt",
    "halted", "halts", "stop", "stopped", "stops", "block", "blocked", "blocks", "veto",
    "vetoed", "await", "awaited", "awaiting", "awaits", "prepare", "prepared",
    "preparing", "prepares", "need", "needs", "needed", "require", "required",
    "requires", "risk", "risks", "risked", "warn", "warned", "warns", "warning",
    "resist", "resisted", "ahead", "prospect", "prospects", "possibility",
    "possibilities", "idea", "hope", "hopes", "threat", "threats", "chance", "chances",
    "prelude", "eve", "case", "event", "favor", "favour", "ready", "readiness",
    "willing", "willingness", "interest", "interested", "offer", "offers", "offered",
    "proposal", "proposals", "invitation", "invite", "invited", "agree", "agreed",
    "agrees", "agreeing", "argue", "argues", "argued", "arguing", "lobby", "lobbies", "lobbied",
    "lobbying", "advocate", "advocates", "advocated", "advocating", "plead", "pleads",
    "pleaded", "pleading", "suggest", "suggests", "suggested", "suggesting", "recommend", "recommends",
    "recommended", "recommending", "favors", "favored", "favoring", "favours", "favoured",
    "favouring", "resists", "resisting", "avoiding", "delaying", "denying", "capable",
    "incapable", "short", "afraid", "wary", "fearful", "danger", "capability",
    "capabilities", "capacity", "negotiations", "negotiation", "talks", "effort", "efforts",
    "bid", "bids", "deadline", NULL};

// nominal events: verbs that do an act a noun names, and code nothing of
// their own: "launched strikes on", "held talks with", "imposed sanctions on"
static const char *const light_verb[] = {
    "launch", "launched", "launches", "launching", "hold", "held", "holds", "holding",
    "carry", "carried", "carries", "carrying", "conduct", "conducted", "conducts",
    "conducting", "impose", "imposed", "imposes", "imposing", "stage", "staged", "stages",
    "staging", "begin", "began", "begun", "begins", "beginning", "start", "started",
    "starts", "starting", "open", "opened", "opens", "opening", "make", "made", "makes",
    "making", "lead", "led", "leads", "leading", "mount", "mounted", "mounts", "mounting",
    "order", "ordered", "orders", "ordering", "announce", "announced", "announces",
    "announcing", "unveil", "unveiled", "unveils", "issue", "issued", "issues", "issuing",
    "sign", "signed", "signs", "signing", "reach", "reached", "reaches", "seal", "sealed",
    "pay", "paid", "pays", "paying", "continue", "continued", "continues", "continuing",
    "resume", "resumed", "resumes", "step", "stepped", "intensify", "intensified",
    "intensifies", "expand", "expanded", "escalate", "escalated", "approve", "approved",
    "approves", "adopt", "adopted", "slap", "slapped", "levy", "levied", "file", "filed",
    "files", "bring", "brought", "brings", "lodge", "lodged", "deliver", "delivered",
    "delivers", "give", "gave", "given", "gives", "provide", "provided", "provides",
    "providing", "send", "sent", "sends", "extend", "extended", "complete", "completed",
    "finalize", "finalized", "finalise", "finalised", "strike", "struck", "initiate",
    "initiated", "undertake", "undertook", "undertaken", "perform", "performed",
    "execute", "executed", "have", "has", "had", "having", "hold", "kick", "kicked",
    "wrap", "wrapped", "renew", "renewed", "tighten", "tightened", "toughen", "toughened",
    "broaden", "broadened", "escalating", "conclude", "concluded", "mastermind",
    "masterminded", "orchestrate", "orchestrated", "authorize", "authorized", "authorise",
    "authorised", "direct", "directed", "carry", "commit", "committed", "perpetrate",
    "perpetrated",
    "unveiling", "reaching", "sealing", "seals", "stepping", "steps", "intensifying", "expanding",
    "expands", "escalates", "approving", "adopting", "adopts", "slapping", "slaps", "levying",
    "levies", "filing", "bringing", "lodging", "lodges", "delivering", "giving", "sending",
    "extending", "extends", "completing", "completes", "finalizing", "finalizes", "finalising",
    "striking", "strikes", "initiating", "initiates", "undertaking", "undertakes", "performing",
    "performs", "executing", "executes", "kicking", "kicks", "wrapping", "wraps", "renewing",
    "renews", "tightening", "tightens", "toughening", "toughens", "broadening", "broadens",
    "concluding", "concludes", "masterminding", "orchestrating", "orchestrates", "authorizing",
    "authorizes", "authorising", "authorises", "directing", "directs", "committing", "commits",
    "perpetrating", "resuming",
    NULL};

// words that, right after "is/was", make a reported clause an accusation of
// its subject: "X said Y was responsible for / behind the attack", "guilty of"
static const char *const blame[] = {
    "responsible", "guilty", "culpable", "complicit", "behind", "liable", NULL};

// descriptions of actors the story named before ("the two countries", "the
// alliance"): the determiners, the counts and the head nouns of each kind
static const char *const definite[] = {"the", "both", NULL};
static const char *const pair_count[] = {"two", "both", NULL};
static const char *const pair_noun[] = {
    "countries", "nations", "states", "governments", "militaries", "armies",
    "neighbours", "neighbors", "capitals", NULL};
static const char *const pair_side[] = {"sides", NULL};
static const char *const pair_people[] = {
    "leaders", "presidents", "men", "women", "ministers", "premiers", "counterparts", NULL};
static const char *const pair_alone[] = {"neighbours", "neighbors", NULL};
static const char *const body_noun[] = {
    "alliance", "bloc", "organisation", "organization", "agency", NULL};
static const char *const group_noun[] = {"group", NULL};
static const char *const place_prep[] = {
    "in", "at", "near", "inside", "outside", "across", "throughout", "through", NULL};

static const char *const affair[] = {
    "case", "campaign", "home", "house", "residence", "office", "offices", "family", "company",
    "business", "administration", "government", "trial", "plan", "plans", "proposal", "policy",
    "policies", "decision", "remarks", "comments", "statement", "conduct", "nomination",
    "candidacy", "presidency", "tenure", "regime", "party", "movement", "forces", "troops", NULL};

static const char *const assert_verb[] = {
    "confirm", "confirms", "confirmed", "conclude", "concludes", "concluded", "assess", "assesses",
    "assessed", "maintain", "maintains", "maintained", "insist", "insists", "insisted", "allege",
    "alleges", "alleged", "claim", "claims", "claimed", "charge", "charges", "charged", "found",
    "finds", NULL};

// verbs of wrongdoing: a speaker who says another actor did this criticises
// it ("said the administration misled Congress"); base forms for "to"
static const char *const wrongdoing[] = {
    "lied", "lying", "hid", "hidden", "hiding", "misled", "misleading", "dismantled",
    "dismantling", "obstructed", "obstructing", "undermined", "undermining", "abused", "abusing",
    "betrayed", "betraying", "sabotaged", "sabotaging", "silenced", "silencing", "ignored",
    "ignoring", "neglected", "neglecting", "mismanaged", "mismanaging", "bungled", "squandered",
    "squandering", "exploited", "exploiting", "manipulated", "manipulating", "meddled", "meddling",
    "rigged", "rigging", "stole", "stolen", "stealing", "cheated", "cheating", "endangered",
    "endangering", "deceived", "deceiving", "politicized", "politicizing", "politicised",
    "politicising", "weaponized", "weaponizing", "weaponised", "defied", "defying", "stonewalled",
    "stonewalling", "smeared", "smearing", "bullied", "bullying", "harassed", "harassing",
    "intimidated", "intimidating", "persecuted", "persecuting", "to", "lie", "hide", "mislead",
    "dismantle", "obstruct", "undermine", "betray", "sabotage", "silence", "ignore", "neglect",
    "mismanage", "squander", "exploit", "manipulate", "meddle", "rig", "steal", "cheat",
    "endanger", "deceive", "politicize", "politicise", "weaponize", "weaponise", "defy",
    "stonewall", "smear", "bully", "harass", "intimidate", "persecute",
    "colluded", "colluding", "collude", "conspired", "conspiring", "conspire", "fabricated",
    "fabricating", "fabricate", "falsified", "falsifying", "falsify", "distorted", "distorting",
    "distort", "whitewashed", "whitewashing", "botched", "botching", "botch", "mishandled",
    "mishandling", "mishandle", "wasted", "wasting", "pandered", "pandering", "pander", "coddled",
    "coddling", "coddle", "appeased", "appeasing", "appease", "incited", "inciting", "incite",
    "trampled", "trampling", "trample", "flouted", "flouting", "flout", "usurped", "usurping",
    "usurp", "abandoned", "abandoning", "abandon", "embezzled", "embezzling", "bribed",
    "bribing", "extorted", "extorting", "extort", "blackmailed", "blackmailing", "looted",
    "looting", "defrauded", "defrauding", "defraud", "disrespected", "disrespecting",
    "disrespect", "demeaned", "demeaning", "demean", "humiliated", "humiliating", "failed",
    "failing", "bribe", "loot", "waste", "embezzle", "whitewash", NULL};

// past verbs that a speaker goes on with after what it said ("Zelenskyy
// said the strikes showed that Moscow was not interested in peace and urged
// allies to ..."): a reported clause does not take them as its own
// (words a speaker goes on with, not acts a report tells of: "said police
// confined her and threatened her" is the police's threat)
static const char *const speaker_act[] = {
    "urged", "called", "vowed", "warned", "added", "said", "insisted", "appealed", "pledged",
    "promised", "stressed", "noted", "told", "reiterated", "repeated", "expressed", NULL};

static const char *const *const by_id[LEX_N_LISTS] = {
    [LEX_MODAL] = modal,
    [LEX_NEGATION] = negation,
    [LEX_IRREALIS] = irrealis,
    [LEX_MIND] = mind,
    [LEX_INTENT] = intent,
    [LEX_ANIMATE] = animate,
    [LEX_THIRD_PERSON] = third_person,
    [LEX_NEUTER] = neuter,
    [LEX_SUBJECT_PRONOUN] = subject_pronoun,
    [LEX_SPEECH] = speech,
    [LEX_PASSIVE_AUX] = passive_aux,
    [LEX_ARTICLE] = article,
    [LEX_INCLUDING] = including,
    [LEX_NOT_NAME] = not_name,
    [LEX_WEEKDAY] = weekday,
    [LEX_MONTH] = month,
    [LEX_DAY_ADVERB] = day_adverb,
    [LEX_TITLE] = title,
    [LEX_COMMON] = common,
    [LEX_UNASSERTED] = unasserted,
    [LEX_NOT_DONE] = not_done,
    [LEX_LIGHT_VERB] = light_verb,
    [LEX_BLAME] = blame,
    [LEX_DEFINITE] = definite,
    [LEX_PAIR_COUNT] = pair_count,
    [LEX_PAIR_NOUN] = pair_noun,
    [LEX_PAIR_SIDE] = pair_side,
    [LEX_PAIR_PEOPLE] = pair_people,
    [LEX_PAIR_ALONE] = pair_alone,
    [LEX_BODY_NOUN] = body_noun,
    [LEX_GROUP_NOUN] = group_noun,
    [LEX_PLACE_PREP] = place_prep,
    [LEX_AFFAIR] = affair,
    [LEX_ASSERT] = assert_verb,
    [LEX_WRONGDOING] = wrongdoing,
    [LEX_SPEAKER_ACT] = speaker_act,
};

void dyad__lexicon_init(lexicon *lx, interner *in)
{
    lx->mask = NULL;
    lx->n = 0;
    uint32_t cap = 0;
    for (int l = 0; l < LEX_N_LISTS; l++)
        for (const char *const *w = by_id[l]; *w; w++) {
            uint32_t id = dyad__intern(in, *w, strlen(*w));
            if (id >= cap) {
                uint32_t nc = cap ? cap * 2 : 512;
                while (nc <= id) nc *= 2;
                lx->mask = dyad__xrealloc(lx->mask, nc * sizeof *lx->mask);
                memset(lx->mask + cap, 0, (nc - cap) * sizeof *lx->mask);
                cap = nc;
            }
            lx->mask[id] |= LEX(l);
            if (id >= lx->n) lx->n = id + 1;
        }
}

void dyad__lexicon_dispose(lexicon *lx)
{
    free(lx->mask);
    lx->mask = NULL;
    lx->n = 0;
}

bool dyad__lexicon_has_text(const lexicon *lx, const interner *in, uint64_t lists, slice w)
{
    return dyad__lexicon_has(lx, lists, dyad__intern_find(in, w.p, w.n));
}

// ---------------------------------------------------------------- lists by text

// Abbreviations whose period never ends a sentence: titles before a name.
static const char *const abbr_never[] = {
    "Mr", "Mrs", "Ms", "Mmes", "Messrs", "Dr", "Drs", "Prof", "Gen", "Gens", "Lt",
    "Col", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Capt", "Adm", "Maj", "Sgt",
    "Cpl", "Pvt", "Cmdr", "Cdr", "Rev", "Hon", "Supt", "Insp", "Det", "Fr", "Msgr",
    "Brig", "Amb", "Atty", "Pres", "Mt", "Ft", "vs", "v", "cf", "viz", "approx",
    "Ph", "eg", "ie", "MR", "MRS", "DR", "GEN", "SEN", "REP", "GOV", "VS", NULL};

// Abbreviations that end a sentence only before a digit-less sentence
// start ("No. 2", "Art. 5").
static const char *const abbr_num[] = {"No", "Nos", "no", "Art", "Vol", "pp", "Fig",
                                       "NO", NULL};

// Abbreviations that may end a sentence: only when a common sentence
// starter follows ("... Apple Inc. The company ...").
static const char *const abbr_soft[] = {
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT",
    "NOV", "DEC", "Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Plc", "Jr", "Sr", "St",
    "Ste", "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn", "Est", "etc", "al", "INC",
    "CORP", "LTD", "CO", "Calif", "Fla", "Ill", "Mass", "Conn", "Tex", "Okla", "Ariz",
    "Ala", "Tenn", "Ky", "Va", "Wis", "Mich", "Minn", "Md", "Pa", "Colo", "Ore", "Ga",
    "La", "Miss", "Mo", "Neb", "Nev", "Kan", "Kans", "Del", "Ind", "Vt", "Wyo",
    "Mont", "Wash", "Ark", "Ont", "Que", "Alta", "Penn", NULL};

// Words that start sentences and are hardly ever names.
static const char *const starter[] = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her",
    "Its", "Their", "Our", "My", "This", "That", "These", "Those", "There", "Here",
    "But", "And", "Or", "Nor", "So", "Yet", "If", "When", "While", "After", "Before",
    "As", "In", "On", "At", "For", "From", "With", "By", "To", "Since", "Although",
    "Though", "However", "Meanwhile", "Moreover", "Also", "Still", "Now", "Then",
    "Today", "Yesterday", "Last", "Earlier", "Later", "Some", "Many", "Most",
    "Several", "Both", "Each", "Every", "Other", "Others", "All", "Such", "What",
    "Why", "How", "Who", "Where", "Which", "According", "Asked", "Under", "Despite",
    "During", "Among", "One", "Not", "Instead", "Even", "Only", "Officials", "Mr",
    "Mrs", "Ms", "THE", "HE", "IT", "BUT", "IN", NULL};

static const char *const function_word[] = {
    "the", "a", "an", "of", "to", "in", "for", "and", "or", "with", "on", "at", "by",
    "from", "that", "said", "says", "is", "was", "be", "as", "its", "his", "her",
    "their", "but", "than", "which", "who", NULL};

static const char *const clitic[] = {"s", "re", "ve", "ll", "d", "m", NULL};

static const char *const noun_suffix[] = {"tion", "sion", "ment", "ness", "ity", "ship",
                                          "ism", "ist", "ance", "ence", "age", "ure", "ery",
                                          "dom", "hood", "cy", "ty", "er", "or", NULL};

static const char *const adj_suffix[] = {"al", "ive", "ous", "ful", "less", "ic",
                                         "able", "ible", "ary", "ian", "ese", "ish",
                                         "ern", "ant", "ent", "est", NULL};

static const char *const animate_suffix[] = {"ER", "ERS", "OR", "ORS", "IST", "ISTS", "IAN",
                                             "IANS", "ANT", "ANTS", "EE", "EES", "MAN",
                                             "MEN", NULL};

static const char *const *const by_text[LEXT_N_LISTS] = {
    [LEXT_ABBR_NEVER] = abbr_never,
    [LEXT_ABBR_NUM] = abbr_num,
    [LEXT_ABBR_SOFT] = abbr_soft,
    [LEXT_STARTER] = starter,
    [LEXT_FUNCTION_WORD] = function_word,
    [LEXT_CLITIC] = clitic,
    [LEXT_NOUN_SUFFIX] = noun_suffix,
    [LEXT_ADJ_SUFFIX] = adj_suffix,
    [LEXT_ANIMATE_SUFFIX] = animate_suffix,
};

const char *const *dyad__lexicon_words(lex_text l) { return by_text[l]; }

static const struct month_def {
    const char *name;
    int m;
} months[] = {
    {"january", 1}, {"jan", 1},  {"february", 2}, {"feb", 2},       {"march", 3},
    {"mar", 3},     {"april", 4}, {"apr", 4},     {"may", 5},       {"june", 6},
    {"jun", 6},     {"july", 7},  {"jul", 7},     {"august", 8},    {"aug", 8},
    {"september", 9}, {"sept", 9}, {"sep", 9},    {"october", 10},  {"oct", 10},
    {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12},
};

int dyad__lexicon_month(const char *w, size_t n)
{
    for (size_t k = 0; k < sizeof months / sizeof months[0]; k++)
        if (strlen(months[k].name) == n && dyad__same_ci(w, months[k].name, n))
            return months[k].m;
    return 0;
}

// ---------------------------------------------------------------- part of speech

#define V(w) {w, P_VB, L_VERB}
#define VD(w) {w, P_VBD, L_VERB | L_PAST}
#define VN(w) {w, P_VBN, L_VERB | L_PART}
#define VDN(w) {w, P_VBD, L_VERB | L_PAST | L_PART}

static const lex_entry pos_table[] = {
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
    {"as well as", P_CC, 0},
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
    {"multiple", P_JJ, 0}, {"neighboring", P_JJ, 0}, {"neighbouring", P_JJ, 0},
    {"recent", P_JJ, 0}, {"private", P_JJ, 0}, {"brief", P_JJ, 0}, {"joint", P_JJ, 0},
    {"foreign", P_JJ, 0}, {"vital", P_JJ, 0}, {"mighty", P_JJ, 0}, {"evil", P_JJ, 0},
    {"awful", P_JJ, 0}, {"likely", P_JJ, 0}, {"unlikely", P_JJ, 0}, {"able", P_JJ, 0},
    {"key", P_JJ, 0}, {"close", P_JJ, 0}, {"free", P_JJ, 0}, {"great", P_JJ, 0},
    {"greater", P_JJR, 0}, {"fiercest", P_JJS, 0}, {"biggest", P_JJS, 0},
    {"largest", P_JJS, 0}, {"latest", P_JJS, 0}, {"ready", P_JJ, 0}, {"willing", P_JJ, 0},
    {"unwilling", P_JJ, 0},
    {"south", P_JJ, 0}, {"north", P_JJ, 0}, {"east", P_JJ, 0}, {"west", P_JJ, 0},
    {"southern", P_JJ, 0}, {"northern", P_JJ, 0}, {"eastern", P_JJ, 0}, {"western", P_JJ, 0},
    {"northeastern", P_JJ, 0}, {"northwestern", P_JJ, 0}, {"southeastern", P_JJ, 0},
    {"southwestern", P_JJ, 0}, {"central", P_JJ, 0}, {"daily", P_JJ, 0}, {"weekly", P_JJ, 0},
    {"monthly", P_JJ, 0}, {"annual", P_JJ, 0},
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
    VN("forbidden"), V("withhold"), VDN("withheld"), V("uphold"), VDN("upheld"),
    V("oversee"), VD("oversaw"), VN("overseen"), V("override"), VD("overrode"),
    VN("overridden"), V("overrun"), VD("overran"), V("overtake"), VD("overtook"),
    VN("overtaken"), V("mislead"), VDN("misled"), VDN("dealt"), V("shut"),
    V("undergo"), VD("underwent"), VN("undergone"), V("retake"), VD("retook"),
    VN("retaken"), V("rebuild"), VDN("rebuilt"), V("foresee"), VD("foresaw"),
    VN("foreseen"), V("forgo"), VD("forwent"), VN("forgone"), V("swing"), VDN("swung"),
    VDN("hung"), VDN("stuck"), VDN("spun"), V("dig"), VDN("dug"), VDN("slid"), VDN("bent"),
    V("withstand"), VDN("withstood"), V("mistake"), VD("mistook"), VN("mistaken"),
    V("blow"), VD("blew"), VN("blown"), V("bleed"), VDN("bled"),
    V("believe"), V("add"), V("note"), V("want"), V("expect"),
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
    V("follow"), V("show"), V("prompt"), V("spark"), V("trigger"), V("cause"), V("require"),
    V("prevent"), V("avoid"), V("pose"), V("affect"), V("indicate"), V("insist"),
    V("acknowledge"), V("admit"), V("maintain"), V("undermine"), V("fail"), V("boost"),
    V("carry"), V("describe"), V("mention"), V("recall"), V("remind"), V("represent"),
    V("overcome"), VD("overcame"),
};

#undef V
#undef VD
#undef VN
#undef VDN

const lex_entry *dyad__lexicon_pos_table(size_t *n)
{
    *n = sizeof pos_table / sizeof pos_table[0];
    return pos_table;
}
